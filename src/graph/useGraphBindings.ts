// The only bridge between Cytoscape and the store: canvas events become store actions, and store
// changes become classes. Handlers read the store with getState() so they never go stale.
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useStore, type Selection } from '../store/useStore';
import { LABEL_SCALE } from './stylesheet';

/** Fit the map to its box; on small screens, enlarge node labels so they stay readable. */
export function fitToContainer(cy: Core): void {
  cy.resize();
  const narrow = cy.width() < 520;
  cy.fit(undefined, narrow ? 18 : 48);
  cy.scratch(LABEL_SCALE, Math.min(2.6, Math.max(1, 0.85 / cy.zoom())));
  cy.style().update();
}

export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded');
    const target = selection ? cy.getElementById(selection.id) : cy.collection();
    if (target.empty()) return;
    target.addClass('selected');
    // Keep the selection's neighbourhood (or an edge's two ends and the edges between them) in full.
    const ends = target.edges().connectedNodes();
    const keep = target.isNode() ? target.closedNeighborhood() : ends.union(ends.edgesWith(ends));
    cy.elements().difference(keep).addClass('faded');
  });
}

export function useGraphBindings(cy: Core | null, container: HTMLElement | null): void {
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const { selectActor, selectRelation, clear } = useStore.getState();
      if (event.target === cy) clear();
      else if (event.target.isNode()) selectActor(event.target.id());
      else selectRelation(event.target.id());
    };
    cy.on('tap', onTap);
    return () => {
      cy.removeListener('tap', onTap);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    applySelection(cy, useStore.getState().selection);
    return useStore.subscribe((state, previous) => {
      if (state.selection !== previous.selection && !cy.destroyed()) applySelection(cy, state.selection);
    });
  }, [cy]);

  useEffect(() => {
    if (!cy || !container) return;
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) fitToContainer(cy);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy, container]);
}
