import { describe, expect, it } from 'vitest';
import { fold, matchSpelling, queryKeys, spellingKey, wordsOf } from './spelling';

const matches = (query: string, text: string) => matchSpelling(queryKeys(query), wordsOf(text)) >= 0;

describe('spelling', () => {
  it('folds accents away without changing the length of Latin text', () => {
    expect(fold('Zelenskíy Ñ')).toBe('zelenskiy n');
  });

  it('gives one key to the romanisations of a name', () => {
    for (const name of ['zelenskiy', 'zelensky', 'zelenskyy', 'zelenskij']) expect(spellingKey(name)).toBe('zelenski');
    expect(spellingKey('wolodymyr')).toBe(spellingKey('volodymyr'));
    expect(spellingKey('sergey')).toBe(spellingKey('sergei'));
  });

  it('forgives a slip in a long word but not in a short one', () => {
    expect(matches('zelenksiy', 'Volodymyr Zelenskiy')).toBe(true);
    expect(matches('vladimir putn', 'Vladimir Putin')).toBe(false);
    expect(matches('iran', 'Iraq')).toBe(false);
    expect(matches('sanctoins', 'Opposes sanctions')).toBe(true);
  });

  it('needs every word, in any order, and lets the last one be a beginning', () => {
    expect(matches('zelensky volod', 'Volodymyr Zelenskiy')).toBe(true);
    expect(matches('zelensky biden', 'Volodymyr Zelenskiy')).toBe(false);
    expect(matches('', 'Anything')).toBe(false);
  });

  it('gives the offset of the first word matched, in the folded text', () => {
    expect(matchSpelling(queryKeys('zelensky'), wordsOf('President Zelenskiy said'))).toBe(10);
  });
});
