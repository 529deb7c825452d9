// The editor's working copy. Apart from the page's store (which holds ids and flags only) because a
// draft is data: the dataset being edited, its archived texts, and its undo history. It lives for
// the page's life, so closing the editor and opening it again keeps the session and its history.
import { create } from 'zustand';
import type { Archives } from '../model/archives';
import type { Dataset } from '../model/schema';
import { commit, redo, seal, start, undo, type History } from './history';

export type Snapshot = { dataset: Dataset; archives: Archives };
export type Session = {
  /** Fingerprint of the dataset the session started from: the draft's key. */
  base: string;
  origin: string;
  history: History<Snapshot>;
  /** The snapshot last downloaded or saved to a file; leaving with another one warns. */
  saved: Snapshot;
  /** The last snapshot that passed validation: what the map shows, and what a restored draft opens with. */
  lastValid: Dataset;
};

type EditorState = {
  session: Session | null;
  /** A draft the page asked to restore as soon as the editor opens on its dataset. */
  restoreOnOpen: string | null;
  begin: (base: string, origin: string, snapshot: Snapshot, saved?: Snapshot) => void;
  change: (next: Snapshot, key?: string) => void;
  /** The same change, with only the dataset replaced. */
  edit: (dataset: Dataset, key?: string) => void;
  undo: () => void;
  redo: () => void;
  seal: () => void;
  markValid: (dataset: Dataset) => void;
  markSaved: () => void;
  setRestoreOnOpen: (base: string | null) => void;
};

const withHistory = (session: Session | null, step: (h: History<Snapshot>) => History<Snapshot>) =>
  session ? { session: { ...session, history: step(session.history) } } : {};

export const useEditor = create<EditorState>()((set, get) => ({
  session: null,
  restoreOnOpen: null,
  begin: (base, origin, snapshot, saved = snapshot) => set({ session: { base, origin, history: start(snapshot), saved, lastValid: snapshot.dataset } }),
  change: (next, key) => set(({ session }) => withHistory(session, (h) => commit(h, next, key ?? null))),
  edit: (dataset, key) => {
    const present = get().session?.history.present;
    if (present) get().change({ ...present, dataset }, key);
  },
  undo: () => set(({ session }) => withHistory(session, undo)),
  redo: () => set(({ session }) => withHistory(session, redo)),
  seal: () => set(({ session }) => withHistory(session, seal)),
  markValid: (lastValid) => set(({ session }) => (session ? { session: { ...session, lastValid } } : {})),
  markSaved: () => set(({ session }) => (session ? { session: { ...session, saved: session.history.present } } : {})),
  setRestoreOnOpen: (restoreOnOpen) => set({ restoreOnOpen }),
}));

export const isDirty = (session: Session | null) => !!session && session.history.present !== session.saved;
