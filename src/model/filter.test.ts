import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateRange, effectiveDate, makeVisibility, narrow, stanceCounts, visibleWeights } from './filter';
import { actorGroups, buildIndex } from './relations';
import type { Dataset } from './schema';
import { countRemarks } from './provenance';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);
const byId = (id: string) => index.statements.get(id)!;

describe('filters', () => {
  it('without filters, every relation keeps its full weight: its distinct remarks', () => {
    const weights = visibleWeights(index, { hiddenStances: [], asOf: null });
    expect(weights.size).toBe(index.relations.size);
    for (const [id, split] of weights) expect(split).toEqual(index.relations.get(id)!.remarks);
    // Putin's offer of talks is quoted directly and paraphrased by the ministry: one remark, two wordings.
    expect(index.relations.get('russia>ukraine>supports-negotiation')).toMatchObject({ weight: 1, statements: { length: 2 } });
    // Xi names Ukraine; Wang's "relevant parties" only infer it: the arrow counts the named remark, the other apart.
    expect(index.relations.get('china>ukraine>supports-negotiation')).toMatchObject({ weight: 1, remarks: { named: 1, inferred: 1 } });
    // Resting on inferences alone, an arrow counts those, and is drawn as inferred.
    expect(index.relations.get('china>nato>calls-for-european-security-mechanism')).toMatchObject({ weight: 2, inferred: true, remarks: { named: 0, inferred: 2 } });
  });

  it('a hidden stance drops its relations', () => {
    const weights = visibleWeights(index, { hiddenStances: ['supports-negotiation'], asOf: null });
    expect([...weights.keys()].some((id) => id.endsWith('>supports-negotiation'))).toBe(false);
    expect(weights.has('china>united-states>accuses-interference')).toBe(true);
  });

  it("'as of' keeps statements said on or before the day", () => {
    const weights = visibleWeights(index, { hiddenStances: [], asOf: '2022-02-24' });
    const expected = dataset.statements.filter((s) => effectiveDate(index, s) <= '2022-02-24');
    expect(expected.map((s) => s.id)).toEqual(['china-us-interfering-internal-affairs']);
    expect([...weights.entries()]).toEqual([['china>united-states>accuses-interference', { named: 1, inferred: 0 }]]);
  });

  it('dates an undated statement by its source, since it was said by then', () => {
    const undated = dataset.statements.find((s) => !s.date)!;
    const inferred = dataset.statements.find((s) => typeof s.date === 'object')!;
    expect(effectiveDate(index, inferred)).toBe('2022-02-25');
    expect(effectiveDate(index, undated)).toBe('2022-02-25');
    expect(makeVisibility(index, { hiddenStances: [], asOf: '2022-02-24' })(undated)).toBe(false);
  });

  it('lists the distinct days of the data in order', () => {
    expect(dateRange(index)).toEqual(['2022-02-24', '2022-02-25']);
  });

  it('counts remarks per stance for the legend, under the day only', () => {
    const negotiation = dataset.statements.filter((s) => s.stance === 'supports-negotiation');
    expect(stanceCounts(index, null).get('supports-negotiation')).toBe(countRemarks(negotiation));
    expect(countRemarks(negotiation)).toBe(negotiation.length - 2);
    expect([...stanceCounts(index, '2022-02-24')]).toEqual([['accuses-interference', 1]]);
  });

  it('narrows panel groups and says how many it hid', () => {
    const { about } = actorGroups(index, 'united-states');
    const visible = makeVisibility(index, { hiddenStances: ['rebukes'], asOf: null });
    const result = narrow(about, visible);
    expect(result.groups.some((g) => g.relation.stance === 'rebukes')).toBe(false);
    expect(result.hidden).toBe(dataset.statements.filter((s) => s.stance === 'rebukes' && s.targets.includes('united-states')).length);
    expect(byId('china-us-not-qualified').stance).toBe('rebukes');
  });
});
