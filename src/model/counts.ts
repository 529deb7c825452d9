// Counts that follow the reader's view: what the stance filter and the 'as of' day leave visible,
// against the whole, so a count never claims more (or less) than the map shows. Pure.
import { makeVisibility, type Filter } from './filter';
import { plural } from './format';
import { remarkKey, splitRemarks, targetIds, type RemarkSplit } from './provenance';
import type { Statement } from './schema';
import type { Index } from './relations';

/** `about`: remarks about each actor, those that name it apart from those only inferred to be about it. */
export type ActorCounts = { said: Map<string, number>; about: Map<string, RemarkSplit> };

// The last counts per dataset, by view: the overview asks for the whole and for the view (the same
// while nothing is filtered), and each hover over an actor asks again; a pass over every statement
// each time cost 10-20 ms at 500 actors. Callers only read the maps.
const last = new WeakMap<Index, { view: string; counts: ActorCounts }>();

/** Visible remarks by each actor and about each actor: two wordings of one remark count once. */
export function actorCounts(index: Index, filter: Filter): ActorCounts {
  const view = `${filter.asOf ?? ''} ${filter.hiddenStances.join(' ')}`;
  const cached = last.get(index);
  if (cached?.view === view) return cached.counts;
  const counts = countAll(index, filter);
  last.set(index, { view, counts });
  return counts;
}

function countAll(index: Index, filter: Filter): ActorCounts {
  const visible = makeVisibility(index, filter);
  const said = new Map<string, Set<string>>();
  const about = new Map<string, Statement[]>();
  for (const statement of index.dataset.statements) {
    if (!visible(statement)) continue;
    said.set(statement.actor, (said.get(statement.actor) ?? new Set()).add(remarkKey(statement)));
    // A remark about several actors counts once for each.
    for (const id of new Set(targetIds(statement))) {
      const list = about.get(id);
      if (list) list.push(statement);
      else about.set(id, [statement]);
    }
  }
  return {
    said: new Map([...said].map(([id, keys]) => [id, keys.size])),
    about: new Map([...about].map(([id, statements]) => [id, splitRemarks(statements, id)])),
  };
}

/** "15 statements", or "3 of 15 statements shown" when the view hides some. */
export function shownOf(shown: number, total: number, one: string, many = `${one}s`): string {
  return shown === total ? plural(total, one, many) : `${shown} of ${plural(total, one, many)} shown`;
}
