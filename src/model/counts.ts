// Counts that follow the reader's view: what the stance filter and the 'as of' day leave visible,
// against the whole, so a count never claims more (or less) than the map shows. Pure.
import { makeVisibility, type Filter } from './filter';
import { plural } from './format';
import type { Index } from './relations';

export type ActorCounts = { said: Map<string, number>; about: Map<string, number> };

const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);

/** Visible statements by each actor and about each actor. */
export function actorCounts(index: Index, filter: Filter): ActorCounts {
  const visible = makeVisibility(index, filter);
  const counts: ActorCounts = { said: new Map(), about: new Map() };
  for (const statement of index.dataset.statements) {
    if (!visible(statement)) continue;
    bump(counts.said, statement.actor);
    // A statement about several actors counts once for each.
    new Set(statement.targets).forEach((id) => bump(counts.about, id));
  }
  return counts;
}

/** Whether the filter hides anything at all. */
export const filters = (filter: Filter) => filter.hiddenStances.length > 0 || filter.asOf !== null;

/** "15 statements", or "3 of 15 statements shown" when the view hides some. */
export function shownOf(shown: number, total: number, one: string, many = `${one}s`): string {
  return shown === total ? plural(total, one, many) : `${shown} of ${plural(total, one, many)} shown`;
}
