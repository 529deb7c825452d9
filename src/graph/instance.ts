// The one owner of the live Cytoscape instance. GraphView's effect attaches it once Cytoscape has
// drawn and detaches it on unmount; every feature that reads the drawn map (export, arrange, fit)
// calls the operations below, so nothing else holds a Cytoscape object.
// Pages import this module before Cytoscape has loaded, so it imports no graph code statically.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live instance, for end-to-end tests and for authors debugging an embed: read it, never keep it. */
    __stancemapCy?: Core;
  }
}

let live: Core | null = null;

export function attach(cy: Core): void {
  live = cy;
  if (typeof window !== 'undefined') window.__stancemapCy = cy;
}

/** Only the instance that is attached can detach itself (StrictMode mounts twice). */
export function detach(cy: Core): void {
  if (live !== cy) return;
  live = null;
  if (typeof window !== 'undefined' && window.__stancemapCy === cy) delete window.__stancemapCy;
}

const current = (): Core | null => (live && !live.destroyed() ? live : null);

export const hasLiveGraph = (): boolean => current() !== null;

/** Where each actor stands now, rounded to whole units, or null while no graph is drawn. */
export function currentPositions(): Record<string, { x: number; y: number }> | null {
  const cy = current();
  if (!cy) return null;
  // Null prototype: actor ids are data, and one may be "__proto__".
  const positions: Record<string, { x: number; y: number }> = Object.create(null);
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  return positions;
}

/** Fits the map to its box (the fitting code is already loaded with any live graph). */
export async function fitGraph(): Promise<void> {
  const cy = current();
  if (!cy) return;
  const { fitToContainer } = await import('./fit');
  if (!cy.destroyed()) fitToContainer(cy);
}

/**
 * The view as a PNG twice its CSS size on every screen (Cytoscape multiplies the scale by the pixel
 * ratio, so it is divided out). A hidden map (list view) has no view, so all of it is drawn.
 */
export async function graphPng(): Promise<Blob | null> {
  const cy = current();
  if (!cy) return null;
  const scale = 2 / (window.devicePixelRatio || 1);
  return cy.png({ output: 'blob-promise', scale, bg: '#ffffff', full: cy.width() === 0 });
}

/** The map as drawn now, as standalone SVG text; the writer loads on first use. */
export async function graphSvg(title: string): Promise<string | null> {
  const cy = current();
  if (!cy) return null;
  const { graphToSvg } = await import('./svg');
  return cy.destroyed() ? null : graphToSvg(cy, title);
}
