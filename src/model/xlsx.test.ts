import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { templateWorkbook, TEMPLATE } from '../../scripts/xlsxTemplate';
import type { Archives } from './archives';
import { importCsv, type CsvFiles } from './csv';
import { validateImport } from './csvProblems';
import { formatProblem } from './problems';
import { TABLES } from './tables';
import { importWorkbook } from './xlsx';

type Cell = string | number | boolean | Date | null;
const templates: CsvFiles = Object.fromEntries(
  readdirSync('data/templates').filter((name) => name.endsWith('.csv')).map((name) => [name, readFileSync(`data/templates/${name}`, 'utf8')]),
);
const graph = JSON.parse(readFileSync('data/graph.json', 'utf8'));
const archives: Archives = new Map([[graph.sources[0].archive, readFileSync(`data/${graph.sources[0].archive}`, 'utf8')]]);
/** The CSV templates as grids, one per sheet, for a test to change. */
const grids = (): Record<string, Cell[][]> =>
  Object.fromEntries(TABLES.map((table) => [table, Papa.parse<string[]>(templates[`${table}.csv`], { skipEmptyLines: true }).data.map((row) => row.map((v) => v || null))]));

const bytes = (buffer: Buffer): ArrayBuffer => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
type Sheets = Record<string, Cell[][]> | [string, Cell[][]][];
async function workbook(sheets: Sheets): Promise<ArrayBuffer> {
  const cell = (value: Cell) => (value instanceof Date ? { value, type: Date, format: 'yyyy-mm-dd' } : value === null ? null : { value });
  const data = (Array.isArray(sheets) ? sheets : Object.entries(sheets)).map(([sheet, rows]) => ({ sheet, data: rows.map((row) => row.map(cell)) }));
  return bytes((await writeExcelFile(data as never).toBuffer()) as Buffer);
}
const lines = async (sheets: Sheets) => validateImport(await importWorkbook('map.xlsx', await workbook(sheets)), archives).problems.map(formatProblem);
const withCell = (table: string, row: number, column: string, value: Cell) => {
  const sheets = grids();
  sheets[table][row - 1][sheets[table][0].indexOf(column)] = value;
  return sheets;
};

describe('the .xlsx template', () => {
  it('is shipped, and reads back to exactly the CSV templates, with no problem', async () => {
    const imported = await importWorkbook('stancemap-template.xlsx', bytes(readFileSync(TEMPLATE)));
    expect(imported.problems).toEqual([]);
    expect(imported.raw).toStrictEqual(importCsv(templates).raw);
    expect(validateImport(imported, archives).problems).toEqual([]);
  });

  it('is what scripts/xlsxTemplate.ts writes today (run it after changing a CSV template)', async () => {
    const shipped = await importWorkbook('shipped', bytes(readFileSync(TEMPLATE)));
    const fresh = await importWorkbook('fresh', bytes(await templateWorkbook()));
    expect(fresh.raw).toStrictEqual(shipped.raw);
  });
});

describe('a workbook', () => {
  it('with the templates as plain text cells imports like the CSV files', async () => {
    expect(await lines(grids())).toEqual([]);
  });

  it('names sheet, row and column in the validator’s problems', async () => {
    const sheets = withCell('statements', 2, 'targets', 'rusia');
    expect(await lines(sheets)).toEqual([
      'statements sheet, row 2, column targets: unknown actor "rusia" (did you mean "russia"?); known: china, nato, russia',
      'warning: actors sheet, row 3: actor "russia" has no statements, by it or about it',
    ]);
  });

  it('keeps a quote’s spaces, typographic quotes and line breaks as typed', async () => {
    const sheets = withCell('actors', 2, 'description', '  two\nlines “quoted” ');
    const imported = await importWorkbook('map.xlsx', await workbook(sheets));
    expect((imported.raw as { actors: { description: string }[] }).actors[0].description).toBe('  two\nlines “quoted” ');
  });
});

