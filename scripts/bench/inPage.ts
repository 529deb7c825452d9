// What the bench runs inside a page, as one adapter over the three renderers (the app's and the
// bare page's Cytoscape, the sigma page's sigma), installed before the page's own scripts, so the
// measurements in measure.ts read the same on every page. Also records Event Timing entries for INP.

declare global {
  interface Window {
    __bench: BenchAdapter;
    __benchEvents: EventEntry[];
  }
}

/** The adapter, as window.__bench. Coordinates are CSS pixels inside the graph's container. */
export type BenchAdapter = {
  ready(): boolean;
  container(): HTMLElement;
  /** Calls `listener` on every frame the renderer draws; returns the unsubscribe. */
  onRender(listener: () => void): () => void;
  /** Moves the view right by `dx` CSS pixels. */
  panBy(dx: number): void;
  nodes(): { id: string; label: string; x: number; y: number }[];
};

/** An Event Timing entry of an interaction (pointerdown, pointerup, click and the like share one interactionId). */
export type EventEntry = { name: string; interactionId: number; duration: number; startTime: number };

type CyLike = {
  container(): HTMLElement;
  on(event: string, listener: () => void): void;
  removeListener(event: string, listener: () => void): void;
  panBy(delta: { x: number; y: number }): void;
  nodes(selector: string): { forEach(f: (node: { id(): string; data(key: string): unknown; renderedPosition(): { x: number; y: number } }) => void): void };
};
type SigmaLike = {
  getContainer(): HTMLElement;
  on(event: string, listener: () => void): void;
  off(event: string, listener: () => void): void;
  getCamera(): { getState(): { x: number }; setState(state: { x: number }): void };
  viewportToFramedGraph(point: { x: number; y: number }): { x: number; y: number };
  getGraph(): { forEachNode(f: (id: string, attributes: { label: string }) => void): void };
  getNodeDisplayData(id: string): { x: number; y: number } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
};

/** Runs in the page before its scripts (context.addInitScript). Self-contained: it is serialised. */
export function installAdapter(): void {
  const w = window as unknown as { __stancemapCy?: CyLike; __benchSigma?: SigmaLike; __bench: BenchAdapter; __benchEvents: EventEntry[] };
  const events: EventEntry[] = [];
  w.__benchEvents = events;
  try {
    // 16 ms is the lowest threshold the Event Timing API takes; shorter interactions are not reported.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId) events.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration, startTime: entry.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    /* no Event Timing here */
  }
  const cy = () => (w.__stancemapCy ?? null) as CyLike | null;
  const sigma = () => (w.__benchSigma ?? null) as SigmaLike | null;
  w.__bench = {
    ready: () => !!(cy() || sigma()),
    container: () => cy()?.container() ?? sigma()!.getContainer(),
    onRender(listener) {
      const c = cy();
      if (c) {
        c.on('render', listener);
        return () => c.removeListener('render', listener);
      }
      const s = sigma()!;
      s.on('afterRender', listener);
      return () => s.off('afterRender', listener);
    },
    panBy(dx) {
      const c = cy();
      if (c) return c.panBy({ x: dx, y: 0 });
      const s = sigma()!;
      const [a, b] = [s.viewportToFramedGraph({ x: 0, y: 0 }), s.viewportToFramedGraph({ x: dx, y: 0 })];
      const camera = s.getCamera();
      camera.setState({ x: camera.getState().x - (b.x - a.x) });
    },
    nodes() {
      const found: { id: string; label: string; x: number; y: number }[] = [];
      const c = cy();
      if (c) {
        c.nodes(':visible').forEach((node) => found.push({ id: node.id(), label: String(node.data('label')), ...node.renderedPosition() }));
        return found;
      }
      const s = sigma()!;
      s.getGraph().forEachNode((id, attributes) => {
        const at = s.getNodeDisplayData(id);
        if (at) found.push({ id, label: String(attributes.label), ...s.framedGraphToViewport(at) });
      });
      return found;
    },
  };
}
