// Renders Cytoscape and nothing else; behaviour lives in useGraphBindings.
import { useCallback, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, LayoutOptions } from 'cytoscape';
import type { Index } from '../model/relations';
import { STYLESHEET } from './stylesheet';
import { hasAllPositions, toElements } from './toElements';
import { useGraphBindings } from './useGraphBindings';

// Module constants so react-cytoscapejs never re-runs the layout on a re-render.
const PRESET: LayoutOptions = { name: 'preset', fit: true, padding: 48 };
// Without hand-arranged positions: a circle in dataset order, the same picture on every load.
const CIRCLE: LayoutOptions = { name: 'circle', fit: true, padding: 48, sort: undefined };
const STYLE = { width: '100%', height: '100%' };

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests and for authors debugging an embed. */
    __stancemapCy?: Core;
  }
}

export function GraphView({ index }: { index: Index }) {
  const elements = useMemo(() => toElements(index), [index]);
  const layout = hasAllPositions(index) ? PRESET : CIRCLE;
  const [cy, setCy] = useState<Core | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);

  // react-cytoscapejs calls this after every render: only a new instance is worth a state update.
  const onCy = useCallback((instance: Core) => {
    setCy((current) => (current === instance ? current : instance));
    window.__stancemapCy = instance;
  }, []);
  useGraphBindings(cy && !cy.destroyed() ? cy : null, container, index);

  return (
    <div className="graph-host" ref={setContainer}>
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        layout={layout}
        cy={onCy}
        style={STYLE}
        minZoom={0.2}
        maxZoom={4}
        boxSelectionEnabled={false}
        autounselectify
      />
    </div>
  );
}
