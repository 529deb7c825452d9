// The validator points at JSON paths (`statements[6].targets[0]`); someone who typed the data into a
// spreadsheet needs the file or sheet, row and column instead (`statements.csv row 8, column targets`).
import { cellPath, LAYOUT, LISTS, tableName, type CsvImport, type RowIndex } from './tables';
import type { Problem } from './problems';
import { validateDataset, type Archives, type Options, type Report } from './validate';

type Segment = string | number;

const LIST_NAMES: readonly string[] = LISTS;
const DATASET_COLUMNS = LAYOUT.dataset.columns;
// Messages mention other items by path too: `duplicate id "x"; first used at statements[1]`.
const ITEM_IN_MESSAGE = new RegExp(`\\b(${LISTS.join('|')})\\[(\\d+)\\]`, 'g');

/** The inverse of formatPath in validate.ts: `a.b[0]["c d"]` -> ['a', 'b', 0, 'c d']. */
function parsePath(path: string): Segment[] | null {
  const segment = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  const segments: Segment[] = [];
  while (segment.lastIndex < path.length) {
    const match = segment.exec(path);
    if (!match) return null;
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
  }
  return segments;
}

/** An object field of a statement is written in a column of its own (see csvStatements.ts). */
function csvColumn(field: string, reason: boolean): string {
  if (field === 'targets' && reason) return 'target_reason';
  if (field === 'date' && reason) return 'date_reason';
  return field;
}

/** The table, row and column a JSON path came from, or null for a path no table holds. */
function locate(path: string, rows: RowIndex): { table: string; at: string } | null {
  const [head, key, field, ...rest] = parsePath(path) ?? [];
  const column = typeof field === 'string' ? csvColumn(field, rest.includes('inferred')) : undefined;
  if (typeof head !== 'string') return null;
  if (LIST_NAMES.includes(head)) {
    return { table: head, at: typeof key === 'number' ? cellPath(rows.kind, head, rows.lists[head]?.[key], column) : tableName(rows.kind, head) };
  }
  if (head === 'positions') {
    // `positions.<actor>` alone is the actor cell itself (an unknown actor); deeper paths name x or y.
    const at = typeof key === 'string' ? cellPath(rows.kind, 'positions', rows.positions.get(key), column ?? 'actor') : tableName(rows.kind, 'positions');
    return { table: 'positions', at };
  }
  if (DATASET_COLUMNS.includes(head)) return { table: 'dataset', at: cellPath(rows.kind, 'dataset', rows.dataset, head) };
  return null;
}

export function translateProblem(problem: Problem, rows: RowIndex): Problem {
  const place = locate(problem.path, rows);
  if (!place) return problem;
  const message = problem.message.replace(ITEM_IN_MESSAGE, (whole, list: string, index: string) => {
    const row = rows.lists[list]?.[Number(index)];
    if (row === undefined) return whole;
    return list === place.table ? `row ${row}` : cellPath(rows.kind, list, row);
  });
  return { ...problem, path: place.at, message };
}

/** Validates an import and reports every problem by file, row and column. */
export function validateImport(imported: CsvImport, archives: Archives = new Map(), options: Options = {}): Report {
  if (imported.fatal) return { dataset: null, problems: imported.problems };
  const report = validateDataset(imported.raw, archives, options);
  // The import leaves out a value it has already reported (no dataset.csv, an x that is not a number);
  // the validator would only add that the value is required.
  const reported = new Set(imported.problems.filter((p) => p.level === 'error').map((p) => p.path));
  const translated = report.problems
    .map((p) => translateProblem(p, imported.rows))
    .filter((p) => !(p.message === 'is required' && reported.has(p.path)));
  const problems = [...imported.problems, ...translated];
  return { dataset: problems.some((p) => p.level === 'error') ? null : report.dataset, problems };
}
