// The one store: ids and flags only. Data lives in the validated Index passed down from main.tsx;
// the graph, the list view, the panel and the URL all read and write the view here, so they cannot disagree.
import { create } from 'zustand';
import type { Selection } from '../model/selection';

export const VIEWS = ['graph', 'list'] as const;
export type View = (typeof VIEWS)[number];

/** What a shared link carries (see url/urlState.ts). */
export type ViewState = {
  selection: Selection;
  /** Stance ids the reader has switched off; empty means every stance is shown. */
  hiddenStances: string[];
  /** Show the map as it stood on this day (YYYY-MM-DD), or null for everything. */
  asOf: string | null;
  query: string;
  view: View;
};

/** Flags that are not part of a shared view, so they stay out of the URL. */
type Flags = {
  arranging: boolean;
  /** The editor is open (its draft lives in editor/editorStore.ts, not here). */
  editing: boolean;
  /** The statement whose quote the source reader shows in its archived text, or null when closed. */
  reading: string | null;
};
export type State = ViewState & Flags;

type Actions = {
  select: (selection: Selection) => void;
  selectActor: (id: string) => void;
  selectRelation: (from: string, to: string) => void;
  selectStatement: (id: string) => void;
  clear: () => void;
  toggleStance: (id: string) => void;
  /** Show or hide several stances at once (a tone's whole group). */
  setStancesHidden: (ids: string[], hidden: boolean) => void;
  /** Hide exactly these stances (a host page's filter command). */
  setHiddenStances: (ids: string[]) => void;
  /** Lift every filter: all stances, every day. */
  showAll: () => void;
  setAsOf: (day: string | null) => void;
  setQuery: (query: string) => void;
  setView: (view: View) => void;
  /** Replace the whole view at once, as when the URL changes under us (Back, Forward, a deep link). */
  applyView: (view: ViewState) => void;
  setArranging: (arranging: boolean) => void;
  setEditing: (editing: boolean) => void;
  showInSource: (statementId: string) => void;
  closeSource: () => void;
  reset: () => void;
};

export const initialState: State = { selection: null, hiddenStances: [], asOf: null, query: '', view: 'graph', arranging: false, editing: false, reading: null };

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

export const useStore = create<State & Actions>()((set) => ({
  ...initialState,
  select: (selection) => set({ selection }),
  selectActor: (id) => set({ selection: { kind: 'actor', id } }),
  selectRelation: (from, to) => set({ selection: { kind: 'relation', from, to } }),
  selectStatement: (id) => set({ selection: { kind: 'statement', id } }),
  clear: () => set({ selection: null }),
  toggleStance: (id) =>
    set(({ hiddenStances }) => ({
      hiddenStances: hiddenStances.includes(id) ? hiddenStances.filter((s) => s !== id) : sorted([...hiddenStances, id]),
    })),
  setStancesHidden: (ids, hidden) =>
    set(({ hiddenStances }) => ({
      hiddenStances: hidden ? sorted([...hiddenStances, ...ids]) : hiddenStances.filter((id) => !ids.includes(id)),
    })),
  setHiddenStances: (ids) => set({ hiddenStances: sorted(ids) }),
  showAll: () => set({ hiddenStances: [], asOf: null }),
  setAsOf: (asOf) => set({ asOf }),
  setQuery: (query) => set({ query }),
  setView: (view) => set({ view }),
  applyView: ({ selection, hiddenStances, asOf, query, view }) => set({ selection, hiddenStances, asOf, query, view }),
  setArranging: (arranging) => set({ arranging }),
  setEditing: (editing) => set({ editing }),
  showInSource: (reading) => set({ reading }),
  closeSource: () => set({ reading: null }),
  reset: () => set(initialState),
}));
