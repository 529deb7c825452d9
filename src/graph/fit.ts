// Fitting the map to its box, shared by the first draw, a resize and the fit operation.
import type { Core } from 'cytoscape';
import { isLarge } from './graphClasses';
import { LABEL_SCALE } from './stylesheet';

/** Fit the map to its box; on small screens, enlarge node labels so they stay readable. */
export function fitToContainer(cy: Core): void {
  cy.resize();
  // A hidden map (list view) has no size to fit into; it fits again when shown.
  if (!cy.width() || !cy.height()) return;
  const narrow = cy.width() < 520;
  cy.fit(undefined, narrow ? 18 : 48);
  // Restyling every element costs about 0.1 ms each, so only when the scale really changes, and never
  // on big maps, whose labels are too small to draw at full view anyway.
  const scale = isLarge(cy) ? 1 : Math.round(Math.min(2.6, Math.max(1, 0.85 / cy.zoom())) * 10) / 10;
  if (scale === ((cy.scratch(LABEL_SCALE) as number | undefined) ?? 1)) return;
  cy.scratch(LABEL_SCALE, scale);
  cy.style().update();
}
