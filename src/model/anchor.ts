// Where a quote sits in its archived text, the way annotation systems anchor a passage: the W3C
// Web Annotation TextQuoteSelector (the exact words, plus a little text before and after), with the
// character range in the archive. A phrase can occur twice; a statement's `occurrence` says which.
import { normalizeForQuoteCheck } from './quotes';

export type Range = { start: number; end: number };
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type Anchor = Range & { selector: TextQuoteSelector };
export type AnchorResult =
  | { ok: true; anchor: Anchor; occurrences: number }
  | { ok: false; reason: 'missing' | 'ambiguous' | 'no-such-occurrence'; occurrences: number };

const CONTEXT = 32;

/**
 * The text folded as the quote check folds it, with each folded character's offset in the original,
 * so a match in folded text maps back to the archive's own characters.
 */
function fold(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (/\s/.test(char)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
      offsets.push(i);
      continue;
    }
    const out = normalizeForQuoteCheck(char) || char;
    for (const c of out) {
      folded += c;
      offsets.push(i);
    }
  }
  return { folded, offsets };
}

// A dataset checks many quotes against one archive in a row: fold it once.
let lastFold: { text: string; folded: ReturnType<typeof fold> } | null = null;
const foldOnce = (text: string) => {
  if (lastFold?.text !== text) lastFold = { text, folded: fold(text) };
  return lastFold.folded;
};

/** Every place the quote occurs in the text, as ranges of the original text, in order. */
export function findQuote(text: string, quote: string): Range[] {
  const needle = normalizeForQuoteCheck(quote);
  if (!needle) return [];
  const { folded, offsets } = foldOnce(text);
  const ranges: Range[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
    ranges.push({ start: offsets[at], end: offsets[at + needle.length - 1] + 1 });
  }
  return ranges;
}

export function selectorAt(text: string, range: Range): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + CONTEXT),
  };
}

/** Anchors a quote: `occurrence` (1-based) is required when the quote occurs more than once. */
export function anchorQuote(text: string, quote: string, occurrence?: number): AnchorResult {
  const ranges = findQuote(text, quote);
  const occurrences = ranges.length;
  if (!occurrences) return { ok: false, reason: 'missing', occurrences };
  if (occurrence === undefined && occurrences > 1) return { ok: false, reason: 'ambiguous', occurrences };
  const range = ranges[(occurrence ?? 1) - 1];
  if (!range) return { ok: false, reason: 'no-such-occurrence', occurrences };
  return { ok: true, anchor: { ...range, selector: selectorAt(text, range) }, occurrences };
}

/** The paragraphs of an archived text (blank-line separated), as ranges of the original text. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (/\S/.test(match[0])) out.push({ start: match.index, end: match.index + match[0].length });
  }
  return out;
}
