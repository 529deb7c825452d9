// The whole dataset as an Excel workbook in the layout `npm run import` reads (data/templates/README.md):
// one sheet per list, statements flattened as the CSV files have them, so the workbook reads back to
// the same dataset. The grids are pure; writing the file is write-excel-file's universal entry, which
// runs the same in Node and the browser.
import writeXlsxFile from 'write-excel-file/universal';
import type { Dataset, Statement } from '../model/schema';
import { LAYOUT, TABLES } from '../model/tables';

type Grid = string[][];
// Stored as numbers, as a spreadsheet author would type them; every other cell is text.
const NUMBERS = new Set(['positions.x', 'positions.y', 'statements.occurrence']);

/** A statement as its spreadsheet row: inferred targets and days in columns of their own. */
function flatStatement(statement: Statement): Record<string, unknown> {
  const { targets, date, ...rest } = statement;
  const inferred = targets.filter((t) => typeof t !== 'string');
  const reasons = new Set(inferred.map((t) => t.inferred));
  // A row has one target_reason: two different reasons cannot both be kept, so nothing is written.
  if (reasons.size > 1) throw new Error(`statement "${statement.id}": its inferred targets give different reasons, and a workbook row holds one target_reason; give them one reason, or download the dataset as JSON`);
  return {
    ...rest,
    targets: targets.map((t) => (typeof t === 'string' ? t : t.id)),
    ...(inferred.length ? { inferred_targets: inferred.map((t) => t.id), target_reason: inferred[0].inferred } : {}),
    ...(typeof date === 'object' ? { date: date.day, date_reason: date.inferred } : date ? { date } : {}),
  };
}

const cell = (value: unknown): string => (value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value));

function grid(columns: readonly string[], items: Record<string, unknown>[]): Grid {
  return [[...columns], ...items.map((item) => columns.map((column) => cell(item[column])))];
}

/** Each sheet's rows of text, header first: the same grids the CSV files would hold. */
export function datasetGrids(dataset: Dataset): Record<(typeof TABLES)[number], Grid> {
  const { title, description, version, updated } = dataset;
  return {
    dataset: grid(LAYOUT.dataset.columns, [{ title, description, version, updated }]),
    actors: grid(LAYOUT.actors.columns, dataset.actors),
    people: grid(LAYOUT.people.columns, dataset.people),
    sources: grid(LAYOUT.sources.columns, dataset.sources),
    stances: grid(LAYOUT.stances.columns, dataset.stances),
    statements: grid(LAYOUT.statements.columns, dataset.statements.map(flatStatement)),
    positions: grid(LAYOUT.positions.columns, Object.entries(dataset.positions ?? {}).map(([actor, { x, y }]) => ({ actor, x, y }))),
  };
}

type Cell = { value: string | number; type?: typeof String | typeof Number; format?: string; fontWeight?: 'bold'; wrap?: boolean } | null;

/** One sheet of text cells, typed so a spreadsheet keeps 2022-02-25 or 1.0.0 as typed. */
export function sheetOf(table: string, [header, ...rows]: Grid) {
  const data: Cell[][] = [
    header.map((name) => ({ value: name, fontWeight: 'bold' })),
    ...rows.map((row) =>
      row.map((value, i): Cell => {
        if (value === '') return null;
        // Text format ("@"): the spreadsheet keeps the cell as typed instead of turning it into a date or a number.
        return NUMBERS.has(`${table}.${header[i]}`) ? { value: Number(value), type: Number } : { value, type: String, format: '@', wrap: value.length > 60 };
      }),
    ),
  ];
  const columns = header.map((name, i) => ({ width: Math.min(60, Math.max(name.length, ...rows.map((row) => row[i]?.length ?? 0)) + 2) }));
  return { sheet: table, data, columns, stickyRowsCount: 1 };
}

/** Sheets in the order the template has them, as an .xlsx file. */
export function workbookBlob(grids: Partial<Record<string, Grid>>): Promise<Blob> {
  const sheets = TABLES.flatMap((table) => (grids[table] ? [sheetOf(table, grids[table])] : []));
  return writeXlsxFile(sheets as never).toBlob();
}

/** The whole dataset as a workbook that `npm run import` reads back to the same dataset. */
export async function toWorkbook(dataset: Dataset): Promise<Blob> {
  return workbookBlob(datasetGrids(dataset));
}
