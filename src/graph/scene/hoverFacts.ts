// What the hover card says about the actor or arrow under the pointer, under the reader's filters. Pure.
import { actorCounts } from '../../model/counts';
import { visibleWeights, type Filter } from '../../model/filter';
import { actorName, inferredApart, KIND_LABEL, plural, remarksText } from '../../model/format';
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
    const { named, inferred } = about.get(actor.id) ?? { named: 0, inferred: 0 };
    return { title: actor.name, detail: `${KIND_LABEL[actor.kind]} · ${plural(said.get(actor.id) ?? 0, 'remark')} by it, ${inferredApart(`${named} about it`, inferred)}`, rows: [] };
  }
  const pair = index.pairs.get(pairId(target.from, target.to));
  if (!pair) return null;
  const weights = visibleWeights(index, filter);
  const rows = pair.relations
    .filter((r) => weights.has(r.id) && (!target.stance || r.stance === target.stance))
    .map((r) => {
      const stance = index.stances.get(r.stance)!;
      const split = weights.get(r.id)!;
      return { label: split.named ? stance.label : `${stance.label} (target inferred)`, tone: TONE_STYLE[stance.tone].label, count: remarksText(split) };
    });
  return { title: `${actorName(index, pair.from)} → ${actorName(index, pair.to)}`, detail: 'Click to read the statements', rows };
}
