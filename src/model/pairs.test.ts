import { readFileSync } from 'node:fs';
import { targetIds } from './provenance';
import { describe, expect, it } from 'vitest';
import { derivePairs, hasReverse, pairId, pairTone } from './pairs';
import { buildIndex } from './relations';
import type { Dataset } from './schema';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);
const pairs = derivePairs(index.relations.values());

describe('pairs', () => {
  it('group every relation under its directed pair, once', () => {
    const grouped = [...pairs.values()].flatMap((p) => p.relations.map((r) => r.id));
    expect(grouped.sort()).toEqual([...index.relations.keys()].sort());
    for (const pair of pairs.values()) for (const r of pair.relations) expect(pairId(r.from, r.to)).toBe(pair.id);
    const directed = new Set(dataset.statements.flatMap((s) => targetIds(s).map((t) => pairId(s.actor, t))));
    expect(new Set(pairs.keys())).toEqual(directed);
  });

  it('take the tone their stances share, or mixed', () => {
    for (const pair of pairs.values()) {
      const tones = new Set(pair.relations.map((r) => index.stances.get(r.stance)!.tone));
      expect(pairTone(index, pair.relations)).toBe(tones.size === 1 ? [...tones][0] : 'mixed');
    }
    expect(pairTone(index, [])).toBeUndefined();
  });

  it('know when the other direction exists', () => {
    for (const pair of pairs.values()) {
      const back = dataset.statements.some((s) => s.actor === pair.to && targetIds(s).includes(pair.from));
      expect(hasReverse(pairs, pair)).toBe(back);
    }
  });
});
