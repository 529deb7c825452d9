import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './relations';
import type { Dataset } from './schema';
import { targetIds } from './provenance';
import { sourcesOf, statementsInView } from './viewSources';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);
const all = () => true;

describe('the statements of a view and their sources', () => {
  it('lists every statement by or about an actor, and only those the filters show', () => {
    const china = statementsInView(index, { kind: 'actor', id: 'china' }, all);
    expect(china.length).toBeGreaterThan(0);
    for (const s of china) expect(s.actor === 'china' || targetIds(s).includes('china')).toBe(true);
    expect(china).toEqual(dataset.statements.filter((s) => s.actor === 'china' || targetIds(s).includes('china')));
    expect(statementsInView(index, { kind: 'actor', id: 'china' }, (s) => s.stance !== 'rebukes').some((s) => s.stance === 'rebukes')).toBe(false);
  });

  it('lists a pair both ways, and a chosen statement with its pair even when filtered out', () => {
    const pair = statementsInView(index, { kind: 'relation', from: 'china', to: 'united-states' }, all);
    expect(new Set(pair.map((s) => s.actor))).toEqual(new Set(['china', 'united-states']));
    const none = () => false;
    expect(statementsInView(index, { kind: 'statement', id: 'wang-sanctions-never-effective' }, none).map((s) => s.id)).toEqual(['wang-sanctions-never-effective']);
    expect(statementsInView(index, { kind: 'statement', id: 'gone' }, all)).toEqual([]);
    expect(statementsInView(index, null, all)).toEqual(dataset.statements);
  });

  it('names each cited source once', () => {
    const twice = [...dataset.statements, ...dataset.statements];
    expect(sourcesOf(index, twice)).toEqual(dataset.sources.filter((s) => dataset.statements.some((st) => st.source === s.id)));
    expect(sourcesOf(index, [])).toEqual([]);
  });
});
