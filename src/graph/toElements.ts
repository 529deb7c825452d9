// Pure: a validated index in, fresh Cytoscape element definitions out. Cytoscape writes into the
// data objects it is given, so nothing here may share objects with the dataset.
import type { ElementDefinition } from 'cytoscape';
import type { Index } from '../model/relations';

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
  const edges = [...index.relations.values()].map((relation): ElementDefinition => {
    const stance = index.stances.get(relation.stance)!;
    return {
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.from,
        target: relation.to,
        label: stance.label,
        tone: stance.tone,
        // Only a stance's own colour is carried; tone colours come from the theme's stylesheet.
        ...(stance.color ? { color: stance.color } : {}),
        weight: relation.statements.length,
      },
    };
  });
  return [...nodes, ...edges];
}

/** True when every actor has a hand-arranged position, so the preset layout can be used as is. */
export function hasAllPositions(index: Index): boolean {
  const positions = index.dataset.positions;
  return !!positions && index.dataset.actors.every((actor) => Object.hasOwn(positions, actor.id));
}
