// Starts the force layout for a map without hand-arranged positions: in a Web Worker, or on the page
// where a worker cannot start (an embed in a sandboxed frame has an opaque origin, and no worker).
// Its own chunk: a map that comes with positions (the default view) never needs it.
import type { ElementDefinition } from 'cytoscape';
import type { LayoutInput, LayoutResult } from './forceLayout';

/** What the layout needs from the map's elements: where each actor starts, and what joins them. */
export function layoutInput(elements: readonly ElementDefinition[]): LayoutInput {
  const input: LayoutInput = { nodes: [], edges: [] };
  for (const { group, data, position } of elements) {
    if (group === 'nodes') input.nodes.push({ id: data.id!, x: position?.x ?? 0, y: position?.y ?? 0 });
    else input.edges.push({ source: data.source as string, target: data.target as string });
  }
  return input;
}

export type Job = { cancel: () => void };

export function start(input: LayoutInput, done: (result: LayoutResult) => void): Job {
  let worker: Worker | null = null;
  let over = false;
  const finish = (result: LayoutResult) => {
    if (over) return;
    over = true;
    worker?.terminate();
    done(result);
  };
  const onPage = () => {
    worker?.terminate();
    worker = null;
    void import('./forceLayout').then(({ forceLayout }) => !over && finish(forceLayout(input)));
  };
  try {
    worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      onPage();
    };
    worker.postMessage(input);
  } catch {
    onPage();
  }
  return {
    cancel: () => {
      over = true;
      worker?.terminate();
    },
  };
}
