// The only bridge between Cytoscape and the store: canvas events become store actions, and store
// changes become classes, one effect per concern. Handlers read the store with getState() so they
// never go stale, and effects subscribe rather than re-render.
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import type { Index } from '../model/relations';
import { useStore, type ViewState } from '../store/useStore';
import { applyFilter, applyHover, applySelection } from './graphClasses';
import { LABEL_SCALE } from './stylesheet';

/** Fit the map to its box; on small screens, enlarge node labels so they stay readable. */
export function fitToContainer(cy: Core): void {
  cy.resize();
  // A hidden map (list view) has no size to fit into; it fits again when shown.
  if (!cy.width() || !cy.height()) return;
  const narrow = cy.width() < 520;
  cy.fit(undefined, narrow ? 18 : 48);
  cy.scratch(LABEL_SCALE, Math.min(2.6, Math.max(1, 0.85 / cy.zoom())));
  cy.style().update();
}

/** Runs `apply` now and whenever the picked part of the store changes. */
function follow<T>(cy: Core, pick: (s: ViewState) => T, apply: (value: T) => void): () => void {
  apply(pick(useStore.getState()));
  return useStore.subscribe((state, previous) => {
    if (pick(state) !== pick(previous) && !cy.destroyed()) apply(pick(state));
  });
}

export function useGraphBindings(cy: Core | null, container: HTMLElement | null, index: Index): void {
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const { selectActor, selectRelation, clear } = useStore.getState();
      const target = event.target;
      if (target === cy) clear();
      else if (target.isNode()) selectActor(target.id());
      else selectRelation(target.source().id(), target.target().id());
    };
    const onOver = (event: EventObject) => applyHover(cy, event.target);
    const onOut = () => applyHover(cy, null);
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    // Leaving the canvas fast can skip Cytoscape's own mouseout.
    const host = cy.container();
    host?.addEventListener('mouseleave', onOut);
    return () => {
      host?.removeEventListener('mouseleave', onOut);
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    return follow(cy, (s) => s.selection, (selection) => applySelection(cy, index, selection));
  }, [cy, index]);

  useEffect(() => {
    if (!cy) return;
    // Filters change which edges exist, so the selection's faded set is recomputed after them.
    const refilter = () => {
      const { hiddenStances, asOf, selection } = useStore.getState();
      applyFilter(cy, index, { hiddenStances, asOf });
      applySelection(cy, index, selection);
    };
    const stopStances = follow(cy, (s) => s.hiddenStances, refilter);
    const stopAsOf = follow(cy, (s) => s.asOf, refilter);
    return () => {
      stopStances();
      stopAsOf();
    };
  }, [cy, index]);

  useEffect(() => {
    if (!cy || !container) return;
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) fitToContainer(cy);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy, container]);
}
