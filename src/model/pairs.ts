// The map draws one arrow per directed pair of actors (what A said about B), not one per stance:
// parallel arrows of one pair become a fan of tiny curves. A pair's arrow carries its stances as a
// stacked list and the tone they share, or 'mixed'; selecting it opens one arrow per stance.
import type { Index, Relation } from './relations';
import type { Tone } from './vocabulary';

export type Pair = { id: string; from: string; to: string; relations: Relation[] };
export type PairTone = Tone | 'mixed';

export const pairId = (from: string, to: string) => `${from}>${to}`;

/** Pairs in the order their first relation appears; relations within a pair keep theirs. */
export function derivePairs(relations: Iterable<Relation>): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const relation of relations) {
    const id = pairId(relation.from, relation.to);
    const pair = pairs.get(id);
    if (pair) pair.relations.push(relation);
    else pairs.set(id, { id, from: relation.from, to: relation.to, relations: [relation] });
  }
  return pairs;
}

/** One tone when every stance shares it, else 'mixed'; undefined for no stances. */
export function pairTone(index: Index, relations: readonly Relation[]): PairTone | undefined {
  const tones = new Set(relations.map((r) => index.stances.get(r.stance)!.tone));
  if (tones.size === 0) return undefined;
  return tones.size === 1 ? [...tones][0] : 'mixed';
}

/** Whether the reverse pair (B about A) exists, so the two arrows must curve apart. */
export const hasReverse = (pairs: ReadonlyMap<string, unknown>, pair: Pair) => pairs.has(pairId(pair.to, pair.from));
