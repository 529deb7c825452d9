import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './relations';
import type { Dataset } from './schema';
import { search } from './search';

const index = buildIndex(JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset);
const ids = (query: string) => search(index, query).map((g) => [g.kind, g.results.map((r) => r.id)]);

describe('search', () => {
  it('finds actors by name and short name', () => {
    expect(ids('nato')).toEqual([['actor', ['nato']], ['statement', ['putin-us-nato-ignored-security-concerns']]]);
    expect(ids('united st')).toEqual([['actor', ['united-states']], ['statement', ['china-us-interfering-internal-affairs']]]);
    expect(ids('EU')[0]).toEqual(['actor', ['european-union']]);
  });

  it('finds people by name and by role, grouped apart from statements', () => {
    expect(ids('spokesperson')).toEqual([['person', ['wang-wenbin']]]);
    expect(search(index, 'wang')[0].results[0]).toMatchObject({ label: 'Wang Wenbin', detail: 'Foreign ministry spokesperson, China' });
  });

  it('finds statement text, ignoring case and accents', () => {
    expect(ids('SANCTIONS').at(-1)).toEqual(['statement', ['wang-sanctions-never-effective']]);
    expect(ids('sánctions')).toEqual(ids('sanctions'));
    expect(ids('zelenskíy')).toEqual([['person', ['volodymyr-zelenskiy']], ['statement', ['kremlin-considering-zelenskiy-offer', 'zelenskiy-offers-non-aligned-status-talks']]]);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'xyzzy')).toEqual([]);
  });

  it('finds a name by another romanisation or a slip', () => {
    const zelenskiy = [['person', ['volodymyr-zelenskiy']], ['statement', ['kremlin-considering-zelenskiy-offer', 'zelenskiy-offers-non-aligned-status-talks']]];
    expect(ids('zelensky')).toEqual(zelenskiy);
    expect(ids('Zelenskyy')).toEqual(zelenskiy);
    expect(ids('Volodymyr Zelensky')).toEqual(zelenskiy);
    expect(ids('zelensky biden')).toEqual([]);
    expect(search(index, 'zelensky').at(-1)!.results[0].label).toMatch(/Volodymyr ZelenskIy to negotiate/);
  });

  it('lists exact matches before matches by spelling', () => {
    const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
    dataset.people.push({ id: 'zelensky-fan', name: 'A. Zelensky', role: 'Reader', actor: 'ukraine' });
    expect(search(buildIndex(dataset), 'zelensky')[0].results.map((r) => r.id)).toEqual(['zelensky-fan', 'volodymyr-zelenskiy']);
  });

  it('finds actors and people by their aliases', () => {
    const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
    dataset.actors.find((a) => a.id === 'china')!.aliases = ['PRC', 'Zhongguo'];
    dataset.people.find((p) => p.id === 'xi-jinping')!.aliases = ['Hsi Chin-p’ing'];
    const aliased = buildIndex(dataset);
    expect(search(aliased, 'prc')[0]).toMatchObject({ kind: 'actor', results: [{ id: 'china', label: 'China' }] });
    expect(search(aliased, 'chungguo')).toEqual([]);
    expect(search(aliased, 'zhonguo')[0].results[0].id).toBe('china');
    expect(search(aliased, 'hsi chin')[0].results[0]).toMatchObject({ id: 'xi-jinping', label: 'Xi Jinping' });
  });

  it('offers a stance and every arrow that carries it', () => {
    const groups = search(index, 'sanctions');
    const arrows = [...index.relations.values()].filter((r) => r.stance === 'opposes-sanctions');
    expect(arrows.length).toBe(2);
    expect(groups.map((g) => g.kind)).toEqual(['stance', 'relation', 'statement']);
    expect(groups[0].results).toEqual([{ kind: 'stance', id: 'opposes-sanctions', label: 'Opposes sanctions', detail: '2 arrows' }]);
    expect(groups[1].results.map((r) => r.id)).toEqual(arrows.map((r) => r.id));
    expect(groups[1].results[0]).toMatchObject({ label: 'China → United States', detail: 'Opposes sanctions' });
    expect(groups[2].results.map((r) => r.id)).toEqual(['wang-sanctions-never-effective']);
  });
});
