// CSV import: one file per list, parsed into grids that tables.ts reads exactly as it reads a
// workbook's sheets. Only what is particular to CSV text is here: the delimiter, quoting, file names.
import Papa from 'papaparse';
import type { Problem } from './problems';
import { suggest } from './suggest';
import { cellPath, importTables, LAYOUT, TABLES, type CsvImport, type Spec, type Table } from './tables';

export { LISTS, type CsvImport, type RowIndex } from './tables';

/** File contents keyed by file name, e.g. `{ 'statements.csv': 'id,actor,...' }`. */
export type CsvFiles = Record<string, string>;

/** The layout keyed by file name (`statements.csv`), as an author names the files. */
export const CSV_LAYOUT: Record<string, Spec> = Object.fromEntries(TABLES.map((table) => [`${table}.csv`, LAYOUT[table]]));

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell never closes, so the rest of the file was read into it; check the " marks',
  InvalidQuotes: 'a quoted cell has text after its closing "; write a " inside a quoted cell as ""',
};

function parseCsv(table: string, text: string, problems: Problem[]): Table {
  // One line ending for the whole file: papaparse guesses one from the first lines, and a file whose
  // lines alternate \n and \r\n (pasted together, or edited in two programs) would keep a \r or \n in its cells.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel writes ';' in languages where ',' is the decimal mark. A header holds names only, so its
  // first line tells the delimiter reliably; papaparse's own guess trips over blank rows.
  const first = /^.*\S.*$/m.exec(body)?.[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  // Blank rows are kept through parsing, so every index is the row number a spreadsheet shows.
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', skipEmptyLines: false });
  let fatal = false;
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes') fatal = true;
    if (!QUOTE_ERRORS[e.code] || e.row === undefined) continue;
    problems.push({ path: cellPath('csv', table, e.row + 1), message: QUOTE_ERRORS[e.code], level: 'error' });
    reported.add(e.row);
  }
  return { grid: parsed.data, reported, fatal };
}

export function importCsv(files: CsvFiles): CsvImport {
  const problems: Problem[] = [];
  const given = new Map(Object.entries(files).map(([name, text]) => [name.trim().toLowerCase(), { name, text }]));
  for (const [file, { name }] of given) {
    if (!Object.hasOwn(CSV_LAYOUT, file)) problems.push({ path: name, message: `not a Stancemap file, so it was ignored${suggest(file, Object.keys(CSV_LAYOUT))}`, level: 'warning' });
  }
  const tables = new Map<string, Table>();
  for (const table of TABLES) {
    const text = given.get(`${table}.csv`)?.text;
    if (text !== undefined) tables.set(table, parseCsv(table, text, problems));
  }
  return importTables('csv', tables, problems);
}
