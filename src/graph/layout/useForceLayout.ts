// The force layout's state for a map without hand-arranged positions (layoutJob.ts runs it).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { Point } from './forceLayout';
import type { Job } from './layoutJob';

export type LayoutState =
  | { status: 'none' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'done'; positions: Map<string, Point> };

/** The layout's state for these elements; `needed` is false when every actor has its position, `given` names the actors that have one. */
export function useForceLayout(elements: ElementDefinition[], needed: boolean, given: ReadonlySet<string>) {
  // Tagged with the elements and attempt it belongs to: anything else is a layout still running.
  const [state, setState] = useState<{ for: ElementDefinition[]; attempt: number; layout: LayoutState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const job = useRef<Job | null>(null);

  useEffect(() => {
    if (!needed) return;
    let started: Job | null = null;
    let over = false;
    // This attempt's job from the start: a cancel before the runner's chunk has arrived stops it too.
    const current: Job = {
      cancel: () => {
        over = true;
        started?.cancel();
      },
    };
    job.current = current;
    void import('./layoutJob').then(({ start, layoutInput }) => {
      if (over) return;
      started = start(layoutInput(elements, given), ({ positions }) =>
        setState({ for: elements, attempt, layout: { status: 'done', positions: new Map(positions) } }),
      );
    });
    return () => current.cancel();
  }, [elements, needed, attempt, given]);

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
