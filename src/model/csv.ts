// Spreadsheet import: one CSV file per list, turned into the raw object a JSON author would write, so
// one validator checks both. Problems name the file, row and column a spreadsheet shows, not a JSON
// path. The layout is documented in data/templates/README.md.
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { ActorSchema, DatasetSchema, PersonSchema, SourceSchema, StanceSchema, StatementSchema } from './schema';
import type { Problem } from './problems';
import { suggest } from './suggest';
import { STATEMENT_EXTRA_COLUMNS, statementFromCsv } from './csvStatements';

/** File contents keyed by file name, e.g. `{ 'statements.csv': 'id,actor,...' }`. */
export type CsvFiles = Record<string, string>;
/** Where each imported item came from, as row numbers of its file (the header is row 1). */
export type RowIndex = { lists: Record<string, number[]>; positions: Map<string, number>; dataset?: number };
/** `fatal`: a file or a required column is missing, so validating would only repeat that on every row. */
export type CsvImport = { raw: unknown; problems: Problem[]; rows: RowIndex; fatal: boolean };

type Spec = { columns: string[]; required: string[]; multi: string[]; missing?: string };
type Row = { row: number; cells: Record<string, string> };
type Add = (path: string, message: string, level?: Problem['level']) => void;

export const LISTS = ['actors', 'people', 'sources', 'stances', 'statements'] as const;

// Columns are read off the zod schema, so a field added there is a column here with no second list to update.
function fromSchema(shape: Record<string, z.ZodMiniType>, missing?: string): Spec {
  const columns = Object.keys(shape);
  const required = columns.filter((c) => !shape[c].safeParse(undefined).success);
  return { columns, required, multi: columns.filter((c) => shape[c] instanceof z.ZodMiniArray), missing };
}

const withColumns = (spec: Spec, extra: readonly string[], multi: string[]): Spec => ({ ...spec, columns: [...spec.columns, ...extra], multi: [...spec.multi, ...multi] });

const DATASET_FIELDS = { title: true, description: true, version: true, updated: true } as const;
export const CSV_LAYOUT: Record<string, Spec> = {
  'dataset.csv': fromSchema(z.pick(DatasetSchema, DATASET_FIELDS).shape, 'missing; it holds the title and description'),
  'actors.csv': fromSchema(ActorSchema.shape, 'missing; it lists the actors, the nodes of the map'),
  'people.csv': fromSchema(PersonSchema.shape),
  'sources.csv': fromSchema(SourceSchema.shape, 'missing; it lists the sources the quotes come from'),
  'stances.csv': fromSchema(StanceSchema.shape, 'missing; it lists the stances statements take'),
  'statements.csv': withColumns(fromSchema(StatementSchema.shape, 'missing; it lists the statements, the quoted evidence'), STATEMENT_EXTRA_COLUMNS, ['inferred_targets']),
  'positions.csv': { columns: ['actor', 'x', 'y'], required: ['actor', 'x', 'y'], multi: [] },
};

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell never closes, so the rest of the file was read into it; check the " marks',
  InvalidQuotes: 'a quoted cell has text after its closing "; write a " inside a quoted cell as ""',
};
const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;

export const cellPath = (file: string, row?: number, column?: string): string =>
  row === undefined ? file : `${file} row ${row}${column ? `, column ${column}` : ''}`;

const filled = (cell: string | undefined): cell is string => cell !== undefined && /\S/.test(cell);

function readTable(file: string, text: string, spec: Spec, add: Add): { rows: Row[]; fatal: boolean } {
  const body = text.replace(/^\uFEFF/, '');
  // Excel writes ';' in languages where ',' is the decimal mark. A header holds names only, so its
  // first line tells the delimiter reliably; papaparse's own guess trips over blank rows.
  const first = /^.*\S.*$/m.exec(body)?.[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  // Blank rows are kept through parsing, so every index below is the row number a spreadsheet shows.
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  let fatal = false;
  const badQuotes = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes') fatal = true;
    if (!QUOTE_ERRORS[e.code] || e.row === undefined) continue;
    add(cellPath(file, e.row + 1), QUOTE_ERRORS[e.code]);
    badQuotes.add(e.row);
  }
  const data = parsed.data;
  const headerAt = data.findIndex((cells) => cells.some(filled));
  if (headerAt < 0) {
    add(file, 'is empty; its first row must name the columns');
    return { rows: [], fatal: true };
  }
  const header = data[headerAt].map((name) => name.trim());
  // Trailing unnamed columns are what spreadsheets write for formatted but empty cells.
  let width = header.length;
  while (width > 0 && !header[width - 1]) width--;
  const seen = new Set<string>();
  const names = header.slice(0, width).map((name, i): string | undefined => {
    const key = name.toLowerCase();
    if (!key) {
      add(file, `column ${i + 1} has no name in the header row`);
    } else if (seen.has(key)) {
      fatal = true;
      add(file, `duplicate column "${name}"`);
    } else {
      seen.add(key);
      if (spec.columns.includes(key)) return key;
      add(file, `unknown column "${name}"${suggest(key, spec.columns)}`);
    }
    return undefined;
  });
  for (const column of spec.required) {
    if (seen.has(column)) continue;
    fatal = true;
    add(file, `missing required column "${column}"`);
  }
  const rows: Row[] = [];
  for (let i = headerAt + 1; i < data.length; i++) {
    const cells = data[i];
    if (!cells.some(filled)) continue;
    let last = cells.length - 1;
    while (!filled(cells[last])) last--;
    const count = cells.length < width ? cells.length : Math.max(width, last + 1);
    // A row with a quote error has the wrong count as a consequence, not as a second mistake.
    if (count !== width && !badQuotes.has(i)) {
      add(cellPath(file, i + 1), `has ${count} fields, but the header has ${width} columns`);
    }
    const row: Row = { row: i + 1, cells: {} };
    names.forEach((name, j) => {
      // A cell's line breaks follow the file's line endings; the text itself has plain \n.
      if (name && filled(cells[j])) row.cells[name] = cells[j].replace(/\r\n?/g, '\n');
    });
    rows.push(row);
  }
  return { rows, fatal };
}

