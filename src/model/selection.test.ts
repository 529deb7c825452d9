import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './relations';
import type { Dataset } from './schema';
import { knownSelection, sameSelection } from './selection';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);
const [a, b] = dataset.actors.map((actor) => actor.id);
const statement = dataset.statements[0].id;

describe('selections', () => {
  it('keeps a selection whose ids the data knows', () => {
    for (const selection of [{ kind: 'actor', id: a }, { kind: 'relation', from: a, to: b }, { kind: 'statement', id: statement }] as const) {
      expect(knownSelection(index, selection)).toBe(selection);
    }
  });

  it('drops unknown ids, a pair of one actor, and ids inherited from Object', () => {
    expect(knownSelection(index, { kind: 'actor', id: 'atlantis' })).toBeNull();
    expect(knownSelection(index, { kind: 'actor', id: 'constructor' })).toBeNull();
    expect(knownSelection(index, { kind: 'relation', from: a, to: 'atlantis' })).toBeNull();
    expect(knownSelection(index, { kind: 'relation', from: a, to: a })).toBeNull();
    expect(knownSelection(index, { kind: 'statement', id: '__proto__' })).toBeNull();
    expect(knownSelection(index, null)).toBeNull();
  });

  it('compares by fields, not by key order or identity', () => {
    expect(sameSelection({ kind: 'relation', from: a, to: b }, { to: b, from: a, kind: 'relation' } as never)).toBe(true);
    expect(sameSelection({ kind: 'relation', from: a, to: b }, { kind: 'relation', from: b, to: a })).toBe(false);
    expect(sameSelection({ kind: 'actor', id: a }, { kind: 'statement', id: a })).toBe(false);
    expect(sameSelection({ kind: 'actor', id: a }, { kind: 'actor', id: a })).toBe(true);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, { kind: 'actor', id: a })).toBe(false);
  });
});
