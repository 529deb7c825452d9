import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from './useStore';

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

  it('clears and resets to the overview', () => {
    useStore.getState().selectActor('russia');
    useStore.getState().clear();
    expect(useStore.getState().selection).toBeNull();
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
