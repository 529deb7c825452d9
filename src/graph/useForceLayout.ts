// Runs the force layout for a map without hand-arranged positions: in a Web Worker, or on the page
// where a worker cannot start (an embed in a sandboxed frame has an opaque origin, and no worker).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { LayoutInput, LayoutResult, Point } from './forceLayout';

export type LayoutState =
  | { status: 'none' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'done'; positions: Map<string, Point> };

/** What the layout needs from the map's elements: where each actor starts, and what joins them. */
export function layoutInput(elements: readonly ElementDefinition[]): LayoutInput {
  const input: LayoutInput = { nodes: [], edges: [] };
  for (const { group, data, position } of elements) {
    if (group === 'nodes') input.nodes.push({ id: data.id!, x: position?.x ?? 0, y: position?.y ?? 0 });
    else input.edges.push({ source: data.source as string, target: data.target as string });
  }
  return input;
}

type Job = { cancel: () => void };

function start(input: LayoutInput, done: (result: LayoutResult) => void): Job {
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

/** The layout's state for these elements; `needed` is false when every actor has its position. */
export function useForceLayout(elements: ElementDefinition[], needed: boolean) {
  // Tagged with the elements and attempt it belongs to: anything else is a layout still running.
  const [state, setState] = useState<{ for: ElementDefinition[]; attempt: number; layout: LayoutState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const job = useRef<Job | null>(null);

  useEffect(() => {
    if (!needed) return;
    const current = start(layoutInput(elements), ({ positions }) =>
      setState({ for: elements, attempt, layout: { status: 'done', positions: new Map(positions) } }),
    );
    job.current = current;
    return () => current.cancel();
  }, [elements, needed, attempt]);

  const cancel = useCallback(() => {
    job.current?.cancel();
    setState({ for: elements, attempt, layout: { status: 'cancelled' } });
  }, [elements, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const layout: LayoutState = !needed ? { status: 'none' } : state?.for === elements && state.attempt === attempt ? state.layout : { status: 'running' };
  return { layout, cancel, retry };
}

/** The elements with the layout's positions in place, as fresh objects (Cytoscape writes into them). */
export function placed(elements: ElementDefinition[], positions: Map<string, Point>): ElementDefinition[] {
  return elements.map((element) => {
    const at = element.group === 'nodes' ? positions.get(element.data.id!) : undefined;
    return at ? { ...element, data: { ...element.data }, position: { x: at.x, y: at.y } } : element;
  });
}
