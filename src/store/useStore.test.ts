import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useStore, type State } from './useStore';

const fields = (state: State): State => {
  const { selection, hiddenStances, asOf, query, view, arranging, editing, reading } = state;
  return { selection, hiddenStances, asOf, query, view, arranging, editing, reading };
};

describe('the store', () => {
  beforeEach(() => useStore.getState().reset());

  it('holds one selection at a time, as a kind and an id', () => {
    const { selectActor, selectRelation } = useStore.getState();
    selectActor('china');
    expect(useStore.getState().selection).toEqual({ kind: 'actor', id: 'china' });
    selectRelation('china', 'russia');
    expect(useStore.getState().selection).toEqual({ kind: 'relation', from: 'china', to: 'russia' });
    useStore.getState().selectStatement('wang-sanctions');
    expect(useStore.getState().selection).toEqual({ kind: 'statement', id: 'wang-sanctions' });
  });

  it('clears the selection only', () => {
    useStore.getState().selectActor('russia');
    useStore.getState().setQuery('x');
    useStore.getState().clear();
    expect(useStore.getState().selection).toBeNull();
    expect(useStore.getState().query).toBe('x');
  });

  it('resets every field to the initial state', () => {
    const { selectStatement, toggleStance, setAsOf, setQuery, setView, setArranging, setEditing, showInSource, reset } = useStore.getState();
    selectStatement('wang-sanctions');
    toggleStance('warns');
    setAsOf('2022-02-24');
    setQuery('sanctions');
    setView('list');
    setArranging(true);
    setEditing(true);
    showInSource('wang-sanctions');
    // Every field differs from the start, so a reset that forgets one fails below.
    for (const [key, value] of Object.entries(fields(useStore.getState()))) expect(value, key).not.toEqual(initialState[key as keyof State]);
    reset();
    expect(fields(useStore.getState())).toEqual(initialState);
  });

  it('lifts every filter at once, and hides exactly a given set', () => {
    const { setHiddenStances, setAsOf, showAll } = useStore.getState();
    setHiddenStances(['warns', 'rebukes', 'warns']);
    expect(useStore.getState().hiddenStances).toEqual(['rebukes', 'warns']);
    setAsOf('2022-02-24');
    showAll();
    expect(useStore.getState()).toMatchObject({ hiddenStances: [], asOf: null });
  });

  it('toggles stances one by one or a group at once, keeping the hidden list sorted', () => {
    const { toggleStance, setStancesHidden } = useStore.getState();
    toggleStance('warns');
    toggleStance('rebukes');
    expect(useStore.getState().hiddenStances).toEqual(['rebukes', 'warns']);
    toggleStance('warns');
    expect(useStore.getState().hiddenStances).toEqual(['rebukes']);
    setStancesHidden(['a', 'rebukes'], true);
    expect(useStore.getState().hiddenStances).toEqual(['a', 'rebukes']);
    setStancesHidden(['a', 'rebukes'], false);
    expect(useStore.getState().hiddenStances).toEqual([]);
  });

  it('notifies subscribers once per change, which is how the graph follows the panel', () => {
    const seen: unknown[] = [];
    const stop = useStore.subscribe((state) => seen.push(state.selection));
    useStore.getState().selectActor('ukraine');
    useStore.getState().clear();
    stop();
    expect(seen).toEqual([{ kind: 'actor', id: 'ukraine' }, null]);
  });
});
