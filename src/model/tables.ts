// Spreadsheet import, whatever the file: CSV files (csv.ts) and a workbook's sheets (xlsx.ts) both
// arrive here as grids of text, one per list, and become the raw object a JSON author would write, so
// one validator checks all three. Problems name the table, row and column a spreadsheet shows, not a
// JSON path. The layout is documented in data/templates/README.md.
import * as z from 'zod/mini';
import { ActorSchema, DatasetSchema, PersonSchema, SourceSchema, StanceSchema, StatementSchema } from './schema';
import type { Problem } from './problems';
import { suggest } from './suggest';
import { STATEMENT_EXTRA_COLUMNS, statementFromCsv } from './csvStatements';

/** Where each imported item came from, as row numbers of its table (the header is row 1). */
export type RowIndex = { kind: TableKind; lists: Record<string, number[]>; positions: Map<string, number>; dataset?: number };
/** `fatal`: a table or a required column is missing, so validating would only repeat that on every row. */
export type CsvImport = { raw: unknown; problems: Problem[]; rows: RowIndex; fatal: boolean };
/** A table as read: its rows of cells, the rows its reader already reported (so no second problem follows), and whether it is beyond reading. */
export type Table = { grid: string[][]; reported?: Set<number>; fatal?: boolean };
/** A CSV file (`statements.csv row 4`) or a workbook's sheet (`statements sheet, row 4`). */
export type TableKind = 'csv' | 'sheet';

export type Spec = { columns: string[]; required: string[]; multi: string[]; missing?: string };
type Row = { row: number; cells: Record<string, string> };
export type Add = (path: string, message: string, level?: Problem['level']) => void;

export const LISTS = ['actors', 'people', 'sources', 'stances', 'statements'] as const;
export const TABLES = ['dataset', ...LISTS, 'positions'] as const;

const isList = (schema: z.ZodMiniType): boolean =>
  schema instanceof z.ZodMiniArray || (schema instanceof z.ZodMiniOptional && isList(schema._zod.def.innerType as z.ZodMiniType));

// Columns are read off the zod schema, so a field added there is a column here with no second list to update.
function fromSchema(shape: Record<string, z.ZodMiniType>, missing?: string): Spec {
  const columns = Object.keys(shape);
  const required = columns.filter((c) => !shape[c].safeParse(undefined).success);
  return { columns, required, multi: columns.filter((c) => isList(shape[c])), missing };
}

const withColumns = (spec: Spec, extra: readonly string[], multi: string[]): Spec => ({ ...spec, columns: [...spec.columns, ...extra], multi: [...spec.multi, ...multi] });

const DATASET_FIELDS = { title: true, description: true, version: true, updated: true } as const;
export const LAYOUT: Record<(typeof TABLES)[number], Spec> = {
  dataset: fromSchema(z.pick(DatasetSchema, DATASET_FIELDS).shape, 'missing; it holds the title and description'),
  actors: fromSchema(ActorSchema.shape, 'missing; it lists the actors, the nodes of the map'),
  people: fromSchema(PersonSchema.shape),
  sources: fromSchema(SourceSchema.shape, 'missing; it lists the sources the quotes come from'),
  stances: fromSchema(StanceSchema.shape, 'missing; it lists the stances statements take'),
  statements: withColumns(fromSchema(StatementSchema.shape, 'missing; it lists the statements, the quoted evidence'), STATEMENT_EXTRA_COLUMNS, ['inferred_targets']),
  positions: { columns: ['actor', 'x', 'y'], required: ['actor', 'x', 'y'], multi: [] },
};

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;

export const tableName = (kind: TableKind, table: string): string => (kind === 'csv' ? `${table}.csv` : `${table} sheet`);

/** `statements.csv row 4, column quote`, or for a workbook `statements sheet, row 4, column quote`. */
export function cellPath(kind: TableKind, table: string, row?: number, column?: string): string {
  const name = tableName(kind, table);
  if (row === undefined) return name;
  return `${name}${kind === 'sheet' ? ',' : ''} row ${row}${column ? `, column ${column}` : ''}`;
}

export const filled = (cell: string | undefined): cell is string => cell !== undefined && /\S/.test(cell);

/** The header row, as the column names it gives (undefined for a column it cannot use), reporting each mistake. */
export function readHeader(cells: string[], spec: Spec, at: string, add: Add): { names: (string | undefined)[]; fatal: boolean } {
  const header = cells.map((name) => name.trim());
  // Trailing unnamed columns are what spreadsheets write for formatted but empty cells.
  let width = header.length;
  while (width > 0 && !header[width - 1]) width--;
  const seen = new Set<string>();
  let fatal = false;
  const names = header.slice(0, width).map((name, i): string | undefined => {
    const key = name.toLowerCase();
    if (!key) {
      add(at, `column ${i + 1} has no name in the header row`);
    } else if (seen.has(key)) {
      fatal = true;
      add(at, `duplicate column "${name}"`);
    } else {
      seen.add(key);
      // Header case is free, so a camelCase field such as metadataFrom matches "metadatafrom" too.
      const column = spec.columns.find((c) => c.toLowerCase() === key);
      if (column) return column;
      add(at, `unknown column "${name}"${suggest(key, spec.columns)}`);
    }
    return undefined;
  });
  for (const column of spec.required) {
    if (seen.has(column)) continue;
    fatal = true;
    add(at, `missing required column "${column}"`);
  }
  return { names, fatal };
}

