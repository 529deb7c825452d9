// Store changes become classes on the canvas: the filter, the selection and its spotlight, then the
// labels settled around them. Restyling waits for the frame after the one that paints the panel.
import type { Core } from 'cytoscape';
import type { Index } from '../../model/relations';
import { useStore } from '../../store/useStore';
import { afterPaint } from '../../util/afterPaint';
import { applyFilter, focusArea, markSelected, Spotlight, type Marked } from './graphClasses';
import { settleLabels } from './settleLabels';

/** The longest a selection's restyle waits for the press that made it to be released. */
const RELEASE_WAIT_MS = 1000;

/** Keeps the canvas's classes in step with the store; returns the unbinding. */
export function bindViewState(cy: Core, index: Index): () => void {
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
}
