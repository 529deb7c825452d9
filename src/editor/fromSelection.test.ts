import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../model/anchor';
import { insideQuotationMarks, pickQuote } from './fromSelection';

const text = 'He said “we will talk” today.\n\nThey will talk, the ministry said. Later "we will talk" again.\n\nNo marks here.';
const rangeOf = (words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });

describe('a quote from a selection', () => {
  it('is the selected characters exactly, trimmed of the white space a drag takes along', () => {
    const picked = pickQuote(text, { start: text.indexOf('No') - 2, end: text.length });
    expect(picked).toMatchObject({ quote: 'No marks here.', mode: 'reported', occurrence: undefined });
  });
  it('is direct only inside quotation marks (curly or straight), or when the marks are selected with it', () => {
    expect(insideQuotationMarks(text, rangeOf('we will talk'))).toBe(true);
    expect(insideQuotationMarks(text, rangeOf('we will talk', 40))).toBe(true);
    expect(insideQuotationMarks(text, rangeOf('“we will talk”'))).toBe(true);
    expect(insideQuotationMarks(text, rangeOf('They will talk'))).toBe(false);
    expect(insideQuotationMarks(text, rangeOf('said “we'))).toBe(false); // across a quote's edge
    expect(insideQuotationMarks(text, rangeOf('today'))).toBe(false);
  });
  it('pins the occurrence when the words occur more than once, and the anchor finds the selected one', () => {
    const second = rangeOf('we will talk', 40);
    const picked = pickQuote(text, second);
    if ('error' in picked) throw new Error(picked.error);
    expect(picked.occurrence).toBe(2);
    const anchored = anchorQuote(text, picked.quote, picked.occurrence);
    expect(anchored.ok && anchored.anchor.start).toBe(second.start);
  });
  it('refuses an empty selection with a message', () => {
    expect(pickQuote(text, { start: 5, end: 5 })).toEqual({ error: 'Select the words to quote in the text first.' });
  });
  it('anchors in the real archive: a sentence picked there passes the validator’s own check', () => {
    const archive = readFileSync('data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt', 'utf8');
    const start = archive.indexOf('Xi');
    const picked = pickQuote(archive, { start, end: start + 40 });
    if ('error' in picked) throw new Error(picked.error);
    expect(anchorQuote(archive, picked.quote, picked.occurrence).ok).toBe(true);
  });
});
