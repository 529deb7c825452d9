// The ids a dataset defines, indexed once per list, and the message for a reference to one it does
// not define. Built so the cost stays linear in the dataset: the "known" list is sorted and written
// once per list, and guesses at a misspelling look at a bounded set of candidates, a bounded number
// of times (the reader sees at most a few hundred problems; the rest are counted, not read).
import { quoted } from './problems';
import { didYouMean } from './suggest';

type Loose = Record<string, unknown>;
export type Entry = [index: number, item: Loose];

/** Longer than this, an unknown id is not a typo: no guess is made. */
const LONGEST_GUESSED = 64;
/** Candidates a guess compares with: ids of a similar length, the nearest lengths first. */
const CANDIDATES = 256;
/** Distinct unknown ids that get a guess in one validation; the same id again reuses its guess. */
const GUESSES = 200;
const SHOWN = 12;

/** A list's objects (anything else in the list is the schema's to report). */
export function entries(raw: Loose, key: string): Entry[] {
  const list = raw[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i): Entry[] => (item && typeof item === 'object' && !Array.isArray(item) ? [[i, item as Loose]] : []));
}

export type Known = {
  ids: Map<string, Entry>;
  /** The message for an id this list does not define. */
  unknown: (id: string) => string;
};

type Budget = { guesses: number };
export const guessBudget = (): Budget => ({ guesses: GUESSES });

/** A list's ids, each duplicate reported at its place; first use wins. */
export function indexIds(raw: Loose, key: string, kind: string, budget: Budget, error: (path: string, message: string) => void): Known {
  const ids = new Map<string, Entry>();
  for (const entry of entries(raw, key)) {
    const id = entry[1].id;
    if (typeof id !== 'string') continue;
    const first = ids.get(id);
    if (first) error(`${key}[${entry[0]}].id`, `duplicate id ${quoted(id)}; first used at ${key}[${first[0]}]`);
    else ids.set(id, entry);
  }
  return { ids, unknown: unknownMessages(kind, [...ids.keys()], budget) };
}

function unknownMessages(kind: string, known: string[], budget: Budget): (id: string) => string {
  const sorted = [...known].sort();
  const shown = sorted.length ? sorted.slice(0, SHOWN).join(', ') + (sorted.length > SHOWN ? `, ... (${sorted.length} in all)` : '') : 'none';
  const byLength = [...known].sort((a, b) => a.length - b.length);
  const guesses = new Map<string, string>();
  const guess = (id: string): string => {
    const cached = guesses.get(id);
    if (cached !== undefined) return cached;
    if (id.length > LONGEST_GUESSED || budget.guesses <= 0) return '';
    budget.guesses--;
    const hint = didYouMean(id, candidates(byLength, id.length));
    guesses.set(id, hint);
    return hint;
  };
  return (id) => `unknown ${kind} ${quoted(id)}${guess(id)}; known: ${shown}`;
}

/** The ids whose length is nearest `length`, at most CANDIDATES of them, from a list sorted by length. */
export function candidates(byLength: readonly string[], length: number): string[] {
  let low = 0;
  let high = byLength.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byLength[mid].length < length) low = mid + 1;
    else high = mid;
  }
  const start = Math.max(0, Math.min(low - CANDIDATES / 2, byLength.length - CANDIDATES));
  return byLength.slice(start, start + CANDIDATES);
}
