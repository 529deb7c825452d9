// Renders Cytoscape and nothing else; behaviour lives in useGraphBindings.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import type { Index } from '../model/relations';
import { fitToContainer } from './fit';
import { LARGE } from './graphClasses';
import { attach, detach } from './instance';
import { STYLESHEETS } from './stylesheet';
import { hasAllPositions, isLargeIndex, toElements } from './toElements';
import { useGraphBindings, useZoomLock } from './useGraphBindings';
import { useViewControls } from './useViewControls';
import { HoverCard, type Hover } from './HoverCard';
import { ZoomControls } from './ZoomControls';

// The force layout is needed only by datasets without positions, so it loads only for them.
let fcoseReady: Promise<void> | null = null;
const loadFcose = () =>
  (fcoseReady ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  }));

// Cytoscape injects a <style> element unless one with this id exists; a strict Content Security
// Policy blocks that injection, so a marker stands in and styles.css carries the one rule it needs.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
if (typeof document !== 'undefined' && !document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
  document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLESHEET_ID }));
}

// Module constants so react-cytoscapejs never re-runs the layout on a re-render. Hand-placed maps
// need no layout run at all (the positions are in the elements; fitting is done on mount), which
// spares a position event per node on big maps.
// Without hand-arranged positions: a force layout that starts from toElements' circle and draws no
// random numbers, so the same data gives the same picture on every load.
const FORCE = { name: 'fcose', randomize: false, animate: false, fit: true, padding: 48, nodeRepulsion: 9000, idealEdgeLength: 120 } as LayoutOptions;
const STYLE = { width: '100%', height: '100%' };

type CanvasProps = { elements: ElementDefinition[]; large: boolean; layout?: LayoutOptions; theme: keyof typeof STYLESHEETS; onCy: (cy: Core) => void };

// Memoised: a re-render of react-cytoscapejs re-diffs every element, so it re-renders only for new data.
const Canvas = memo(function Canvas({ elements, large, layout, theme, onCy }: CanvasProps) {
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEETS[theme][large ? 'large' : 'normal']}
      layout={layout}
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
};

export function GraphView({ index, theme, gateZoom }: Props) {
  const elements = useMemo(() => toElements(index), [index]);
  const large = isLargeIndex(index);
  const placed = hasAllPositions(index);
  const layout = placed ? undefined : FORCE;
  const [layoutReady, setLayoutReady] = useState(placed);
  useEffect(() => {
    if (!layoutReady) void loadFcose().then(() => setLayoutReady(true));
  }, [layoutReady]);
  const [cy, setCy] = useState<Core | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);

  // react-cytoscapejs calls this after every render, and in StrictMode with a first instance it then
  // destroys: React drops a state update that changes nothing, and the updater stays free of side
  // effects, which StrictMode runs twice (once on the destroyed instance).
  const onCy = useCallback((instance: Core) => setCy(instance), []);
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
      {layoutReady && <Canvas elements={elements} large={large} layout={layout} theme={theme} onCy={onCy} />}
      {live && <ZoomControls cy={live} />}
      {hover && <HoverCard index={index} hover={hover} />}
      {gateZoom && zoomLocked ? (
        <p className="zoom-hint" aria-hidden="true">Click the map to zoom</p>
      ) : (
        panLocked && <p className="zoom-hint" aria-hidden="true">Tap the map, then drag to move it</p>
      )}
    </div>
  );
}
