// Cytoscape is the heaviest part of the page, so it loads in its own chunk after the first paint.
// Until then (and on the server, when index.html is prerendered) the static picture stands in; no
// Suspense, so the server's HTML and the client's first render are the same and hydration is clean.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import { afterPaint } from '../../util/afterPaint';
import { lazyChunk } from '../../util/lazyChunk';
import { useStore } from '../../store/useStore';
import type { GraphView as GraphViewType } from './GraphView';
import { MAX_INTERACTIVE_ACTORS } from '../scene/limits';
import { hasAllPositions } from '../scene/positions';

// Only maps too big to draw need the notice: it loads with them.
const TooBigNotice = lazy(() => import('./MapNotice').then((module) => ({ default: module.TooBigNotice })));
import { StaticMap } from '../picture/StaticMap';

type Props = Omit<ComponentProps<typeof GraphViewType>, 'onDrawn'> & {
  /**
   * On the prerendered default view the static picture already shows the map, so the live graph
   * waits for a sign of intent (a pointer or focus on the map, a key, any change of view) or for
   * the page to have been idle a while, and stays off the critical first seconds of the page.
   */
  defer: boolean;
};

const IDLE_FALLBACK_MS = 4000;

// The module once loaded, so a graph whose chunk arrived before the first render is drawn in it.
const graphChunk = lazyChunk(() => import('./GraphView').then((module) => module.GraphView));

/** Starts fetching the graph chunk; main.tsx calls it early on views that need the graph at once. */
export const preloadGraph: () => Promise<typeof GraphViewType> = graphChunk.load;

export function LazyGraph({ defer, ...props }: Props) {
  // Above the interactive size the map is drawn only when the reader asks, so the page stays responsive.
  const actors = props.index.dataset.actors.length;
  const [drawBig, setDrawBig] = useState(false);
  const tooBig = actors > MAX_INTERACTIVE_ACTORS && !drawBig;
  const [Graph, setGraph] = useState<typeof GraphViewType | null>(() => (defer ? null : graphChunk.now()));
  const [wanted, setWanted] = useState(!defer);
  const host = useRef<HTMLDivElement>(null);
  // The picture paints first; Cytoscape, whose creation takes a while, is mounted in the frame after.
  const [pictured, setPictured] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const arranged = hasAllPositions(props.index);
  useLayoutEffect(
    () =>
      afterPaint(() => {
        // For the benchmark: the first graph pixels of a map that was not prerendered (unless its early picture was first).
        if (!defer && arranged && !performance.getEntriesByName('stancemap:graph-pixels').length) performance.mark('stancemap:graph-pixels');
        setPictured(true);
      }),
    // Once: the first picture is what the mark times.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const element = host.current;
    const events = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
    events.forEach((name) => element?.addEventListener(name, want, { once: true, passive: true }));
    window.addEventListener('keydown', want, { once: true });
    const stop = useStore.subscribe(want);
    const timer = window.setTimeout(() => (window.requestIdleCallback ? window.requestIdleCallback(want) : want()), IDLE_FALLBACK_MS);
    return () => {
      events.forEach((name) => element?.removeEventListener(name, want));
      window.removeEventListener('keydown', want);
      stop();
      window.clearTimeout(timer);
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted || tooBig) return;
    let mounted = true;
    void preloadGraph().then((graph) => mounted && setGraph(() => graph));
    return () => {
      mounted = false;
    };
  }, [wanted, tooBig]);

  if (tooBig) {
    return (
      <div className="graph-host">
        <Suspense fallback={null}>
          <TooBigNotice actors={actors} onDraw={() => setDrawBig(true)} />
        </Suspense>
      </div>
    );
  }
  const Live = pictured ? Graph : null;
  return (
    <>
      {Live && <Live {...props} onDrawn={onDrawn} />}
      {/* A map without positions has no picture, only "Loading the map…": its layout's progress takes over. */}
      {!drawn && !(Live && !arranged) && (
        // Over the live graph until Cytoscape's first frame, so the map never blanks in between.
        <div className="graph-host" ref={host} inert={!!Live}>
          <StaticMap index={props.index} prerendered={defer} theme={props.theme} />
          {/* Not a <noscript>: hidden by styles.css once a script runs, so it reads the same in every browser. */}
          <p className="noscript-note">A picture of the map: with JavaScript on, it can be explored. Every statement is listed under All statements.</p>
        </div>
      )}
    </>
  );
}
