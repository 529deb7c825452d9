import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './relations';
import type { Dataset } from './schema';
import { fold, search } from './search';

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
    expect(ids('SANCTIONS')).toEqual([['statement', ['wang-sanctions-never-effective']]]);
    expect(ids('sánctions')).toEqual(ids('sanctions'));
    expect(ids('zelenskíy')).toEqual([['person', ['volodymyr-zelenskiy']], ['statement', ['kremlin-considering-zelenskiy-offer', 'zelenskiy-offers-non-aligned-status-talks']]]);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'xyzzy')).toEqual([]);
  });

  it('folds accents away without changing the length of Latin text', () => {
    expect(fold('Zelenskíy Ñ')).toBe('zelenskiy n');
  });
});
