// What a reader can select, and the one check of a selection against the loaded data, shared by
// the URL (deep links, Back/Forward) and the embed's host commands.
import type { Index } from './relations';

export type Selection =
  | { kind: 'actor'; id: string }
  /** A directed pair: everything `from` said about `to`, shown beside what `to` said back. */
  | { kind: 'relation'; from: string; to: string }
  | { kind: 'statement'; id: string }
  | null;

type Named = { actor?: string | null; from?: string | null; to?: string | null; statement?: string | null };

/** The selection some named ids ask for (a URL's parameters, a host's message): a statement first, then a pair, then an actor. */
export function namedSelection({ actor, from, to, statement }: Named): Selection {
  if (statement) return { kind: 'statement', id: statement };
  if (from && to) return { kind: 'relation', from, to };
  return actor ? { kind: 'actor', id: actor } : null;
}

/** The selection if the data knows every id in it, else null. */
export function knownSelection(index: Index, selection: Selection): Selection {
  if (!selection) return null;
  switch (selection.kind) {
    case 'actor':
      return index.actors.has(selection.id) ? selection : null;
    case 'statement':
      return index.statements.has(selection.id) ? selection : null;
    case 'relation':
      return selection.from !== selection.to && index.actors.has(selection.from) && index.actors.has(selection.to) ? selection : null;
  }
}

/** Field by field, so two selections of the same thing compare equal whatever their key order. */
export function sameSelection(a: Selection, b: Selection): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'relation') return b.kind === 'relation' && a.from === b.from && a.to === b.to;
  return a.kind === b.kind && a.id === (b as { id: string }).id;
}
