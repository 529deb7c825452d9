// A workbook measured before read-excel-file reads it: that library inflates every part whole and
// makes a grid as large as the farthest cell, so a 1.8 KB file with one cell at XFD1048576 asks for
// 17 billion cells. Here the parts are inflated under limits (inflate.ts) and each sheet's extent is
// read from its cell references, so an oversized workbook is refused by name before any of that.
import { inflateZip, megabytes } from './inflate';

export const WORKBOOK_LIMITS = {
  /** Most bytes one part (a sheet's XML, the shared strings) may inflate to. */
  part: 20 * 1024 * 1024,
  /** Most bytes all parts together may inflate to. */
  total: 50 * 1024 * 1024,
  rows: 100_000,
  columns: 500,
  /** Rows times columns up to the farthest cell: the grid the reader will build. */
  cells: 2_000_000,
} as const;

/** `broken` when the file is no zip at all: read-excel-file then says what it is. */
type Measured = { sheets: string[] } | { path?: string; error: string } | { broken: true };

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | undefined) => (bytes ? decoder.decode(bytes) : '');
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Each sheet's name with its part's path, in the workbook's order. */
function sheetParts(files: Map<string, Uint8Array>): [name: string, part: string][] {
  const targets = new Map<string, string>();
  for (const [tag] of text(files.get('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...text(files.get('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const part = targets.get(attribute(tag, 'r:id') ?? '');
    return part ? [[unescapeXml(attribute(tag, 'name') ?? part), part] as [string, string]] : [];
  });
}

const unescapeXml = (value: string) => value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

const columnNumber = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/** The farthest row and column any cell or row of a sheet's XML names. */
export function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const [, letters, digits] of xml.matchAll(/<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
    columns = Math.max(columns, columnNumber(letters));
    rows = Math.max(rows, Number(digits));
  }
  for (const [, digits] of xml.matchAll(/<row\b[^>]*?\br="(\d{1,7})"/g)) rows = Math.max(rows, Number(digits));
  return { rows, columns };
}

const cellName = (row: number, column: number) => {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
};

/** The workbook's sheet names, or the limit it passes, named with the sheet. */
export function measureWorkbook(bytes: Uint8Array): Measured {
  const inflated = inflateZip(bytes, { entry: WORKBOOK_LIMITS.part, total: WORKBOOK_LIMITS.total }, (name) => /\.(xml|rels)$/i.test(name));
  if ('error' in inflated) return inflated.limit ? { error: inflated.error.replace('a zip', 'a workbook') } : { broken: true };
  if (inflated.tooLarge.length) return { error: `part ${inflated.tooLarge[0]} inflates to more than ${megabytes(WORKBOOK_LIMITS.part)}, the most one part of a workbook may hold here` };
  const parts = sheetParts(inflated.files);
  for (const [name, part] of parts) {
    const { rows, columns } = sheetExtent(text(inflated.files.get(part)));
    const far = `its farthest cell is ${cellName(rows, columns)}`;
    const limit = (what: string) => ({ path: `${name} sheet`, error: `is too large to read: ${far}, ${what}; delete the cells beyond the data (select the rows and columns past it, Delete) and save again` });
    if (rows > WORKBOOK_LIMITS.rows) return limit(`past row ${WORKBOOK_LIMITS.rows.toLocaleString('en')}`);
    if (columns > WORKBOOK_LIMITS.columns) return limit(`past column ${WORKBOOK_LIMITS.columns} (${cellName(1, WORKBOOK_LIMITS.columns).slice(0, -1)})`);
    if (rows * columns > WORKBOOK_LIMITS.cells) return limit(`a grid of more than ${WORKBOOK_LIMITS.cells.toLocaleString('en')} cells`);
  }
  return { sheets: parts.map(([name]) => name) };
}
