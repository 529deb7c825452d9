// The Cytoscape instance on screen, for features that read the drawn map (export, arrange) without
// putting Cytoscape objects in the store. Set by GraphView; null while no graph is mounted.
import type { Core } from 'cytoscape';

let live: Core | null = null;

export function setLiveGraph(cy: Core | null): void {
  live = cy;
}

export function getLiveGraph(): Core | null {
  return live && !live.destroyed() ? live : null;
}
