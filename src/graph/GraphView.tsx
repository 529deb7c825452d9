// Renders Cytoscape and nothing else; behaviour lives in useGraphBindings.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Index } from '../model/relations';
import { fitToContainer } from './fit';
import { LARGE_GRAPH } from './graphClasses';
import { attach, detach } from './instance';
import { LayoutProgress } from './MapNotice';
import { STYLESHEETS } from './stylesheet';
import { hasAllPositions, toElements } from './toElements';
import { placed, useForceLayout } from './useForceLayout';
import { useGraphBindings, useZoomLock } from './useGraphBindings';

// Cytoscape injects a <style> element unless one with this id exists; a strict Content Security
// Policy blocks that injection, so a marker stands in and styles.css carries the one rule it needs.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
if (typeof document !== 'undefined' && !document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
  document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLESHEET_ID }));
}

// No layout runs in the live instance: every element arrives with its position (hand-arranged, or
// from the force layout in a worker), and fitting is done on mount; that spares a position event
// per node on big maps.
const STYLE = { width: '100%', height: '100%' };

type CanvasProps = { elements: ElementDefinition[]; theme: keyof typeof STYLESHEETS; onCy: (cy: Core) => void };

// Big maps hide their edges while the view moves, so panning and zooming stay fluid.
const isLargeDefinition = (elements: ElementDefinition[]) => elements.length > LARGE_GRAPH;

// Memoised: a re-render of react-cytoscapejs re-diffs every element, so it re-renders only for new data.
const Canvas = memo(function Canvas({ elements, theme, onCy }: CanvasProps) {
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEETS[theme][isLargeDefinition(elements) ? 'large' : 'normal']}
      cy={onCy}
      style={STYLE}
      minZoom={0.05}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
      autoungrabify
      hideEdgesOnViewport={isLargeDefinition(elements)}
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
  const arranged = hasAllPositions(index);
  const { layout, cancel, retry } = useForceLayout(elements, !arranged);
  const positions = layout.status === 'done' ? layout.positions : null;
  const drawn = useMemo(() => (positions ? placed(elements, positions) : elements), [elements, positions]);
  const [cy, setCy] = useState<Core | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);

  // react-cytoscapejs calls this after every render, and in StrictMode with a first instance it then
  // destroys: React drops a state update that changes nothing, and the updater stays free of side
  // effects, which StrictMode runs twice (once on the destroyed instance).
  const onCy = useCallback((instance: Core) => setCy(instance), []);
  const live = cy && !cy.destroyed() ? cy : null;
  // Before the first paint of a new instance, so the reader never sees it unfitted.
  useLayoutEffect(() => {
    if (live) fitToContainer(live);
  }, [live]);
  useEffect(() => {
    if (!live) return;
    attach(live);
    return () => detach(live);
  }, [live]);
  useGraphBindings(live, container, index);
  const zoomLocked = useZoomLock(live, gateZoom);

  return (
    <div className="graph-host" ref={setContainer}>
      {(arranged || positions) && <Canvas elements={drawn} theme={theme} onCy={onCy} />}
      {(layout.status === 'running' || layout.status === 'cancelled') && (
        <LayoutProgress actors={index.dataset.actors.length} cancelled={layout.status === 'cancelled'} onCancel={cancel} onRetry={retry} />
      )}
      {gateZoom && zoomLocked && <p className="zoom-hint" aria-hidden="true">Click the map to zoom</p>}
    </div>
  );
}
