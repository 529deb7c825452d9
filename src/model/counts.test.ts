import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorCounts, shownOf } from './counts';
import { countRemarks, splitRemarks, targetIds, targetInference } from './provenance';
import { inferredApart, remarksText } from './format';
import { buildIndex } from './relations';

const index = buildIndex(JSON.parse(readFileSync('data/graph.json', 'utf8')));
const none = { hiddenStances: [], asOf: null };

describe('counts that follow the view', () => {
  it('counts every remark by and about each actor once with no filter', () => {
    const { said, about } = actorCounts(index, none);
    const all = index.dataset.statements;
    expect(said.get('china')).toBe(countRemarks(all.filter((s) => s.actor === 'china')));
    expect(countRemarks(all.filter((s) => s.actor === 'china'))).toBeLessThan(all.filter((s) => s.actor === 'china').length);
    const aboutUkraine = all.filter((s) => targetIds(s).includes('ukraine'));
    const { named, inferred } = about.get('ukraine')!;
    expect(named).toBe(countRemarks(aboutUkraine.filter((s) => targetInference(s, 'ukraine') === undefined)));
    expect(named + inferred).toBe(countRemarks(aboutUkraine));
  });

  it('counts remarks whose target the editors inferred apart from those that name it', () => {
    const { about } = actorCounts(index, none);
    expect(about.get('ukraine')).toEqual({ named: 4, inferred: 3 });
    expect(about.get('nato')).toEqual({ named: 1, inferred: 2 });
    // Wholly inferred: no remark in the source names China or the EU as its target.
    expect(about.get('china')).toEqual({ named: 0, inferred: 1 });
    expect(about.get('european-union')).toEqual({ named: 0, inferred: 1 });
  });

  it('counts a remark as named when any of its wordings names the target', () => {
    const [first, second] = index.dataset.statements.filter((s) => s.remark === 'putin-offers-high-level-talks');
    const reading = { ...second, targets: [{ id: 'ukraine', inferred: 'why' }] };
    expect(splitRemarks([first, reading], 'ukraine')).toEqual({ named: 1, inferred: 0 });
    expect(splitRemarks([reading], 'ukraine')).toEqual({ named: 0, inferred: 1 });
    expect(inferredApart('3 about it', 2)).toBe('3 about it, 2 more inferred');
    expect(inferredApart('3 about it', 0)).toBe('3 about it');
    expect(remarksText({ named: 0, inferred: 2 })).toBe('2 remarks, target inferred');
  });

  it('drops hidden stances and statements after the as-of day', () => {
    const stance = index.dataset.statements[0].stance;
    const hidden = actorCounts(index, { hiddenStances: [stance], asOf: null });
    const expected = index.dataset.statements.filter((s) => s.stance !== stance && s.actor === 'china');
    expect(hidden.said.get('china')).toBe(countRemarks(expected));
    const early = actorCounts(index, { hiddenStances: [], asOf: '2022-02-24' });
    const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total(early.said)).toBeLessThan(total(actorCounts(index, none).said));
  });

  it('reuses the counts of the same view, and counts afresh for another one', () => {
    const first = actorCounts(index, { hiddenStances: [], asOf: null });
    expect(actorCounts(index, { hiddenStances: [], asOf: null })).toBe(first);
    const stance = index.dataset.statements[0].stance;
    expect(actorCounts(index, { hiddenStances: [stance], asOf: null })).not.toBe(first);
    expect(actorCounts(index, none)).toEqual(first);
  });

  it('says "N of M shown" only when something is hidden', () => {
    expect(shownOf(15, 15, 'statement')).toBe('15 statements');
    expect(shownOf(3, 15, 'statement')).toBe('3 of 15 statements shown');
    expect(shownOf(1, 1, 'statement')).toBe('1 statement');
  });
});
