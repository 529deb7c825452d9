import { describe, expect, it } from 'vitest';
import { statementFromCsv } from './csvStatements';

const read = (item: Record<string, unknown>) => {
  const problems: string[] = [];
  const statement = statementFromCsv(item, (column) => `row 2, column ${column}`, (path, message) => void problems.push(`${path}: ${message}`));
  return { statement, problems };
};

describe('a statements.csv row', () => {
  it('marks the targets named in inferred_targets with the row’s target_reason, and keeps the others plain', () => {
    const { statement, problems } = read({ targets: ['russia', 'nato'], inferred_targets: ['nato'], target_reason: 'names no one', date: '2022-02-25', date_reason: 'no day', occurrence: '2' });
    expect(problems).toEqual([]);
    expect(statement).toEqual({ targets: ['russia', { id: 'nato', inferred: 'names no one' }], date: { day: '2022-02-25', inferred: 'no day' }, occurrence: 2 });
  });

  it('reports an inferred target without a reason, one not among the targets, and a reason without a date', () => {
    expect(read({ targets: ['nato'], inferred_targets: ['russia'], target_reason: 'x' }).problems).toEqual(['row 2, column inferred_targets: "russia" is not among the row’s targets']);
    expect(read({ targets: ['nato'], inferred_targets: ['nato'] }).problems).toEqual([
      'row 2, column target_reason: is required when inferred_targets names a target: say why the editors read it in',
    ]);
    expect(read({ targets: ['nato'], target_reason: 'x' }).problems).toEqual(['row 2, column inferred_targets: is empty, but target_reason is given: name the inferred targets']);
    expect(read({ targets: ['nato'], date_reason: 'x' }).problems).toEqual(['row 2, column date_reason: is given, but the date is empty: an inferred day needs the day too']);
  });

  it('leaves an occurrence that is not a whole number for the validator to report', () => {
    expect(read({ targets: ['nato'], occurrence: 'first' }).statement.occurrence).toBe('first');
  });
});
