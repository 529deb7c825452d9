// Starts the force layout for a map without hand-arranged positions, off the page's thread where it can (util/offPage.ts).
// Its own chunk: a map that comes with positions (the default view) never needs it.
import type { ElementDefinition } from 'cytoscape';
import type { LayoutInput, LayoutResult } from './forceLayout';
import { offPage } from '../../util/offPage';

/** What the layout needs from the map's elements: where each actor starts, which of them stay put, and what joins them. */
export function layoutInput(elements: readonly ElementDefinition[], given: ReadonlySet<string>): LayoutInput {
  const input: LayoutInput = { nodes: [], edges: [] };
  for (const { group, data, position } of elements) {
    if (group === 'nodes') input.nodes.push({ id: data.id!, x: position?.x ?? 0, y: position?.y ?? 0, ...(given.has(data.id!) ? { fixed: true } : {}) });
    else input.edges.push({ source: data.source as string, target: data.target as string });
  }
  return input;
}

export type Job = { cancel: () => void };

export function start(input: LayoutInput, done: (result: LayoutResult) => void): Job {
  let over = false;
  const job = offPage(
    () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' }),
    input,
    () => import('./forceLayout').then(({ forceLayout }) => forceLayout(input)),
  );
  void job.result.then((result) => !over && done(result));
  return {
    cancel: () => {
      over = true;
      job.cancel();
    },
  };
}
