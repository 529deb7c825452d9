// What each pair's arrow shows under the reader's filters: its visible stances as lines, their
// shared tone (or 'mixed'), and the number of visible remarks. Pure.
import { pairTone, type PairTone } from '../../model/pairs';
import type { Index } from '../../model/relations';
import { stanceLines } from './scene';

/** `inferred`: every stance shown rests on a target the editors inferred (the source names none). */
export type PairView = { lines: string[]; tone: PairTone; weight: number; inferred: boolean };

/**
 * `weights`: visible statements per relation id (model/filter's visibleWeights); relations absent
 * from it are hidden. A pair with no visible relation maps to null.
 */
export function pairViews(index: Index, weights: ReadonlyMap<string, number>): Map<string, PairView | null> {
  const views = new Map<string, PairView | null>();
  for (const pair of index.pairs.values()) {
    const shown = pair.relations.filter((r) => weights.has(r.id));
    const tone = pairTone(index, shown);
    views.set(pair.id, tone === undefined ? null : {
      // An inferred stance says so on the arrow itself, not only in the panel.
      lines: stanceLines(shown.map((r) => `${index.stances.get(r.stance)!.label}${r.inferred ? ' (inferred)' : ''}`)),
      inferred: shown.every((r) => r.inferred),
      tone,
      weight: shown.reduce((sum, r) => sum + weights.get(r.id)!, 0),
    });
  }
  return views;
}

/** Every relation at its full weight (its remarks): the map before any filter. */
export const allWeights = (index: Index) => new Map([...index.relations.values()].map((r) => [r.id, r.weight]));
