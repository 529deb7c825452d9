// Canvas events become store actions: a tap or a mouse press selects, hovering lights up a
// neighbourhood and shows the hover card. Handlers read the store with getState() so they never go stale.
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { sameSelection, type Selection } from '../../model/selection';
import { useStore } from '../../store/useStore';
import { focusArea, Spotlight } from './graphClasses';
import type { Hover } from './HoverCard';

// Moving between actors sends mouseout then mouseover; waiting this long before clearing the hover
// lets the spotlight move instead of switching off and on (which restyles every element twice).
const HOVER_CLEAR_MS = 120;

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

/** Binds the pointer to the store; returns the unbinding. */
export function bindPointer(cy: Core, onHover: (hover: Hover | null) => void): () => void {
  const hover = new Spotlight(cy, 'dim');
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
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
    clearTimeout(clearTimer);
    hover.show(focusArea(event.target));
    if (host) host.style.cursor = 'pointer';
    onHover(hoverAt(event));
  };
  const onOut = () => {
    clearTimeout(clearTimer);
    if (host) host.style.cursor = '';
    onHover(null);
    clearTimer = setTimeout(() => !cy.destroyed() && hover.show(null), HOVER_CLEAR_MS);
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
    clearTimeout(clearTimer);
    host?.removeEventListener('mouseleave', onOut);
    cy.removeListener('tap', onTap);
    cy.removeListener('tapstart', 'node, edge', onPress);
    cy.removeListener('mouseover', 'node, edge', onOver);
    cy.removeListener('mouseout', 'node, edge', onOut);
  };
}
