// The benchmark's baseline: the dataset named by ?data=<same-origin url>, turned into elements and
// styles by the app's own builders, drawn by plain Cytoscape: no React, no store, no panel.
// Built and served by scripts/bench.ts, which passes the app's settled canvas size, viewport and
// Cytoscape settings (width, height, zoom, panX, panY, minZoom, maxZoom, autoungrabify,
// autounselectify, boxSelectionEnabled, hideEdgesOnViewport), so both pages draw and behave alike.
import cytoscape from 'cytoscape';
import type { Dataset } from '../src/model/schema';
import { buildIndex } from '../src/model/relations';
import { toElements } from '../src/graph/live/toElements';
import { isLargeIndex } from '../src/graph/scene/limits';
import { STYLESHEETS } from '../src/graph/live/stylesheet';
import { LARGE } from '../src/graph/live/graphClasses';
import { fitToContainer } from '../src/graph/live/fit';

const params = new URLSearchParams(window.location.search);
const flag = (name: string, fallback: boolean) => (params.has(name) ? params.get(name) === 'true' : fallback);
const param = (name: string) => (params.has(name) && Number.isFinite(Number(params.get(name))) ? Number(params.get(name)) : undefined);

async function start() {
  const response = await fetch(new URL(params.get('data') ?? 'bench-data/g50.json', window.location.href));
  if (!response.ok) throw new Error(`dataset: HTTP ${response.status}`);
  const index = buildIndex((await response.json()) as Dataset);
  const elements = toElements(index);
  const large = isLargeIndex(index);

  const container = document.getElementById('cy')!;
  const [width, height] = [param('width'), param('height')];
  if (width && height) Object.assign(container.style, { width: `${width}px`, height: `${height}px` });
  const output = document.getElementById('bench-tap')!;
  const zoom = param('zoom');
  const [panX, panY] = [param('panX'), param('panY')];
  const viewport = zoom && panX !== undefined && panY !== undefined ? { zoom, pan: { x: panX, y: panY } } : null;

  performance.mark('stancemap:app-rendered');
  const cy = cytoscape({
    container,
    elements,
    // The app's choice (GraphView): big maps get the lighter stylesheet.
    style: STYLESHEETS.light[large ? 'large' : 'normal'],
    layout: { name: 'preset', fit: false },
    minZoom: param('minZoom'),
    maxZoom: param('maxZoom'),
    boxSelectionEnabled: flag('boxSelectionEnabled', false),
    autounselectify: flag('autounselectify', true),
    autoungrabify: flag('autoungrabify', false),
    hideEdgesOnViewport: flag('hideEdgesOnViewport', false),
  });
  cy.one('render', () => performance.mark('stancemap:graph-ready'));
  // As the app does on mount, before the first frame: sizes and labels for the canvas, then the app's view.
  cy.scratch(LARGE, large);
  fitToContainer(cy);
  if (viewport) cy.viewport(viewport);
  // The bare counterpart of the app's panel: a trivial DOM update on tap.
  cy.on('tap', 'node', (event) => {
    output.textContent = event.target.data('label');
  });
  Object.assign(window, { __stancemapCy: cy });
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.append(`Bare page failed: ${String(error)}`);
});