/** Empty cells are left out, not written as "", so optional fields read exactly as omitted JSON fields. */
function toItem(cells: Record<string, string>, spec: Spec): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const column of spec.columns) {
    const value = cells[column];
    if (value === undefined) continue;
    item[column] = spec.multi.includes(column) ? value.split(';').map((part) => part.trim()).filter(Boolean) : value;
  }
  return item;
}

function readPositions(rows: Row[], index: Map<string, number>, add: Add): Record<string, unknown> {
  const file = 'positions.csv';
  const entries: [string, Record<string, number>][] = [];
  for (const { row, cells } of rows) {
    const actor = cells.actor;
    if (actor === undefined) {
      add(cellPath(file, row, 'actor'), 'is required');
      continue;
    }
    const first = index.get(actor);
    if (first !== undefined) {
      add(cellPath(file, row, 'actor'), `duplicate actor "${actor}"; first used at row ${first}`);
      continue;
    }
    index.set(actor, row);
    const point: Record<string, number> = {};
    for (const axis of ['x', 'y']) {
      const value = cells[axis];
      if (value !== undefined && NUMBER.test(value)) point[axis] = Number(value);
      else if (value !== undefined) add(cellPath(file, row, axis), `must be a number, not "${value}"`);
    }
    entries.push([actor, point]);
  }
  // fromEntries: an actor cell such as "__proto__" becomes a plain key, not a prototype.
  return Object.fromEntries(entries);
}

export function importCsv(files: CsvFiles): CsvImport {
  const problems: Problem[] = [];
  const add: Add = (path, message, level = 'error') => void problems.push({ path, message, level });
  const given = new Map(Object.entries(files).map(([name, text]) => [name.trim().toLowerCase(), { name, text }]));
  for (const [file, { name }] of given) {
    if (!Object.hasOwn(CSV_LAYOUT, file)) add(name, `not a Stancemap file, so it was ignored${suggest(file, Object.keys(CSV_LAYOUT))}`, 'warning');
  }
  let fatal = false;
  const tables = new Map<string, Row[]>();
  for (const [file, spec] of Object.entries(CSV_LAYOUT)) {
    const text = given.get(file)?.text;
    if (text !== undefined) {
      const table = readTable(file, text, spec, add);
      tables.set(file, table.rows);
      fatal ||= table.fatal;
    } else if (spec.missing) {
      add(file, spec.missing);
      // Without dataset.csv only the title and description are missing; every other check still helps.
      fatal ||= file !== 'dataset.csv';
    }
  }
  const rows: RowIndex = { lists: {}, positions: new Map() };
  const raw: Record<string, unknown> = {};
  const [head, ...extra] = tables.get('dataset.csv') ?? [];
  if (head) Object.assign(raw, toItem(head.cells, CSV_LAYOUT['dataset.csv']));
  else if (tables.has('dataset.csv')) add('dataset.csv', 'has no row under its header; the title and description go in row 2');
  rows.dataset = head?.row;
  for (const { row } of extra) add(cellPath('dataset.csv', row), 'only one row is read: a dataset has one title and description');
  for (const list of LISTS) {
    const listed = tables.get(`${list}.csv`) ?? [];
    raw[list] = listed.map(({ cells, row }) => {
      const item = toItem(cells, CSV_LAYOUT[`${list}.csv`]);
      return list === 'statements' ? statementFromCsv(item, (column) => cellPath('statements.csv', row, column), add) : item;
    });
    rows.lists[list] = listed.map(({ row }) => row);
  }
  const positions = tables.get('positions.csv');
  if (positions) raw.positions = readPositions(positions, rows.positions, add);
  return { raw, problems, rows, fatal };
}
