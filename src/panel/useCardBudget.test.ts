import { describe, expect, it } from 'vitest';
import type { RelationGroup } from '../model/relations';
import { cardsIn, groupsWithin } from './useCardBudget';

const group = (id: string, cards: number) => ({ relation: { id }, statements: Array.from({ length: cards }, (_, i) => ({ id: `${id}-${i}` })) }) as unknown as RelationGroup;
const ids = (groups: RelationGroup[]) => groups.map((g) => g.relation.id);

describe('groupsWithin', () => {
  const groups = [group('a', 2), group('b', 1), group('c', 4), group('d', 1)];

  it('draws whole groups in order while some budget is left before each', () => {
    expect(ids(groupsWithin(groups, 3))).toEqual(['a', 'b']);
    expect(ids(groupsWithin(groups, 4))).toEqual(['a', 'b', 'c']);
    expect(ids(groupsWithin(groups, 1))).toEqual(['a']);
  });

  it('draws every group on an unlimited budget, and none on a spent one', () => {
    expect(ids(groupsWithin(groups, Infinity))).toEqual(['a', 'b', 'c', 'd']);
    expect(groupsWithin(groups, 0)).toEqual([]);
    expect(groupsWithin(groups, -5)).toEqual([]);
  });

  it('counts the cards a list holds', () => {
    expect(cardsIn(groups)).toBe(8);
    expect(cardsIn([])).toBe(0);
  });
});
