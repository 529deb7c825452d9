// Excel workbooks (.xlsx): one sheet per list, named and laid out as the CSV files are. Each sheet
// becomes the grid of text a CSV file gives (tables.ts), so every check and message is shared. The
// universal entry of read-excel-file reads an ArrayBuffer the same way in Node (npm run import) and in
// the browser, with no Worker, which a strict Content-Security-Policy would refuse.
import readExcelFile, { InvalidInputError, InvalidSpreadsheetError, readSheet } from 'read-excel-file/universal';
import { isZipData } from './inflate';
import { measureWorkbook } from './workbookLimits';
import { quoted, type Problem } from './problems';
import { suggest } from './suggest';
import { cellPath, filled, importTables, TABLES, type Add, type CsvImport, type Table } from './tables';

/** A number cell, with its digits exactly as the workbook stores them. */
class NumberCell {
  constructor(readonly digits: string) {}
}
type Cell = string | number | boolean | Date | NumberCell | null;

const NUMBER_COLUMNS: Record<string, string[]> = { positions: ['x', 'y'], statements: ['occurrence'] };
const DATE_COLUMNS: Record<string, string[]> = { dataset: ['updated'], sources: ['published'], statements: ['date'] };
const TEXT_FORMAT = 'format the column as Text (Format Cells › Text) so what you type is kept as typed';

const INPUT_ERRORS: Record<string, string> = {
  XLS_FILE_NOT_SUPPORTED: 'is an old Excel 97-2003 workbook (.xls); save it as "Excel Workbook (.xlsx)"',
  NO_DATA: 'is empty; an .xlsx workbook holds one sheet per list (see data/templates/README.md)',
};
const NOT_A_WORKBOOK = 'is not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook (.xlsx)", or save each sheet as CSV';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One cell as the text a CSV file would hold; a number or date the spreadsheet made of it is said so. */
function cellText(value: Cell, table: string, column: string | undefined, at: () => string, add: Add): string {
  if (value === null || typeof value === 'string') return value ?? '';
  if (value instanceof NumberCell || typeof value === 'number') {
    const digits = value instanceof NumberCell ? value.digits : String(value);
    if (column && !NUMBER_COLUMNS[table]?.includes(column)) add(at(), `is a number cell, read as "${digits}"; a number keeps no leading zeros or trailing decimals: ${TEXT_FORMAT}`, 'warning');
    return digits;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      add(at(), `is a date cell that holds no valid date; ${TEXT_FORMAT}`);
      return '';
    }
    const day = isoDay(value);
    if (column && DATE_COLUMNS[table]?.includes(column)) {
      if (value.getTime() % 86_400_000 !== 0) {
        add(at(), `is a date cell with a time of day (${value.toISOString().slice(0, 16).replace('T', ' ')}); give the day alone, YYYY-MM-DD`);
        return '';
      }
      // The day is what the spreadsheet shows, so it is taken; the warning is for the next time.
      add(at(), `is a date cell: the spreadsheet turned what was typed into a date; read as ${day}. To keep dates as typed, ${TEXT_FORMAT}`, 'warning');
      return day;
    }
    add(at(), `is a date cell (${day}): the spreadsheet turned what was typed into a date; ${TEXT_FORMAT}, then type it again`);
    return '';
  }
  add(at(), `is a TRUE/FALSE cell, which no Stancemap column holds; ${TEXT_FORMAT}, then type the text`);
  return '';
}

/** A sheet's rows as text: the header row names the columns, which say how each cell is read. */
function sheetTable(table: string, rows: Cell[][], add: Add): Table {
  const headerAt = rows.findIndex((cells) => cells.some((cell) => cell !== null && (typeof cell !== 'string' || filled(cell))));
  const header = headerAt < 0 ? [] : rows[headerAt].map((cell) => (cell instanceof NumberCell ? cell.digits : cell === null ? '' : String(cell)));
  const names = header.map((name) => name.trim().toLowerCase());
  const grid = rows.map((cells, i) =>
    i <= headerAt ? (i === headerAt ? header : cells.map(() => '')) : cells.map((cell, j) => cellText(cell, table, names[j], () => cellPath('sheet', table, i + 1, header[j]?.trim() || `${j + 1}`), add)),
  );
  return { grid };
}

function failed(name: string, message: string): CsvImport {
  return { raw: {}, problems: [{ path: name, message, level: 'error' }], rows: { kind: 'sheet', lists: {}, positions: new Map() }, fatal: true };
}

/** The sheet read-excel-file stumbled on: its message gives the cell, not the sheet, so each is read alone. */
async function brokenSheet(bytes: ArrayBuffer, sheets: string[]): Promise<string | undefined> {
  for (const sheet of sheets) {
    const broken = await readSheet(bytes, sheet).then(() => false, (error: unknown) => error instanceof InvalidSpreadsheetError);
    if (broken) return sheet;
  }
  return undefined;
}

/** Two sheets that stand for one list ("Actors" and "actors ") would have one replace the other unseen. */
function twoSheetsForOne(sheets: string[]): string | undefined {
  const byTable = new Map<string, string>();
  for (const sheet of sheets) {
    const table = sheet.trim().toLowerCase();
    const first = byTable.get(table);
    if (first !== undefined) return `two sheets for the ${table} list: ${quoted(first)} and ${quoted(sheet)}; keep one of them`;
    byTable.set(table, sheet);
  }
  return undefined;
}

/** Reads a workbook's sheets into the raw dataset; never throws: a broken file is one problem naming it. */
export async function importWorkbook(name: string, bytes: ArrayBuffer): Promise<CsvImport> {
  // Only a zip is measured: anything else is left to read-excel-file, which names what it is (an old .xls, say).
  const measured = isZipData(new Uint8Array(bytes)) ? measureWorkbook(new Uint8Array(bytes)) : { sheets: [] };
  if ('broken' in measured) return failed(name, NOT_A_WORKBOOK);
  if ('error' in measured) return failed(measured.path ? `${name}, ${measured.path}` : name, measured.error);
  const ambiguous = twoSheetsForOne(measured.sheets);
  if (ambiguous) return failed(name, ambiguous);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readExcelFile(bytes, { trim: false, parseNumber: (digits: string) => new NumberCell(digits) })) as typeof sheets;
  } catch (error) {
    const sheet = error instanceof InvalidSpreadsheetError ? await brokenSheet(bytes, measured.sheets) : undefined;
    if (sheet !== undefined) return failed(`${name}, ${sheet} sheet`, `could not be read (${(error as Error).message}); save the workbook again as "Excel Workbook (.xlsx)"`);
    if (error instanceof InvalidInputError) return failed(name, INPUT_ERRORS[(error as { code?: string }).code ?? ''] ?? NOT_A_WORKBOOK);
    return failed(name, `could not be read as a workbook (${(error as Error)?.message ?? String(error)}); save it again as "Excel Workbook (.xlsx)"`);
  }
  const problems: Problem[] = [];
  const add: Add = (path, message, level = 'error') => void problems.push({ path, message, level });
  const tables = new Map<string, Table>();
  const known: readonly string[] = TABLES;
  for (const { sheet, data } of sheets) {
    const table = sheet.trim().toLowerCase();
    if (!known.includes(table)) add(`${sheet} sheet`, `not a Stancemap sheet, so it was ignored${suggest(table, [...TABLES])}`, 'warning');
    else tables.set(table, sheetTable(table, data, add));
  }
  return importTables('sheet', tables, problems);
}
