// The one owner of the live Cytoscape instance. GraphView's effect attaches it once Cytoscape has
// drawn and detaches it on unmount; every feature that reads the drawn map (export, arrange, fit)
// calls the operations below (image export: graph/export/image.ts), so nothing else holds a Cytoscape object.
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

/** The live instance while one is drawn: for this folder's operations and image export, never to keep. */
export const liveGraph = (): Core | null => (live && !live.destroyed() ? live : null);
const current = liveGraph;

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
