// What the hover card says about the actor or arrow under the pointer, under the reader's filters. Pure.
import { actorCounts } from '../../model/counts';
import { visibleWeights, type Filter } from '../../model/filter';
import { actorName, KIND_LABEL, plural } from '../../model/format';
import { pairId } from '../../model/pairs';
import type { Index } from '../../model/relations';
import { TONE_STYLE } from '../../model/tones';

export type HoverTarget = { kind: 'actor'; id: string } | { kind: 'pair'; from: string; to: string; stance?: string };
export type HoverFacts = { title: string; detail: string; rows: Array<{ label: string; tone: string; count: string }> };

export function hoverFacts(index: Index, target: HoverTarget, filter: Filter): HoverFacts | null {
  if (target.kind === 'actor') {
    const actor = index.actors.get(target.id);
    if (!actor) return null;
    const { said, about } = actorCounts(index, filter);
    return { title: actor.name, detail: `${KIND_LABEL[actor.kind]} · ${plural(said.get(actor.id) ?? 0, 'remark')} by it, ${about.get(actor.id) ?? 0} about it`, rows: [] };
  }
  const pair = index.pairs.get(pairId(target.from, target.to));
  if (!pair) return null;
  const weights = visibleWeights(index, filter);
  const rows = pair.relations
    .filter((r) => weights.has(r.id) && (!target.stance || r.stance === target.stance))
    .map((r) => {
      const stance = index.stances.get(r.stance)!;
      return { label: r.inferred ? `${stance.label} (target inferred)` : stance.label, tone: TONE_STYLE[stance.tone].label, count: plural(weights.get(r.id)!, 'remark') };
    });
  return { title: `${actorName(index, pair.from)} → ${actorName(index, pair.to)}`, detail: 'Click to read the statements', rows };
}
