import { describe, expect, it } from 'vitest';
import { candidates, guessBudget, indexIds } from './knownIds';

describe('candidates', () => {
  const byLength = Array.from({ length: 1000 }, (_, i) => 'x'.repeat(1 + (i % 50))).sort((a, b) => a.length - b.length);

  it('keeps at most 256 ids, those nearest in length', () => {
    const near = candidates(byLength, 25);
    expect(near).toHaveLength(256);
    expect(near.every((id) => Math.abs(id.length - 25) <= 7)).toBe(true);
  });

  it('takes all ids when there are few, and the ends of the list for lengths beyond them', () => {
    expect(candidates(['a', 'bb'], 9)).toEqual(['a', 'bb']);
    expect(candidates(byLength, 500)).toEqual(byLength.slice(-256));
  });
});

describe('indexIds', () => {
  it('reuses the guess for an unknown id given again, so repeats cost no budget', () => {
    const budget = guessBudget();
    const known = indexIds({ actors: [{ id: 'russia' }] }, 'actors', 'actor', budget, () => {});
    const first = known.unknown('rusia');
    expect(known.unknown('rusia')).toBe(first);
    expect(first).toBe('unknown actor "rusia" (did you mean "russia"?); known: russia');
    expect(budget.guesses).toBe(199);
  });
});
