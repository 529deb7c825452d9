// The statements a view shows and the sources they cite: what a printed page lists under "Sources".
import { targetIds } from './provenance';
import type { Index } from './relations';
import type { Source, Statement } from './schema';
import type { Selection } from './selection';

const between = (statement: Statement, a: string, b: string) =>
  (statement.actor === a && targetIds(statement).includes(b)) || (statement.actor === b && targetIds(statement).includes(a));

/** The statements the panel shows for a selection: an actor's by and about it, a pair's both ways, a statement's pair, or all. */
export function statementsInView(index: Index, selection: Selection, visible: (s: Statement) => boolean): Statement[] {
  const all = index.dataset.statements;
  if (!selection) return all.filter(visible);
  if (selection.kind === 'actor') return all.filter((s) => visible(s) && (s.actor === selection.id || targetIds(s).includes(selection.id)));
  if (selection.kind === 'relation') return all.filter((s) => visible(s) && between(s, selection.from, selection.to));
  const chosen = index.statements.get(selection.id);
  if (!chosen) return [];
  // A chosen statement is shown with its pair, as the panel shows it, and is shown whatever the filters.
  const [from, to] = [chosen.actor, targetIds(chosen)[0]];
  return all.filter((s) => s === chosen || (visible(s) && between(s, from, to)));
}

/** The sources these statements cite, each once, in the order first cited. */
export function sourcesOf(index: Index, statements: readonly Statement[]): Source[] {
  const ids = new Set(statements.map((s) => s.source));
  return [...ids].flatMap((id) => index.sources.get(id) ?? []);
}
