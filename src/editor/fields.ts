// What each list's form asks for, written once: labels, input kinds and the choices offered. The
// statement form is its own component (targets, inferred days, anchored quotes); the rest are here.
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import { ACTOR_KINDS, SOURCE_KINDS, TONES } from '../model/vocabulary';
import type { AnyItem, List } from './operations';

export type Choice = { value: string; label: string };
export type Field = {
  key: string;
  label: string;
  input: 'text' | 'textarea' | 'select' | 'date' | 'url' | 'id' | 'readonly' | 'list';
  optional?: boolean;
  hint?: string;
  choices?: (dataset: Dataset) => Choice[];
};

const fixed = (values: readonly string[]) => () => values.map((value) => ({ value, label: value }));
export const actorChoices = (dataset: Dataset): Choice[] => dataset.actors.map((a) => ({ value: a.id, label: a.short ? `${a.name} (${a.short})` : a.name }));

const id: Field = { key: 'id', label: 'Id', input: 'id', hint: 'Used in links and by other entries; renaming it updates them all' };

export const FIELDS: Record<Exclude<List, 'statements'>, Field[]> = {
  actors: [
    { key: 'name', label: 'Name', input: 'text' },
    id,
    { key: 'kind', label: 'Kind', input: 'select', choices: fixed(ACTOR_KINDS) },
    { key: 'short', label: 'Short name', input: 'text', optional: true, hint: 'Drawn on the map instead of the name, e.g. "US"' },
    { key: 'aliases', label: 'Other spellings', input: 'list', optional: true, hint: 'Separated by ";". Search finds the name by these, e.g. "Zelensky; Zelenskyy"' },
    { key: 'description', label: 'Description', input: 'textarea', optional: true },
  ],
  people: [
    { key: 'name', label: 'Name', input: 'text' },
    id,
    { key: 'role', label: 'Role', input: 'text', hint: 'As the source gives it, e.g. "Foreign ministry spokesperson"' },
    { key: 'roleFrom', label: 'Role taken from', input: 'textarea', optional: true, hint: 'Where the wording comes from when the source gives no title' },
    { key: 'actor', label: 'Speaks for', input: 'select', choices: actorChoices },
    { key: 'aliases', label: 'Other spellings', input: 'list', optional: true, hint: 'Separated by ";". Search finds the name by these, e.g. "Zelensky; Zelenskyy"' },
  ],
  sources: [
    { key: 'publisher', label: 'Publisher', input: 'text' },
    id,
    { key: 'title', label: 'Headline', input: 'text', optional: true, hint: 'Exactly as published; leave out if unsure' },
    { key: 'url', label: 'Link', input: 'url' },
    { key: 'published', label: 'Published', input: 'date' },
    { key: 'kind', label: 'Kind', input: 'select', optional: true, choices: fixed(SOURCE_KINDS) },
    { key: 'archive', label: 'Archived text', input: 'readonly', optional: true, hint: 'Quotes from this source are checked against it' },
    { key: 'metadataFrom', label: 'Details taken from', input: 'textarea', optional: true, hint: 'Where the publisher, link and date come from when the archived text does not show them' },
  ],
  stances: [
    { key: 'label', label: 'Label', input: 'text' },
    id,
    { key: 'tone', label: 'Tone', input: 'select', choices: fixed(TONES) },
    { key: 'description', label: 'What it means', input: 'textarea', optional: true },
  ],
};

/** A list field as typed: parts separated by ";", as in the spreadsheet templates; an empty list is no list. */
export function splitList(text: string): string[] | undefined {
  const parts = text.split(';').map((part) => part.trim()).filter(Boolean);
  return parts.length ? parts : undefined;
}
export const joinList = (parts: readonly string[] | undefined): string => (parts ?? []).join('; ');

/** A line that names an item in a list. */
export function itemLabel(dataset: Dataset, list: List, item: AnyItem): string {
  switch (list) {
    case 'actors':
    case 'people':
      return (item as { name: string }).name;
    case 'sources': {
      const s = item as Dataset['sources'][number];
      return `${s.publisher}${s.title ? `: ${s.title}` : ''}, ${s.published}`;
    }
    case 'stances':
      return (item as Dataset['stances'][number]).label;
    case 'statements': {
      const s = item as Dataset['statements'][number];
      const who = dataset.people.find((p) => p.id === s.speaker)?.name ?? dataset.actors.find((a) => a.id === s.actor)?.name ?? s.actor;
      const words = s.quote.length > 60 ? `${s.quote.slice(0, 60)}…` : s.quote;
      return `${who}: “${words}”`;
    }
  }
}

export const LIST_NAMES: Record<List, { plural: string; one: string }> = {
  actors: { plural: 'Actors', one: 'actor' },
  people: { plural: 'People', one: 'person' },
  sources: { plural: 'Sources', one: 'source' },
  stances: { plural: 'Stances', one: 'stance' },
  statements: { plural: 'Statements', one: 'statement' },
};

/** The input id of a field in the open form, so a problem's link can focus it. */
export const fieldId = (list: List | 'meta', key: string) => `edit-${list}-${key}`;

/** A problem's path as the form and field at fault: "statements[3].targets[0].id" -> statements, 3, targets. */
export function problemTarget(path: string): { list: List | 'meta'; index: number; key: string } | null {
  const item = /^(actors|people|sources|stances|statements)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (item) return { list: item[1] as List, index: Number(item[2]), key: item[3] ?? 'id' };
  const meta = /^(title|description|version|updated)$/.exec(path);
  return meta ? { list: 'meta', index: 0, key: meta[1] } : null;
}

/** The first error of each field of one item, by field name. */
export function fieldErrors(problems: Problem[], list: List, index: number): Map<string, string> {
  return errorsByItem(problems, list).get(index) ?? new Map();
}

/** The same for every item of a list in one pass (the list's badges), by item position. */
export function errorsByItem(problems: Problem[], list: List): Map<number, Map<string, string>> {
  const items = new Map<number, Map<string, string>>();
  for (const p of problems) {
    const at = p.level === 'error' ? problemTarget(p.path) : null;
    if (!at || at.list !== list) continue;
    const errors = items.get(at.index) ?? new Map<string, string>();
    if (!errors.has(at.key)) errors.set(at.key, p.message);
    items.set(at.index, errors);
  }
  return items;
}
