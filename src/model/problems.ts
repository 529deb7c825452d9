// Problems as the validator and the loaders report them, apart from the validator so the error
// page and the banner can show them without loading zod (the validator itself loads on demand).
export type Problem = { path: string; message: string; level: 'error' | 'warning' };

export function formatProblem(problem: Problem): string {
  return `${problem.level === 'warning' ? 'warning: ' : ''}${problem.path}: ${problem.message}`;
}

const LONGEST = 80;
/** Deeper than this, a value is described rather than shown: it is hostile or broken, not a typo. */
const DEEPEST = 3;

/** A data-supplied string for a message, quoted and cut short: the input may be megabytes long. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text);
}

function depthOf(value: unknown, limit: number): number {
  let depth = 0;
  let level: unknown[] = [value];
  // Breadth first and bounded, so a value nested thousands deep costs no stack and little time.
  while (depth <= limit && level.length) {
    const next = level.flatMap((v) => (v && typeof v === 'object' ? Object.values(v).slice(0, 50) : []));
    if (next.length) depth++;
    level = next.slice(0, 500);
  }
  return depth;
}

/** Any input value for a message: bounded in depth and length, never a stack overflow. */
export function preview(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : 'a number too large to represent';
  if (value === null || typeof value !== 'object') return String(value);
  const kind = Array.isArray(value) ? 'an array' : 'an object';
  if (depthOf(value, DEEPEST) > DEEPEST) return `${kind} nested too deeply to show`;
  const text = JSON.stringify(value);
  return text.length > LONGEST ? `${kind} (${text.slice(0, LONGEST)}…)` : text;
}

/**
 * Problems as a reader can take them in: at most `perPlace` at one place (a 10,000-column header
 * is one mistake made 10,000 times) and `total` in all, each cut marked by a line that counts the rest.
 */
export function summarise(problems: readonly Problem[], { perPlace = 10, total = 500 } = {}): Problem[] {
  const shown: Problem[] = [];
  const counts = new Map<string, number>();
  const hidden = new Map<string, Problem>();
  let more = 0;
  for (const problem of problems) {
    const count = (counts.get(problem.path) ?? 0) + 1;
    counts.set(problem.path, count);
    if (count > perPlace) hidden.set(problem.path, { ...problem, message: `and ${count - perPlace} more problems here` });
    else if (shown.length < total) shown.push(problem);
    else more++;
  }
  const rest = more ? [{ path: '(all)', message: `and ${more} more problems not shown`, level: 'error' as const }] : [];
  return [...shown, ...hidden.values(), ...rest];
}
