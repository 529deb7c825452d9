// A spreadsheet cell holds text, so the statement fields that are objects or numbers in JSON get
// columns of their own: `inferred_targets` and `target_reason` mark targets the editors inferred,
// `date_reason` marks an inferred day, and `occurrence` is read as a number.
import type { Problem } from './problems';

export const STATEMENT_EXTRA_COLUMNS = ['inferred_targets', 'target_reason', 'date_reason'] as const;

type Add = (path: string, message: string, level?: Problem['level']) => void;
const NUMBER = /^\s*\d+\s*$/;

/** The JSON shape of one statements.csv row, from the item read off its cells. */
export function statementFromCsv(item: Record<string, unknown>, at: (column: string) => string, add: Add): Record<string, unknown> {
  const { inferred_targets: inferred, target_reason: reason, date_reason: dateReason, ...statement } = item;
  if (typeof statement.occurrence === 'string' && NUMBER.test(statement.occurrence)) statement.occurrence = Number(statement.occurrence);
  const targets = Array.isArray(statement.targets) ? (statement.targets as string[]) : [];
  const marked = Array.isArray(inferred) ? (inferred as string[]) : [];
  for (const id of marked) {
    if (!targets.includes(id)) add(at('inferred_targets'), `"${id}" is not among the row’s targets`);
  }
  if (marked.length && typeof reason !== 'string') add(at('target_reason'), 'is required when inferred_targets names a target: say why the editors read it in');
  if (typeof reason === 'string' && !marked.length) add(at('inferred_targets'), 'is empty, but target_reason is given: name the inferred targets');
  if (marked.length && typeof reason === 'string') {
    statement.targets = targets.map((id) => (marked.includes(id) ? { id, inferred: reason } : id));
  }
  if (typeof dateReason === 'string') {
    if (typeof statement.date === 'string') statement.date = { day: statement.date, inferred: dateReason };
    else add(at('date_reason'), 'is given, but the date is empty: an inferred day needs the day too');
  }
  return statement;
}
