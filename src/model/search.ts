// One search over actors (and their aliases), people, stances, the arrows that carry a stance, and
// statement text. Exact matches (ignoring case and accents) come first; then matches by spelling
// (spelling.ts), so "zelensky" and "Zelenskyy" find "Volodymyr Zelenskiy".
import type { Index } from './relations';
import { actorName, plural, speakerOf } from './format';
import { fold, matchSpelling, queryKeys, wordsOf, type Word } from './spelling';

export const RESULT_KINDS = ['actor', 'person', 'stance', 'relation', 'statement'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export type Result = { kind: ResultKind; id: string; label: string; detail: string };
export type ResultGroup = { kind: ResultKind; title: string; results: Result[] };

const TITLES: Record<ResultKind, string> = { actor: 'Actors', person: 'People', stance: 'Stances', relation: 'Arrows', statement: 'Statements' };
const LIMIT = 8;

/** A window of the text around the first match, so a long quote shows where it matched. */
function excerpt(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + length + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

// The words of every searchable text, worked out once per dataset and only when a spelling match is needed.
const wordCache = new WeakMap<Index, Map<string, Word[]>>();
function cachedWords(index: Index, text: string): Word[] {
  let cache = wordCache.get(index);
  if (!cache) wordCache.set(index, (cache = new Map()));
  let words = cache.get(text);
  if (!words) cache.set(text, (words = wordsOf(text)));
  return words;
}

type Query = { needle: string; keys: string[] };
type Candidate<T> = { item: T; texts: string[] };

/**
 * Up to LIMIT items: those whose texts contain the query, then those that match it by spelling.
 * `at` is the offset of the match in the item's first text (for excerpts).
 */
function find<T>(index: Index, query: Query, candidates: Iterable<Candidate<T>>): { item: T; at: number }[] {
  const exact: { item: T; at: number }[] = [];
  const near: Candidate<T>[] = [];
  for (const candidate of candidates) {
    const hits = candidate.texts.map((t) => fold(t).indexOf(query.needle));
    if (hits.some((i) => i >= 0)) exact.push({ item: candidate.item, at: Math.max(0, hits[0]) });
    else near.push(candidate);
    if (exact.length >= LIMIT) return exact;
  }
  const found = exact;
  for (const { item, texts } of near) {
    if (found.length >= LIMIT) break;
    const at = texts.map((t) => matchSpelling(query.keys, cachedWords(index, t)));
    if (at.some((i) => i >= 0)) found.push({ item, at: Math.max(0, at[0]) });
  }
  return found;
}

export function search(index: Index, text: string): ResultGroup[] {
  const query = { needle: fold(text.trim()), keys: queryKeys(text) };
  if (!query.needle) return [];
  const { dataset } = index;
  const results: Record<ResultKind, Result[]> = { actor: [], person: [], stance: [], relation: [], statement: [] };

  const actors = dataset.actors.map((actor) => ({ item: actor, texts: [actor.name, actor.short ?? '', ...(actor.aliases ?? [])] }));
  results.actor = find(index, query, actors).map(({ item }) => ({ kind: 'actor', id: item.id, label: item.name, detail: item.short ?? '' }));

  const people = dataset.people.map((person) => ({ item: person, texts: [person.name, ...(person.aliases ?? []), person.role] }));
  results.person = find(index, query, people).map(({ item }) => ({ kind: 'person', id: item.id, label: item.name, detail: `${item.role}, ${actorName(index, item.actor)}` }));

  const stances = find(index, query, dataset.stances.map((stance) => ({ item: stance, texts: [stance.label] }))).map(({ item }) => item);
  const arrows = [...index.relations.values()].filter((relation) => stances.some((stance) => stance.id === relation.stance));
  results.stance = stances.map((stance) => ({ kind: 'stance', id: stance.id, label: stance.label, detail: plural(arrows.filter((r) => r.stance === stance.id).length, 'arrow') }));
  results.relation = arrows.slice(0, LIMIT).map((relation) => ({
    kind: 'relation',
    id: relation.id,
    label: `${actorName(index, relation.from)} → ${actorName(index, relation.to)}`,
    detail: index.stances.get(relation.stance)?.label ?? relation.stance,
  }));

  const statements = dataset.statements.map((statement) => ({ item: statement, texts: [statement.quote] }));
  results.statement = find(index, query, statements).map(({ item, at }) => ({
    kind: 'statement',
    id: item.id,
    label: excerpt(item.quote, at, query.needle.length),
    detail: speakerOf(index, item).name,
  }));

  return RESULT_KINDS.map((kind) => ({ kind, title: TITLES[kind], results: results[kind] })).filter((g) => g.results.length);
}
