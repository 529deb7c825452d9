// Renders Cytoscape and nothing else; behaviour lives in useGraphBindings.
import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Index } from '../../model/relations';
import { fitToContainer } from './fit';
import { LARGE } from './graphClasses';
import { attach, detach } from './instance';
import { STYLESHEETS } from './stylesheet';
import { toElements } from './toElements';
import { isLargeIndex } from '../scene/limits';
import { givenPositions, hasAllPositions } from '../scene/positions';
import { placed, useForceLayout } from '../layout/useForceLayout';
import { useGraphBindings, useZoomLock } from './useGraphBindings';
import { useViewControls } from './useViewControls';
import type { Hover } from './HoverCard';
import { ZoomControls } from './ZoomControls';

// Cytoscape injects a <style> element unless one with this id exists; a strict Content Security
// Policy blocks that injection, so a marker stands in and styles.css carries the one rule it needs.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
if (typeof document !== 'undefined' && !document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
  document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLESHEET_ID }));
}

// Pointers that hover (not touch) need the card: it loads on the first hover.
const HoverCard = lazy(() => import('./HoverCard').then((module) => ({ default: module.HoverCard })));
// Only a map without positions is laid out here, with progress shown: the notice loads with such a map.
const LayoutProgress = lazy(() => import('./MapNotice').then((module) => ({ default: module.LayoutProgress })));

// No layout runs in the live instance: every element arrives with its position (hand-arranged, or
// from the force layout in a worker), and fitting is done on mount; that spares a position event
// per node on big maps.
const STYLE = { width: '100%', height: '100%' };
const watched = new WeakSet<Core>();

type CanvasProps = { elements: ElementDefinition[]; large: boolean; theme: keyof typeof STYLESHEETS; onCy: (cy: Core) => void };

// Memoised: a re-render of react-cytoscapejs re-diffs every element, so it re-renders only for new data.
const Canvas = memo(function Canvas({ elements, large, theme, onCy }: CanvasProps) {
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEETS[theme][large ? 'large' : 'normal']}
      cy={onCy}
      style={STYLE}
      minZoom={0.05}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
      autoungrabify
      // Big maps hide their edges while the view moves, so panning and zooming stay fluid.
      hideEdgesOnViewport={large}
    />
  );
});

type Props = {
  index: Index;
  theme: keyof typeof STYLESHEETS;
  /** In an embed, the wheel scrolls the article until the reader clicks into the map. */
  gateZoom: boolean;
  /** Called once Cytoscape has drawn its first frame (LazyGraph keeps the static picture until then). */
  onDrawn?: () => void;
};

export function GraphView({ index, theme, gateZoom, onDrawn }: Props) {
  const elements = useMemo(() => toElements(index), [index]);
  const large = isLargeIndex(index);
  const arranged = hasAllPositions(index);
  const given = useMemo(() => givenPositions(index), [index]);
  const { layout, cancel, retry } = useForceLayout(elements, !arranged, given);
  const positions = layout.status === 'done' ? layout.positions : null;
  const drawn = useMemo(() => (positions ? placed(elements, positions) : elements), [elements, positions]);
  const [cy, setCy] = useState<Core | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);

  // react-cytoscapejs calls this after every render, and in StrictMode with a first instance it then
  // destroys: React drops a state update that changes nothing, and the updater stays free of side
  // effects, which StrictMode runs twice (once on the destroyed instance).
  const drawnRef = useRef(onDrawn);
  useLayoutEffect(() => {
    drawnRef.current = onDrawn;
  });
  const onCy = useCallback((instance: Core) => {
    // Here, on the instance's creation, its first frame is still to come (Cytoscape draws in an
    // animation frame); an effect could run after it. Once per instance: this runs after every render.
    if (!watched.has(instance)) {
      watched.add(instance);
      instance.one('render', () => drawnRef.current?.());
    }
    setCy(instance);
  }, []);
  const live = cy && !cy.destroyed() ? cy : null;
  // Before the first paint of a new instance, so the reader never sees it unfitted.
  useLayoutEffect(() => {
    if (!live) return;
    // Read by the fit and the class updates (graphClasses.ts).
    live.scratch(LARGE, large);
    fitToContainer(live);
  }, [live, large]);
  useEffect(() => {
    if (!live) return;
    attach(live);
    return () => detach(live);
  }, [live]);
  const [hover, setHover] = useState<Hover | null>(null);
  useGraphBindings(live, index, setHover);
  const zoomLocked = useZoomLock(live, gateZoom);
  const panLocked = useViewControls(live, container);

  return (
    <div className="graph-host" ref={setContainer}>
      {(arranged || positions) && <Canvas elements={drawn} large={large} theme={theme} onCy={onCy} />}
      {(layout.status === 'running' || layout.status === 'cancelled') && (
        <Suspense fallback={null}>
          <LayoutProgress actors={index.dataset.actors.length} cancelled={layout.status === 'cancelled'} onCancel={cancel} onRetry={retry} />
        </Suspense>
      )}
      {live && <ZoomControls cy={live} />}
      {hover && (
        <Suspense fallback={null}>
          <HoverCard index={index} hover={hover} />
        </Suspense>
      )}
      {(panLocked || (gateZoom && zoomLocked)) && (
        <p className="zoom-hint" aria-hidden="true">
          {panLocked ? 'Tap, then drag the map' : 'Click the map to zoom'}
        </p>
      )}
    </div>
  );
}
