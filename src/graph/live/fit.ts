// The default view: fit the map to its box, size nodes and labels for it, and place the edge labels
// where they are clear of everything else, with the same rules as the static picture (scene.ts).
import type { Core, EdgeSingular } from 'cytoscape';
import { canvasMeasure } from '../scene/measure';
import { bounds, fitViewport, placeLabels, sizesFor, type SceneEdge, type SceneNode, type Viewport } from '../scene/scene';
import { SCENE, type SceneScratch } from './stylesheet';
import { isLargeCy } from './graphClasses';
import { settleLabels } from './settleLabels';

/** The nodes and drawn pair arrows of the live graph, as scene.ts reads them. */
function sceneOf(cy: Core): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label') ?? ''), at: n.position() }));
  const edges: SceneEdge[] = [];
  cy.edges('.pair').forEach((e: EdgeSingular) => {
    if (e.hasClass('hidden')) return;
    edges.push({ id: e.id(), from: e.source().id(), to: e.target().id(), lines: e.data('lines') as string[], weight: Number(e.data('weight')), curved: !!e.data('curved') });
  });
  return { nodes, edges };
}

/** Writes each pair arrow's wrapped label and its offset, for the scene the fit was made for. */
export function layoutLabels(cy: Core): void {
  const measure = canvasMeasure();
  const fitted = cy.scratch(SCENE) as SceneScratch | undefined;
  if (!measure || !fitted || isLargeCy(cy)) return;
  const { nodes, edges } = sceneOf(cy);
  // Labels are placed for the default view, in its screen pixels; zooming scales them all alike.
  const viewport = { zoom: fitted.zoom, pan: { x: 0, y: 0 } };
  const spots = placeLabels(nodes, edges, viewport, fitted.sizes, measure);
  cy.batch(() => {
    cy.edges('.pair').forEach((edge: EdgeSingular) => {
      const spot = spots.get(edge.id());
      const next = { label: spot?.text ?? '', ldx: (spot?.offset.x ?? 0) / fitted.zoom, ldy: (spot?.offset.y ?? 0) / fitted.zoom };
      if (edge.data('label') !== next.label || edge.data('ldx') !== next.ldx || edge.data('ldy') !== next.ldy) edge.data(next);
    });
  });
}

/** Scratch key: the viewport the last fit set, to tell whether the reader has moved the view since. */
const FITTED = 'stancemapFitted';
/** Where the zoom buttons' running animation is going (useViewControls.ts); a fit cancels it. */
export const ZOOM_TARGET = 'stancemapZoomTarget';
const FIT_MS = 200;

/** Whether the view is still the one the last fit set (the reader has not panned or zoomed). */
export function atFittedView(cy: Core): boolean {
  const fitted = cy.scratch(FITTED) as Viewport | undefined;
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  return !!fitted && Math.abs(fitted.zoom - zoom) < 1e-9 && Math.abs(fitted.pan.x - pan.x) < 0.5 && Math.abs(fitted.pan.y - pan.y) < 0.5;
}

/**
 * Fits the map to its box at its default view, at once or (when asked, for a fit the reader sees)
 * in under 300 ms; returns false when the box has no size (a hidden map).
 */
export function fitToContainer(cy: Core, animate = false): boolean {
  cy.resize();
  const [width, height] = [cy.width(), cy.height()];
  if (!width || !height) return false;
  const measure = canvasMeasure();
  const sizes = sizesFor(width);
  const widest = Math.max(0, ...cy.nodes().map((n) => (measure ? measure(String(n.data('label') ?? ''), sizes.nodeFont, true) : 0)));
  const viewport = fitViewport(bounds(cy.nodes().map((n) => n.position())), width, height, sizes, widest);
  const previous = cy.scratch(SCENE) as SceneScratch | undefined;
  cy.scratch(FITTED, viewport);
  cy.stop(true, false);
  cy.removeScratch(ZOOM_TARGET);
  if (animate) cy.animate(viewport, { duration: FIT_MS, easing: 'ease-out' });
  else cy.viewport(viewport);
  // Restyling costs about 0.1 ms per element: only when the sizes really change, and never on big maps.
  if (!isLargeCy(cy) && (previous?.zoom !== viewport.zoom || JSON.stringify(previous.sizes) !== JSON.stringify(sizes))) {
    cy.scratch(SCENE, { zoom: viewport.zoom, sizes } satisfies SceneScratch);
    cy.style().update();
    layoutLabels(cy);
    settleLabels(cy);
  }
  return true;
}
