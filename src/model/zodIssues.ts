// The schema's complaints, worded for authors: each with the JSON path it concerns, unknown fields
// one by one, and a union (a plain id or an object) reported for the branch the input was meant for.
import type * as z from 'zod/mini';
import { preview, quoted, type Problem } from './problems';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${out}[${quoted(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

export function describeIssue(issue: z.core.$ZodIssue): Problem[] {
  const at = (path: PropertyKey[], message: string): Problem => ({ path: formatPath(path) || '(root)', message, level: 'error' });
  switch (issue.code) {
    case 'invalid_type':
      return [at(issue.path, issue.input === undefined ? 'is required' : `must be ${issue.expected}, not ${kindOf(issue.input)}`)];
    case 'invalid_value':
      if (issue.input === undefined) return [at(issue.path, `is required (one of: ${issue.values.join(', ')})`)];
      return [at(issue.path, `must be one of: ${issue.values.join(', ')}; got ${preview(issue.input)}`)];
    case 'invalid_union': {
      // A plain id or an object (a target, a day): report the branch the input was meant for.
      const meant = issue.errors.find((branch) => !branch.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
      if (meant) return meant.flatMap((e) => describeIssue({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue));
      return [at(issue.path, `must be text or an object (see data/README.md), not ${kindOf(issue.input)}`)];
    }
    case 'unrecognized_keys':
      // Point at each unknown field itself: it is usually a misspelling of an allowed one.
      return issue.keys.map((key) => at([...issue.path, key], 'unknown field (see data/README.md for the allowed fields)'));
    case 'too_big':
    case 'too_small':
      return [at(issue.path, outOfRange(issue))];
    default:
      return [at(issue.path, issue.message)];
  }
}

// zod's own words for a whole number past 2^53 are a bare "Invalid input"; the schema's limits carry their own.
function outOfRange(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (issue.origin !== 'int' || issue.message !== 'Invalid input') return issue.message;
  const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
  return `is out of range: must be a whole number ${bound}, not ${preview(issue.input)}`;
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  // JSON.parse turns 1e999 into Infinity, which zod calls "not a number".
  if (typeof value === 'number' && !Number.isFinite(value)) return preview(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${preview(value)}`;
}

