// The one store: ids and flags only. Data lives in the validated Index passed down from main.tsx;
// the graph and the panel both read and write the selection here, so they cannot disagree.
import { create } from 'zustand';

export const SELECTION_KINDS = ['actor', 'relation'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export type Selection = { kind: SelectionKind; id: string } | null;

type State = { selection: Selection };
type Actions = {
  selectActor: (id: string) => void;
  selectRelation: (id: string) => void;
  clear: () => void;
  reset: () => void;
};

const initialState: State = { selection: null };

export const useStore = create<State & Actions>()((set) => ({
  ...initialState,
  selectActor: (id) => set({ selection: { kind: 'actor', id } }),
  selectRelation: (id) => set({ selection: { kind: 'relation', id } }),
  clear: () => set({ selection: null }),
  reset: () => set(initialState),
}));
