// The live map as an image file: PNG from Cytoscape's own renderer, SVG rebuilt from its geometry.
// Pages import this module before Cytoscape has loaded, so it imports no graph code statically.
import { liveGraph } from '../live/instance';

/**
 * The view as a PNG twice its CSS size on every screen (Cytoscape multiplies the scale by the pixel
 * ratio, so it is divided out). A hidden map (list view) has no view, so all of it is drawn.
 */
export async function graphPng(): Promise<Blob | null> {
  const cy = liveGraph();
  if (!cy) return null;
  const scale = 2 / (window.devicePixelRatio || 1);
  return cy.png({ output: 'blob-promise', scale, bg: '#ffffff', full: cy.width() === 0 });
}

/** The map as drawn now, as standalone SVG text; the writer loads on first use. */
export async function graphSvg(title: string): Promise<string | null> {
  const cy = liveGraph();
  if (!cy) return null;
  const { graphToSvg } = await import('./svg');
  return cy.destroyed() ? null : graphToSvg(cy, title);
}
