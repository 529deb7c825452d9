// A quote taken from a selection in the archived text: the selection's exact characters, with the
// occurrence that pins it when the same words occur more than once, and a mode guessed only from
// what the text shows (quotation marks around the passage). Pure, so the rules are tested in Node.
import { findQuote, type Range } from '../model/anchor';
import { VISIBLE } from '../model/schema';

export type Picked = { quote: string; range: Range; occurrence?: number; mode: 'direct' | 'reported' };

const OPEN = new Set(['“', '"', '«', '„']);
// “ closes a German „quotation“.
const CLOSE = new Set(['”', '"', '»', '“']);
const MARKS = /[“”"«»„]/;

/** The range without white space at either end (a drag often takes a space along). */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The paragraph (blank-line separated) around `at`, as a range. */
function paragraphAround(text: string, at: number): Range {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/**
 * True when the passage lies inside one pair of quotation marks in its paragraph: the nearest mark
 * before it opens a quotation and the nearest mark after it closes one, or it starts and ends with
 * the marks themselves. Anything else (a paraphrase, or a passage that spans a quote's edge) is reported speech.
 */
export function insideQuotationMarks(text: string, range: Range): boolean {
  const inner = text.slice(range.start, range.end);
  if (OPEN.has(inner[0]) && CLOSE.has(inner[inner.length - 1]) && !MARKS.test(inner.slice(1, -1))) return true;
  if (MARKS.test(inner)) return false;
  const paragraph = paragraphAround(text, range.start);
  const before = text.slice(paragraph.start, range.start);
  const after = text.slice(range.end, paragraph.end);
  const marksBefore = [...before].filter((c) => MARKS.test(c));
  const last = marksBefore[marksBefore.length - 1];
  const next = [...after].find((c) => MARKS.test(c));
  // Straight quotes open and close alike: an odd count before the passage means one is open.
  const opened = last === '"' ? marksBefore.filter((c) => c === '"').length % 2 === 1 : last === '“' || last === '«' || last === '„';
  return opened && next !== undefined && CLOSE.has(next);
}

/** The statement fields a selection gives, or an error naming why it cannot be a quote. */
export function pickQuote(text: string, selected: Range): Picked | { error: string } {
  const range = trimRange(text, selected);
  const quote = text.slice(range.start, range.end);
  if (!VISIBLE.test(quote)) return { error: 'Select the words to quote in the text first.' };
  const found = findQuote(text, quote);
  const at = found.findIndex((place) => place.start === range.start);
  // The quote check folds runs of white space; a selection always matches itself, but be sure.
  if (at < 0) return { error: 'This selection cannot be anchored in the text; select it again.' };
  return { quote, range, occurrence: found.length > 1 ? at + 1 : undefined, mode: insideQuotationMarks(text, range) ? 'direct' : 'reported' };
}
