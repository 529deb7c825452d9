import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from './schema';
import { normalizeForQuoteCheck } from './quotes';

// How the validator compares a quote with its archive.
const quoteAppearsIn = (quote: string, archive: string) => normalizeForQuoteCheck(archive).includes(normalizeForQuoteCheck(quote));

describe('data/schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/model/schema.ts)', () => {
    expect(JSON.parse(readFileSync('data/schema.json', 'utf8'))).toEqual(toJsonSchema());
  });

  it('is what the dataset points editors at', () => {
    expect(JSON.parse(readFileSync('data/graph.json', 'utf8')).$schema).toBe('./schema.json');
  });
});

describe('quote comparison', () => {
  it('folds only typography: quotes, apostrophes, ellipses and white space', () => {
    expect(normalizeForQuoteCheck('“It’s…  done”')).toBe(`"It's... done"`);
    expect(quoteAppearsIn("China's  position", 'China’s position is consistent')).toBe(true);
  });

  it('still tells different words, case or punctuation apart', () => {
    const text = 'China supports Russia and Ukraine to resolve the issue through negotiation.';
    expect(quoteAppearsIn('China supports Russia and Ukraine', text)).toBe(true);
    expect(quoteAppearsIn('china supports Russia and Ukraine', text)).toBe(false);
    expect(quoteAppearsIn('China backs Russia and Ukraine', text)).toBe(false);
    expect(quoteAppearsIn('issue, through negotiation', text)).toBe(false);
  });
});
