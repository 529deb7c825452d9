// Matching by any spelling. Names reach English in several romanisations (Zelenskiy, Zelensky,
// Zelenskyy; Wolodymyr, Volodymyr) and readers mistype them, so words are compared on a rough
// transliteration key of their folded text, with a small edit distance that grows with the word.
import { distance } from 'fastest-levenshtein';

/** Lower case without accents. Folding keeps the string length for Latin text, so offsets into it point into the original. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

// Spellings that differ between romanisation systems, reduced to one; doubled letters count once.
const VARIANTS: [RegExp, string][] = [
  [/[iy]?[iyj][iy]?(?=[^aeiou]|$)/g, 'i'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/ck|q/g, 'k'],
  [/(.)\1+/g, '$1'],
];

/** The key two spellings of one name share: "zelenskyy", "zelensky" and "zelenskiy" all give "zelenski". */
export function spellingKey(word: string): string {
  return VARIANTS.reduce((key, [pattern, by]) => key.replace(pattern, by), word);
}

/** How many slips a word of this length may carry: none below five letters, where a slip makes another word (Iran, Iraq). */
const tolerance = (key: string) => (key.length < 5 ? 0 : key.length < 8 ? 1 : 2);

export type Word = { key: string; at: number };

/** The words of a text with their offsets in its folded form. */
export function wordsOf(text: string): Word[] {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ key: spellingKey(m[0]), at: m.index }));
}

/** The query's words as keys, or none when it has no letters or digits. */
export const queryKeys = (query: string): string[] => wordsOf(query).map((w) => w.key);

function near(query: string, word: string, last: boolean): boolean {
  if (word === query || (last && word.startsWith(query))) return true;
  const slips = tolerance(query);
  if (!slips) return false;
  // The last word may still be being typed: compare it with the word's beginning as well.
  if (last && word.length > query.length && distance(query, word.slice(0, query.length)) <= slips) return true;
  return Math.abs(word.length - query.length) <= slips && distance(query, word) <= slips;
}

/**
 * Where a text matches every query word by spelling (the offset of the first query word's match in
 * the folded text), or -1. Words may appear in any order; the last may be a beginning.
 */
export function matchSpelling(keys: readonly string[], words: readonly Word[]): number {
  let first = -1;
  for (let i = 0; i < keys.length; i++) {
    const found = words.find((word) => near(keys[i], word.key, i === keys.length - 1));
    if (!found) return -1;
    if (i === 0) first = found.at;
  }
  return first;
}