function readTable(kind: TableKind, table: string, { grid, reported = new Set(), fatal: broken = false }: Table, add: Add): { rows: Row[]; fatal: boolean } {
  const headerAt = grid.findIndex((cells) => cells.some(filled));
  if (headerAt < 0) {
    add(tableName(kind, table), 'is empty; its first row must name the columns');
    return { rows: [], fatal: true };
  }
  const { names, fatal } = readHeader(grid[headerAt], LAYOUT[table as keyof typeof LAYOUT], tableName(kind, table), add);
  const width = names.length;
  const rows: Row[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (!cells.some(filled)) continue;
    let last = cells.length - 1;
    while (!filled(cells[last])) last--;
    const count = cells.length < width ? cells.length : Math.max(width, last + 1);
    // A row with a syntax error has the wrong count as a consequence, not as a second mistake.
    if (count !== width && !reported.has(i)) {
      add(cellPath(kind, table, i + 1), kind === 'csv' ? `has ${count} fields, but the header has ${width} columns` : `has a value in column ${count}, but the header names ${width} columns`);
    }
    const row: Row = { row: i + 1, cells: {} };
    names.forEach((name, j) => {
      // A cell's line breaks follow the file's line endings; the text itself has plain \n.
      if (name && filled(cells[j])) row.cells[name] = cells[j].replace(/\r\n?/g, '\n');
    });
    rows.push(row);
  }
  return { rows, fatal: fatal || broken };
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

function readPositions(kind: TableKind, rows: Row[], index: Map<string, number>, add: Add): Record<string, unknown> {
  const entries: [string, Record<string, number>][] = [];
  for (const { row, cells } of rows) {
    const actor = cells.actor;
    if (actor === undefined) {
      add(cellPath(kind, 'positions', row, 'actor'), 'is required');
      continue;
    }
    const first = index.get(actor);
    if (first !== undefined) {
      add(cellPath(kind, 'positions', row, 'actor'), `duplicate actor "${actor}"; first used at row ${first}`);
      continue;
    }
    index.set(actor, row);
    const point: Record<string, number> = {};
    for (const axis of ['x', 'y']) {
      const value = cells[axis];
      if (value !== undefined && NUMBER.test(value)) point[axis] = Number(value);
      else if (value !== undefined) add(cellPath(kind, 'positions', row, axis), `must be a number, not "${value}"`);
    }
    entries.push([actor, point]);
  }
  // fromEntries: an actor cell such as "__proto__" becomes a plain key, not a prototype.
  return Object.fromEntries(entries);
}

/** The raw dataset from the tables given (keyed by table name: `actors`, ...), with every problem found on the way. */
export function importTables(kind: TableKind, tables: Map<string, Table>, problems: Problem[] = []): CsvImport {
  const add: Add = (path, message, level = 'error') => void problems.push({ path, message, level });
  let fatal = false;
  const read = new Map<string, Row[]>();
  for (const table of TABLES) {
    const given = tables.get(table);
    const spec = LAYOUT[table];
    if (given) {
      const result = readTable(kind, table, given, add);
      read.set(table, result.rows);
      fatal ||= result.fatal;
    } else if (spec.missing) {
      add(tableName(kind, table), spec.missing);
      // Without the dataset table only the title and description are missing; every other check still helps.
      fatal ||= table !== 'dataset';
    }
  }
  const rows: RowIndex = { kind, lists: {}, positions: new Map() };
  const raw: Record<string, unknown> = {};
  const [head, ...extra] = read.get('dataset') ?? [];
  if (head) Object.assign(raw, toItem(head.cells, LAYOUT.dataset));
  else if (read.has('dataset')) add(tableName(kind, 'dataset'), 'has no row under its header; the title and description go in row 2');
  rows.dataset = head?.row;
  for (const { row } of extra) add(cellPath(kind, 'dataset', row), 'only one row is read: a dataset has one title and description');
  for (const list of LISTS) {
    const listed = read.get(list) ?? [];
    raw[list] = listed.map(({ cells, row }) => {
      const item = toItem(cells, LAYOUT[list]);
      return list === 'statements' ? statementFromCsv(item, (column) => cellPath(kind, 'statements', row, column), add) : item;
    });
    rows.lists[list] = listed.map(({ row }) => row);
  }
  const positions = read.get('positions');
  if (positions) raw.positions = readPositions(kind, positions, rows.positions, add);
  return { raw, problems, rows, fatal };
}
