// Problems and dates, apart from the validator so the app's first chunk can show and check them
// without loading zod (the validator itself loads on demand).
export type Problem = { path: string; message: string; level: 'error' | 'warning' };

export function formatProblem(problem: Problem): string {
  return `${problem.level === 'warning' ? 'warning: ' : ''}${problem.path}: ${problem.message}`;
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
