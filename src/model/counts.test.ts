import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorCounts, shownOf } from './counts';
import { buildIndex } from './relations';

const index = buildIndex(JSON.parse(readFileSync('data/graph.json', 'utf8')));
const none = { hiddenStances: [], asOf: null };

describe('counts that follow the view', () => {
  it('counts every statement by and about each actor with no filter', () => {
    const { said, about } = actorCounts(index, none);
    expect([...said.values()].reduce((a, b) => a + b, 0)).toBe(index.dataset.statements.length);
    const china = index.dataset.statements.filter((s) => s.targets.includes('china')).length;
    expect(about.get('china') ?? 0).toBe(china);
  });

  it('drops hidden stances and statements after the as-of day', () => {
    const stance = index.dataset.statements[0].stance;
    const hidden = actorCounts(index, { hiddenStances: [stance], asOf: null });
    const expected = index.dataset.statements.filter((s) => s.stance !== stance).length;
    expect([...hidden.said.values()].reduce((a, b) => a + b, 0)).toBe(expected);
    const first = [...new Set(index.dataset.statements.map((s) => s.date ?? '9999'))].sort()[0];
    const early = actorCounts(index, { hiddenStances: [], asOf: first });
    expect([...early.said.values()].reduce((a, b) => a + b, 0)).toBeLessThan(index.dataset.statements.length);
  });

  it('says "N of M shown" only when something is hidden', () => {
    expect(shownOf(15, 15, 'statement')).toBe('15 statements');
    expect(shownOf(3, 15, 'statement')).toBe('3 of 15 statements shown');
    expect(shownOf(1, 1, 'statement')).toBe('1 statement');
  });
});
