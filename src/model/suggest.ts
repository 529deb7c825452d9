// "Did you mean": one rule for every message that names an unknown id, column or file.
import { closest, distance } from 'fastest-levenshtein';

/** The known name closest to `name`, if it is close enough to be a likely misspelling. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const guess = closest(name, [...known]);
  return distance(name, guess) <= Math.max(2, name.length / 3) ? guess : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const guess = closestName(name, known);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}

/** The hint for a closed list: a likely misspelling, or the whole list. */
export function suggest(name: string, known: readonly string[]): string {
  return didYouMean(name, known) || `; expected one of: ${known.join(', ')}`;
}
