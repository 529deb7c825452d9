// The one store: ids and flags only. Data lives in the validated Index passed down from main.tsx;
// the graph, the list view, the panel and the URL all read and write the view here, so they cannot disagree.
import { create } from 'zustand';

export const VIEWS = ['graph', 'list'] as const;
export type View = (typeof VIEWS)[number];

export type Selection =
  | { kind: 'actor'; id: string }
  /** A directed pair: everything `from` said about `to`, shown beside what `to` said back. */
  | { kind: 'relation'; from: string; to: string }
  | { kind: 'statement'; id: string }
  | null;

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
type Flags = { arranging: boolean };

type Actions = {
  selectActor: (id: string) => void;
  selectRelation: (from: string, to: string) => void;
  selectStatement: (id: string) => void;
  clear: () => void;
  toggleStance: (id: string) => void;
  /** Show or hide several stances at once (a tone's whole group). */
  setStancesHidden: (ids: string[], hidden: boolean) => void;
  setAsOf: (day: string | null) => void;
  setQuery: (query: string) => void;
  setView: (view: View) => void;
  /** Replace the whole view at once, as when the URL changes under us (Back, Forward, a deep link). */
  applyView: (view: ViewState) => void;
  setArranging: (arranging: boolean) => void;
  reset: () => void;
};

export const initialState: ViewState = { selection: null, hiddenStances: [], asOf: null, query: '', view: 'graph' };

export const useStore = create<ViewState & Flags & Actions>()((set) => ({
  ...initialState,
  arranging: false,
  selectActor: (id) => set({ selection: { kind: 'actor', id } }),
  selectRelation: (from, to) => set({ selection: { kind: 'relation', from, to } }),
  selectStatement: (id) => set({ selection: { kind: 'statement', id } }),
  clear: () => set({ selection: null }),
  toggleStance: (id) =>
    set(({ hiddenStances }) => ({
      hiddenStances: hiddenStances.includes(id) ? hiddenStances.filter((s) => s !== id) : [...hiddenStances, id].sort(),
    })),
  setStancesHidden: (ids, hidden) =>
    set(({ hiddenStances }) => {
      const next = new Set(hiddenStances);
      for (const id of ids) {
        if (hidden) next.add(id);
        else next.delete(id);
      }
      return { hiddenStances: [...next].sort() };
    }),
  setAsOf: (asOf) => set({ asOf }),
  setQuery: (query) => set({ query }),
  setView: (view) => set({ view }),
  applyView: (view) => set(view),
  setArranging: (arranging) => set({ arranging }),
  reset: () => set({ ...initialState, arranging: false }),
}));
