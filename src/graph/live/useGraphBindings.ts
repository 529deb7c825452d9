// The only bridge between Cytoscape and the store: canvas events become store actions, and store
// changes become classes, one effect per concern. Handlers read the store with getState() so they
// never go stale, and effects subscribe rather than re-render.
import { useEffect, useState } from 'react';
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { sameSelection, type Selection } from '../../model/selection';
import type { Index } from '../../model/relations';
import { useStore, type State } from '../../store/useStore';
import { afterPaint } from '../../util/afterPaint';
import { applyFilter, focusArea, markSelected, Spotlight, type Marked } from './graphClasses';
import type { Hover } from './HoverCard';
import { settleLabels } from './settleLabels';

/** Where the hover card goes: beside the pointer, and inside the map's box. */
function hoverAt(event: EventObject): Hover {
  const target = event.target;
  const { x, y } = event.renderedPosition;
  const cy = event.cy;
  const card = { width: 260, height: 140 };
  const at = { x: x + 16 + card.width > cy.width() ? Math.max(4, x - 16 - card.width) : x + 16, y: Math.min(Math.max(4, y + 16), Math.max(4, cy.height() - card.height)) };
  if (target.isNode()) return { target: { kind: 'actor', id: target.id() }, ...at };
  const stance = target.hasClass('stance') ? String(target.data('stance')) : undefined;
  return { target: { kind: 'pair', from: target.source().id(), to: target.target().id(), stance }, ...at };
}

/** What a click on a canvas element selects: the actor, or the relation an arrow draws. */
function selectionOf(target: NodeSingular | EdgeSingular): Selection {
  if (target.isNode()) return { kind: 'actor', id: target.id() };
  const edge = target as EdgeSingular;
  return { kind: 'relation', from: edge.source().id(), to: edge.target().id() };
}

/** Runs `apply` now and whenever the picked part of the store changes. */
function follow<T>(cy: Core, pick: (s: State) => T, apply: (value: T) => void): () => void {
  apply(pick(useStore.getState()));
  return useStore.subscribe((state, previous) => {
    if (pick(state) !== pick(previous) && !cy.destroyed()) apply(pick(state));
  });
}

// Moving between actors sends mouseout then mouseover; waiting this long before clearing the hover
// lets the spotlight move instead of switching off and on (which restyles every element twice).
const HOVER_CLEAR_MS = 120;
/** The longest a selection's restyle waits for the press that made it to be released. */
const RELEASE_WAIT_MS = 1000;

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
  useEffect(() => {
    if (!cy) return;
    const hover = new Spotlight(cy, 'dim');
    let clearTimer = 0;
    const onTap = (event: EventObject) => {
      const { select, selection, clear } = useStore.getState();
      const target = event.target;
      if (target === cy) return clear();
      const chosen = selectionOf(target);
      // A mouse press has already selected it (onPress).
      if (!sameSelection(chosen, selection)) select(chosen);
    };
    // A mouse press on an actor or an arrow selects it at once, not on release: the panel answers
    // while Cytoscape is still drawing the press. A press that becomes a drag keeps the selection
    // (dragging pans the map, or moves the actor in arrange mode). Touch waits for the tap, since a
    // finger on the map may be scrolling the page.
    const onPress = (event: EventObject) => {
      const original = event.originalEvent;
      if (!(original instanceof MouseEvent) || original.button !== 0 || event.target === cy) return;
      const { select, selection } = useStore.getState();
      const chosen = selectionOf(event.target);
      if (!sameSelection(chosen, selection)) select(chosen);
    };
    const host = cy.container();
    const onOver = (event: EventObject) => {
      window.clearTimeout(clearTimer);
      hover.show(focusArea(event.target));
      if (host) host.style.cursor = 'pointer';
      onHover(hoverAt(event));
    };
    const onOut = () => {
      window.clearTimeout(clearTimer);
      if (host) host.style.cursor = '';
      onHover(null);
      clearTimer = window.setTimeout(() => !cy.destroyed() && hover.show(null), HOVER_CLEAR_MS);
    };
    // For the benchmark: the moment the graph has drawn once and answers input.
    cy.one('render', () => performance.mark('stancemap:graph-ready'));
    cy.on('tap', onTap);
    cy.on('tapstart', 'node, edge', onPress);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    // Leaving the canvas fast can skip Cytoscape's own mouseout.
    host?.addEventListener('mouseleave', onOut);
    return () => {
      window.clearTimeout(clearTimer);
      host?.removeEventListener('mouseleave', onOut);
      cy.removeListener('tap', onTap);
      cy.removeListener('tapstart', 'node, edge', onPress);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [cy, onHover]);

  useEffect(() => {
    if (!cy) return;
    const spotlight = new Spotlight(cy, 'faded');
    let marked: Marked | undefined;
    // A new selection restyles only what it marks; the filter (every arrow's weight and label) is
    // redone only when the filter changes.
    let filtered = false;
    const refresh = () => {
      cancel = null;
      if (cy.destroyed()) return;
      const { selection, hiddenStances, asOf } = useStore.getState();
      if (!filtered) applyFilter(cy, index, { hiddenStances, asOf });
      filtered = true;
      marked = markSelected(cy, index, selection, marked);
      spotlight.show(marked.selected.empty() ? null : focusArea(marked.selected));
      settleLabels(cy);
    };
    // The view as it starts is drawn in the first frame; later changes wait for the frame that
    // paints the panel, so a click answers first and the canvas follows in the next frame.
    const first = requestAnimationFrame(refresh);
    let cancel: (() => void) | null = () => cancelAnimationFrame(first);
    // A press selects at once (onPress) and the panel answers; the canvas restyle waits for the
    // release too, so neither the press's frame nor the release's carries it. A release that never
    // arrives (the pointer let go outside the window) is not waited for long.
    let pressed = false;
    let waiting = false;
    let releaseTimer = 0;
    const schedule = (filter: boolean) => {
      if (filter) filtered = false;
      if (pressed) waiting = true;
      else cancel ??= afterPaint(refresh);
    };
    const onDown = () => {
      pressed = true;
      window.clearTimeout(releaseTimer);
      releaseTimer = window.setTimeout(onUp, RELEASE_WAIT_MS);
    };
    const onUp = () => {
      pressed = false;
      window.clearTimeout(releaseTimer);
      if (waiting) schedule(false);
      waiting = false;
    };
    const host = cy.container();
    // DOM events, not Cytoscape's: pointerdown comes before the mousedown that selects.
    host?.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
    const stop = useStore.subscribe((state, previous) => {
      if (state.hiddenStances !== previous.hiddenStances || state.asOf !== previous.asOf) schedule(true);
      else if (state.selection !== previous.selection) schedule(false);
    });
    return () => {
      cancel?.();
      stop();
      window.clearTimeout(releaseTimer);
      host?.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
    };
  }, [cy, index]);

  useEffect(() => {
    if (!cy) return;
    // Actors can be dragged only in arrange mode, so a reader's pan never moves them by accident.
    return follow(cy, (s) => s.arranging, (arranging) => cy.autoungrabify(!arranging));
  }, [cy]);
}
