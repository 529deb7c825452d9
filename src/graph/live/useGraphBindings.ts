// The only bridge between Cytoscape and the store, one effect per concern: canvas events become store
// actions (pointerBindings.ts), store changes become classes (viewStateBindings.ts), and arrange mode
// lets actors be dragged. Effects subscribe rather than re-render.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Index } from '../../model/relations';
import { useStore, type State } from '../../store/useStore';
import type { Hover } from './HoverCard';
import { bindPointer } from './pointerBindings';
import { bindViewState } from './viewStateBindings';

/** Runs `apply` now and whenever the picked part of the store changes. */
function follow<T>(cy: Core, pick: (s: State) => T, apply: (value: T) => void): () => void {
  apply(pick(useStore.getState()));
  return useStore.subscribe((state, previous) => {
    if (pick(state) !== pick(previous) && !cy.destroyed()) apply(pick(state));
  });
}

/**
 * Embedded maps keep the wheel for the article's scroll until the reader clicks into the map.
 * Returns whether zoom is still locked, for the hint.
 */
export function useZoomLock(cy: Core | null, locked: boolean): boolean {
  const [waiting, setWaiting] = useState(locked);
  useEffect(() => {
    if (!cy || !waiting) return;
    cy.userZoomingEnabled(false);
    const unlock = () => {
      cy.userZoomingEnabled(true);
      setWaiting(false);
    };
    cy.one('tapstart', unlock);
    return () => {
      cy.removeListener('tapstart', unlock);
    };
  }, [cy, waiting]);
  return waiting;
}

export function useGraphBindings(cy: Core | null, index: Index, onHover: (hover: Hover | null) => void): void {
  useEffect(() => (cy ? bindPointer(cy, onHover) : undefined), [cy, onHover]);
  useEffect(() => (cy ? bindViewState(cy, index) : undefined), [cy, index]);
  useEffect(() => {
    if (!cy) return;
    // Actors can be dragged only in arrange mode, so a reader's pan never moves them by accident.
    return follow(cy, (s) => s.arranging, (arranging) => cy.autoungrabify(!arranging));
  }, [cy]);
}
