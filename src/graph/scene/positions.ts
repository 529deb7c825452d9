// Apart from toElements, so the static picture (in the page's first chunk) needs none of the element builders.
import type { Index } from '../../model/relations';

/** True when every actor has a hand-arranged position, so the preset layout can be used as is. */
export function hasAllPositions(index: Index): boolean {
  const positions = index.dataset.positions;
  return !!positions && index.dataset.actors.every((actor) => Object.hasOwn(positions, actor.id));
}

/** The actors the data gives a position: the layout keeps them exactly where they are. */
export function givenPositions(index: Index): Set<string> {
  const positions = index.dataset.positions;
  return new Set(positions ? index.dataset.actors.filter((actor) => Object.hasOwn(positions, actor.id)).map((actor) => actor.id) : []);
}