describe('a broken workbook gives a clear message, never a crash', () => {
  const whole = async (buffer: Buffer) => (await importWorkbook('map.xlsx', bytes(buffer))).problems.map(formatProblem);

  it('not a zip, a zip that is not a workbook, an empty file, a legacy .xls', async () => {
    expect(await whole(Buffer.from('id,name\nchina,China\n'))).toEqual(['map.xlsx: is not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook (.xlsx)", or save each sheet as CSV']);
    expect(await whole(Buffer.from('PK\x03\x04 truncated'))).toEqual(['map.xlsx: is not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook (.xlsx)", or save each sheet as CSV']);
    expect(await whole(Buffer.alloc(0))).toEqual(['map.xlsx: is empty; an .xlsx workbook holds one sheet per list (see data/templates/README.md)']);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await whole(xls)).toEqual(['map.xlsx: is an old Excel 97-2003 workbook (.xls); save it as "Excel Workbook (.xlsx)"']);
  });

  it('a missing sheet, a misnamed one, and one named __proto__', async () => {
    const { statements, ...rest } = grids();
    // Entries, not an object literal, in which "__proto__" would set the prototype instead of naming a sheet.
    expect(await lines([...Object.entries(rest), ['statement', statements], ['__proto__', [['x']]]])).toEqual([
      'warning: statement sheet: not a Stancemap sheet, so it was ignored (did you mean "statements"?)',
      'warning: __proto__ sheet: not a Stancemap sheet, so it was ignored; expected one of: dataset, actors, people, sources, stances, statements, positions',
      'statements sheet: missing; it lists the statements, the quoted evidence',
    ]);
  });

  it('an empty sheet, and a workbook of one empty sheet', async () => {
    expect(await lines({ ...grids(), actors: [] })).toEqual(['actors sheet: is empty; its first row must name the columns']);
    expect(await lines({ Sheet1: [] })).toEqual([
      'warning: Sheet1 sheet: not a Stancemap sheet, so it was ignored; expected one of: dataset, actors, people, sources, stances, statements, positions',
      'dataset sheet: missing; it holds the title and description',
      'actors sheet: missing; it lists the actors, the nodes of the map',
      'sources sheet: missing; it lists the sources the quotes come from',
      'stances sheet: missing; it lists the stances statements take',
      'statements sheet: missing; it lists the statements, the quoted evidence',
    ]);
  });

  it('a wrong header', async () => {
    const sheets = grids();
    sheets.statements[0][sheets.statements[0].indexOf('quote')] = 'qoute';
    expect(await lines(sheets)).toEqual([
      'statements sheet: unknown column "qoute" (did you mean "quote"?)',
      'statements sheet: missing required column "quote"',
    ]);
  });

  it('a day the spreadsheet made a date cell is read as that day, and said so', async () => {
    const sheets = withCell('statements', 2, 'date', new Date(Date.UTC(2022, 1, 25)));
    const imported = await importWorkbook('map.xlsx', await workbook(sheets));
    expect((imported.raw as { statements: { date: string }[] }).statements[0].date).toBe('2022-02-25');
    expect(await lines(sheets)).toEqual([
      'warning: statements sheet, row 2, column date: is a date cell: the spreadsheet turned what was typed into a date; read as 2022-02-25. To keep dates as typed, format the column as Text (Format Cells › Text) so what you type is kept as typed',
    ]);
  });

  it('a date with a time of day, or a date where text belongs, is an error', async () => {
    expect(await lines(withCell('sources', 2, 'published', new Date(Date.UTC(2022, 1, 25, 14, 30))))).toContain(
      'sources sheet, row 2, column published: is a date cell with a time of day (2022-02-25 14:30); give the day alone, YYYY-MM-DD',
    );
    expect(await lines(withCell('actors', 2, 'description', new Date(Date.UTC(2022, 1, 25))))).toEqual([
      'actors sheet, row 2, column description: is a date cell (2022-02-25): the spreadsheet turned what was typed into a date; format the column as Text (Format Cells › Text) so what you type is kept as typed, then type it again',
    ]);
  });

  it('numbers: as typed in a number column, with a warning in a text column; TRUE/FALSE is an error', async () => {
    const sheets = withCell('positions', 2, 'x', -12.5);
    const imported = await importWorkbook('map.xlsx', await workbook(sheets));
    expect((imported.raw as { positions: Record<string, { x: number }> }).positions.china.x).toBe(-12.5);
    expect(await lines(withCell('dataset', 2, 'version', 2))).toEqual([
      'warning: dataset sheet, row 2, column version: is a number cell, read as "2"; a number keeps no leading zeros or trailing decimals: format the column as Text (Format Cells › Text) so what you type is kept as typed',
    ]);
    expect(await lines(withCell('actors', 2, 'short', true))).toEqual([
      'actors sheet, row 2, column short: is a TRUE/FALSE cell, which no Stancemap column holds; format the column as Text (Format Cells › Text) so what you type is kept as typed, then type the text',
    ]);
  });

  it('a value beyond the header’s columns', async () => {
    const sheets = grids();
    sheets.actors[2].push(null, 'stray');
    expect(await lines(sheets)).toEqual(['actors sheet, row 3: has a value in column 8, but the header names 6 columns']);
  });
});
