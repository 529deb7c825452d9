import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../store/useStore';
import { bindPointer } from './pointerBindings';
import { testGraph } from './testMap';

const { cy } = testGraph();

afterEach(() => useStore.getState().clear());

describe('bindPointer', () => {
  it('selects the actor or the relation tapped, clears on a tap on the background, and unbinds', () => {
    const unbind = bindPointer(cy, () => undefined);
    cy.getElementById('b').emit('tap');
    expect(useStore.getState().selection).toEqual({ kind: 'actor', id: 'b' });
    cy.getElementById('a>b').emit('tap');
    expect(useStore.getState().selection).toEqual({ kind: 'relation', from: 'a', to: 'b' });
    // A stance arrow selects its pair's direction, as the pair arrow does.
    cy.getElementById('b>a>warns').emit('tap');
    expect(useStore.getState().selection).toEqual({ kind: 'relation', from: 'b', to: 'a' });
    cy.emit('tap');
    expect(useStore.getState().selection).toBeNull();
    unbind();
    cy.getElementById('c').emit('tap');
    expect(useStore.getState().selection).toBeNull();
  });
});
