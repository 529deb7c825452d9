// The editor's changes as pure functions from one dataset to the next: each returns a new dataset
// and leaves its input untouched, so undo is keeping the old value and every change is testable
// without a browser. The editor works on datasets that may be invalid mid-edit (a deleted actor
// still referenced); the validator, not these functions, says what is wrong.
import type { Dataset } from '../model/schema';
import { targetIds } from '../model/provenance';

export const LISTS = ['actors', 'people', 'sources', 'stances', 'statements'] as const;
export type List = (typeof LISTS)[number];
export type Item<L extends List> = Dataset[L][number];
export type AnyItem = Item<List>;

/** Where an id is used: the list and position of the item that refers to it, and through which field. */
export type Reference = { list: List | 'positions'; index: number; id: string; field: string };

/** A slug from a name: "Volodymyr Zelenskiy" -> "volodymyr-zelenskiy"; accents dropped, never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** An id derived from `name` that no item of the list uses yet ("china", then "china-2"). */
export function deriveId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name);
  // "constructor" is refused by the schema (the renderer keys actors by id in a plain object).
  if (!used.has(base) && base !== 'constructor') return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const idsOf = (dataset: Dataset, list: List): string[] => (dataset[list] as AnyItem[]).map((item) => item.id);

/** Every place that refers to `id` of `list`, in dataset order. */
export function references(dataset: Dataset, list: List, id: string): Reference[] {
  const found: Reference[] = [];
  const statements = (field: 'actor' | 'speaker' | 'source' | 'stance') =>
    dataset.statements.forEach((s, index) => {
      if (s[field] === id) found.push({ list: 'statements', index, id: s.id, field });
    });
  switch (list) {
    case 'actors':
      dataset.people.forEach((p, index) => p.actor === id && found.push({ list: 'people', index, id: p.id, field: 'actor' }));
      statements('actor');
      dataset.statements.forEach((s, index) => {
        if (targetIds(s).includes(id)) found.push({ list: 'statements', index, id: s.id, field: 'targets' });
      });
      if (dataset.positions && Object.hasOwn(dataset.positions, id)) found.push({ list: 'positions', index: 0, id, field: 'position' });
      break;
    case 'people':
      statements('speaker');
      break;
    case 'sources':
      statements('source');
      break;
    case 'stances':
      statements('stance');
      break;
    case 'statements':
      break;
  }
  return found;
}

/** The references a reader would call "uses": a position is the actor's own, not a use of it. */
export const usesOf = (dataset: Dataset, list: List, id: string): Reference[] => references(dataset, list, id).filter((r) => r.list !== 'positions');

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const next = items.slice();
  next[index] = item;
  return next;
}

/** Drops the keys whose value is undefined or an empty string: an optional field left blank is absent. */
export function compact<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined && value !== '')) as T;
}

export function addItem<L extends List>(dataset: Dataset, list: L, item: Item<L>): Dataset {
  return { ...dataset, [list]: [...(dataset[list] as Item<L>[]), compact(item)] };
}

/** Replaces the item at `index` with a patched copy; an id change goes through renameId instead. */
export function updateItem<L extends List>(dataset: Dataset, list: L, index: number, patch: Partial<Item<L>>): Dataset {
  const items = dataset[list] as Item<L>[];
  if (!items[index]) return dataset;
  return { ...dataset, [list]: replaceAt(items, index, compact({ ...items[index], ...patch } as Item<L>)) };
}

export function removeItem(dataset: Dataset, list: List, index: number): Dataset {
  const items = dataset[list] as AnyItem[];
  const item = items[index];
  if (!item) return dataset;
  const next = { ...dataset, [list]: items.filter((_, i) => i !== index) } as Dataset;
  // An actor's position goes with it; every other reference stays and the validator names it.
  if (list === 'actors' && dataset.positions && Object.hasOwn(dataset.positions, item.id)) next.positions = withoutKey(dataset.positions, item.id);
  return next;
}

type Positions = NonNullable<Dataset['positions']>;
function withoutKey(positions: Positions, key: string): Positions {
  return Object.fromEntries(Object.entries(positions).filter(([k]) => k !== key));
}

/** Renames an item's id and every reference to it, keeping the order of positions. */
export function renameId(dataset: Dataset, list: List, from: string, to: string): Dataset {
  if (from === to) return dataset;
  const rename = (value: string | undefined) => (value === from ? to : value);
  const next = { ...dataset, [list]: (dataset[list] as AnyItem[]).map((item) => (item.id === from ? { ...item, id: to } : item)) } as Dataset;
  if (list === 'actors') {
    next.people = dataset.people.map((p) => (p.actor === from ? { ...p, actor: to } : p));
    next.statements = dataset.statements.map((s) => {
      const targets = s.targets.map((t) => (typeof t === 'string' ? rename(t)! : t.id === from ? { ...t, id: to } : t));
      const changed = s.actor === from || targets.some((t, i) => t !== s.targets[i]);
      return changed ? { ...s, actor: rename(s.actor)!, targets } : s;
    });
    if (dataset.positions) next.positions = Object.fromEntries(Object.entries(dataset.positions).map(([k, v]) => [k === from ? to : k, v]));
  } else if (list !== 'statements') {
    const field = ({ people: 'speaker', sources: 'source', stances: 'stance' } as const)[list];
    next.statements = dataset.statements.map((s) => (s[field] === from ? { ...s, [field]: to } : s));
  }
  return next;
}

/** The dataset's own fields (title, description, version, updated). */
export type Meta = Pick<Dataset, 'title' | 'description' | 'version' | 'updated'>;
export function updateMeta(dataset: Dataset, patch: Partial<Meta>): Dataset {
  const next = { ...dataset, ...patch };
  for (const key of ['version', 'updated'] as const) if (next[key] === '' || next[key] === undefined) delete next[key];
  return next;
}

/**
 * A spot for a new actor on a hand-arranged map: right of everything placed, at the middle height,
 * so adding an actor never sends the whole map back through the force layout.
 */
export function freePosition(positions: Positions | undefined): { x: number; y: number } | undefined {
  const placed = positions ? Object.values(positions) : [];
  if (!placed.length) return undefined;
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const span = Math.max(100, Math.max(...ys) - Math.min(...ys));
  return { x: Math.round(Math.max(...xs) + span / 3), y: Math.round((Math.max(...ys) + Math.min(...ys)) / 2) };
}

/** Adds an actor, and gives it a position when the map is hand-arranged. */
export function addActor(dataset: Dataset, actor: Item<'actors'>): Dataset {
  const next = addItem(dataset, 'actors', actor);
  const spot = freePosition(dataset.positions);
  return spot ? { ...next, positions: { ...dataset.positions, [actor.id]: spot } } : next;
}
