// Drafts: every edit is written to IndexedDB (through idb-keyval) as it happens, so a reload, a crash
// or a closed tab loses nothing. A draft is keyed by a fingerprint of the dataset it started from,
// so it is offered back to that dataset only; a draft of any other dataset opens as itself.
// A short list of drafts also sits in localStorage: the page checks it synchronously at start, and
// loads this module and IndexedDB only when there is something to offer.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/schema';

export type Draft = {
  /** Fingerprint of the dataset the edits started from. */
  base: string;
  /** Where that dataset came from (the built-in dataset, a URL, a file name). */
  origin: string;
  title: string;
  savedAt: number;
  dataset: Dataset;
  /** The last version that passed validation: what the page shows when the draft opens mid-edit. */
  lastValid: Dataset;
  /** Archived texts by path, the new ones pasted or dropped in the editor included. */
  archives: [string, string][];
};
export type DraftInfo = Pick<Draft, 'base' | 'origin' | 'title' | 'savedAt'>;

import { LIST_KEY } from './draftMarker';

/**
 * FNV-1a (64-bit, as two 32-bit halves) of the dataset's JSON: stable, fast, and available where
 * crypto.subtle is not (a page served over plain http on a local network).
 */
export function fingerprint(dataset: Dataset): string {
  const text = JSON.stringify(dataset);
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

type Shelf = Pick<Storage, 'getItem' | 'setItem'>;
const shelf = (): Shelf | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (a sandboxed frame, privacy settings)
  }
};

/** The drafts this browser holds, newest first; read synchronously, without IndexedDB. */
export function listDrafts(storage: Shelf | null = shelf()): DraftInfo[] {
  try {
    const list: unknown = JSON.parse(storage?.getItem(LIST_KEY) ?? '[]');
    return Array.isArray(list) ? (list as DraftInfo[]).filter((d) => typeof d?.base === 'string').sort((x, y) => y.savedAt - x.savedAt) : [];
  } catch {
    return [];
  }
}

function writeList(list: DraftInfo[], storage: Shelf | null) {
  try {
    storage?.setItem(LIST_KEY, JSON.stringify(list));
  } catch {
    /* full or blocked: the draft itself is still in IndexedDB */
  }
}

const first = (drafts: Map<string, Draft>): Draft | undefined => drafts.values().next().value;

export type DraftStore = {
  save: (draft: Draft) => Promise<void>;
  load: (base: string) => Promise<Draft | undefined>;
  remove: (base: string) => Promise<void>;
};

/** Drafts in IndexedDB; `storage` holds the short list (injectable for tests). */
export function draftStore(storage: Shelf | null = shelf(), db: UseStore = createStore('stancemap', 'drafts')): DraftStore {
  // Writes are serialised and, per draft, the latest wins: a burst of typing never queues a write per key.
  let writing: Promise<void> | null = null;
  const queued = new Map<string, Draft>();
  const write = async (draft: Draft): Promise<void> => {
    await set(draft.base, draft, db);
    const { base, origin, title, savedAt } = draft;
    writeList([{ base, origin, title, savedAt }, ...listDrafts(storage).filter((d) => d.base !== base)], storage);
  };
  const drain = async (): Promise<void> => {
    for (let next = first(queued); next; next = first(queued)) {
      queued.delete(next.base);
      await write(next);
    }
    writing = null;
  };
  return {
    save(draft) {
      queued.set(draft.base, draft);
      writing ??= drain();
      return writing;
    },
    load: (base) => get<Draft>(base, db),
    async remove(base) {
      await writing;
      await del(base, db);
      writeList(listDrafts(storage).filter((d) => d.base !== base), storage);
    },
  };
}
