// What each pair's arrow shows under the reader's filters: its visible stances as lines, their
// shared tone (or 'mixed'), and the number of visible remarks. Pure.
import { pairTone, type PairTone } from '../../model/pairs';
import type { RemarkSplit } from '../../model/provenance';
import type { Index, Relation } from '../../model/relations';
import { stanceLines } from './scene';

/** `inferred`: every stance shown rests on a target the editors inferred (the source names none). */
export type PairView = { lines: string[]; tone: PairTone; weight: number; inferred: boolean };

/**
 * `weights`: visible remarks per relation id, named and inferred apart (model/filter's
 * visibleWeights); relations absent from it are hidden. A pair with no visible relation maps to null.
 * The thickness counts named remarks only, unless every stance shown rests on inferences.
 */
export function pairViews(index: Index, weights: ReadonlyMap<string, RemarkSplit>): Map<string, PairView | null> {
  const views = new Map<string, PairView | null>();
  for (const pair of index.pairs.values()) {
    const shown = pair.relations.filter((r) => weights.has(r.id));
    const tone = pairTone(index, shown);
    const inferred = (r: Relation) => weights.get(r.id)!.named === 0;
    views.set(pair.id, tone === undefined ? null : {
      // An inferred stance says so on the arrow itself, not only in the panel.
      lines: stanceLines(shown.map((r) => `${index.stances.get(r.stance)!.label}${inferred(r) ? ' (inferred)' : ''}`)),
      inferred: shown.every(inferred),
      tone,
      weight: shown.reduce((sum, r) => sum + (shown.every(inferred) ? weights.get(r.id)!.inferred : weights.get(r.id)!.named), 0),
    });
  }
  return views;
}

/** Every relation at its full weight (its remarks): the map before any filter. */
export const allWeights = (index: Index) => new Map([...index.relations.values()].map((r) => [r.id, r.remarks]));
