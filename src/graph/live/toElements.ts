// Pure: a validated index in, fresh Cytoscape element definitions out. Cytoscape writes into the
// data objects it is given, so nothing here may share objects with the dataset.
import type { ElementDefinition } from 'cytoscape';
import { hasReverse } from '../../model/pairs';
import type { Index } from '../../model/relations';
import { allWeights, pairViews } from '../scene/pairEdges';
import { isLargeIndex } from '../scene/limits';

export function toElements(index: Index): ElementDefinition[] {
  const positions = index.dataset.positions;
  const { actors } = index.dataset;
  // Actors without a position start on a circle in dataset order: the force layout then begins from
  // the same place on every load.
  const radius = Math.max(200, actors.length * 12);
  const nodes = actors.map((actor, i): ElementDefinition => {
    const angle = (2 * Math.PI * i) / actors.length;
    // Own properties only: the positions object comes from data, and "constructor" is on every object.
    const at = (positions && Object.hasOwn(positions, actor.id) ? positions[actor.id] : undefined) ?? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    return {
      group: 'nodes',
      data: { id: actor.id, label: actor.short ?? actor.name, kind: actor.kind },
      position: { x: at.x, y: at.y },
    };
  });
  const views = pairViews(index, allWeights(index));
  // One arrow per directed pair; its label is written by the fit (graph/fit.ts), which knows the room.
  const pairs = [...index.pairs.values()].map((pair): ElementDefinition => {
    const view = views.get(pair.id)!;
    return {
      group: 'edges',
      classes: 'pair',
      data: { id: pair.id, source: pair.from, target: pair.to, label: '', ldx: 0, ldy: 0, lines: [...view!.lines], tone: view!.tone, weight: view!.weight, inferred: view!.inferred, curved: hasReverse(index.pairs, pair) },
    };
  });
  // Big maps draw pairs only: a second set of arrows, one per stance, would double their weight.
  if (isLargeIndex(index)) return [...nodes, ...pairs];
  const stances = [...index.relations.values()].map((relation): ElementDefinition => {
    const stance = index.stances.get(relation.stance)!;
    return {
      group: 'edges',
      classes: 'stance',
      data: {
        id: relation.id,
        source: relation.from,
        target: relation.to,
        label: stance.label,
        stance: relation.stance,
        tone: stance.tone,
        // Only a stance's own colour is carried; tone colours come from the theme's stylesheet.
        ...(stance.color ? { color: stance.color } : {}),
        weight: relation.weight,
        inferred: relation.inferred,
      },
    };
  });
  return [...nodes, ...pairs, ...stances];
}
