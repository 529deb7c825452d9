// One search over actors, people and statement text. Matching ignores case and accents, so
// "zelenskiy", "Zelenskiy" and "Zelenskíy" all find the same person.
import type { Index } from './relations';
import { speakerOf } from './format';

export type ResultKind = 'actor' | 'person' | 'statement';
export type Result = { kind: ResultKind; id: string; label: string; detail: string };
export type ResultGroup = { kind: ResultKind; title: string; results: Result[] };

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const LIMIT = 8;

/** A window of the text around the first match, so a long quote shows where it matched. */
function excerpt(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + length + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export function search(index: Index, query: string): ResultGroup[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const groups: ResultGroup[] = [
    { kind: 'actor', title: 'Actors', results: [] },
    { kind: 'person', title: 'People', results: [] },
    { kind: 'statement', title: 'Statements', results: [] },
  ];
  const [actors, people, statements] = groups.map((g) => g.results);
  for (const actor of index.dataset.actors) {
    if (actors.length < LIMIT && [actor.name, actor.short ?? ''].some((t) => fold(t).includes(needle))) {
      actors.push({ kind: 'actor', id: actor.id, label: actor.name, detail: actor.short ?? '' });
    }
  }
  for (const person of index.dataset.people) {
    if (people.length < LIMIT && [person.name, person.role].some((t) => fold(t).includes(needle))) {
      const actor = index.actors.get(person.actor)?.name ?? person.actor;
      people.push({ kind: 'person', id: person.id, label: person.name, detail: `${person.role}, ${actor}` });
    }
  }
  for (const statement of index.dataset.statements) {
    if (statements.length >= LIMIT) break;
    // Folding keeps the string length for Latin text, so the match offset still points into the quote.
    const at = fold(statement.quote).indexOf(needle);
    if (at >= 0) {
      statements.push({ kind: 'statement', id: statement.id, label: excerpt(statement.quote, at, needle.length), detail: speakerOf(index, statement).name });
    }
  }
  return groups.filter((g) => g.results.length);
}
