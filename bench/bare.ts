// The benchmark's baseline: the dataset named by ?data=<same-origin url>, turned into elements and
// styles by the app's own builders, drawn by plain Cytoscape: no React, no store, no panel.
// Built and served by scripts/bench.ts; ?w=&h= size the canvas like the app's graph area.
import cytoscape from 'cytoscape';
import type { Dataset } from '../src/model/schema';
import { buildIndex } from '../src/model/relations';
import { toElements } from '../src/graph/toElements';
import { LABEL_SCALE, STYLESHEET } from '../src/graph/stylesheet';

async function start() {
  const params = new URLSearchParams(window.location.search);
  const response = await fetch(new URL(params.get('data') ?? 'bench-data/g50.json', window.location.href));
  if (!response.ok) throw new Error(`dataset: HTTP ${response.status}`);
  const elements = toElements(buildIndex((await response.json()) as Dataset));

  const container = document.getElementById('cy')!;
  const [width, height] = [Number(params.get('w')), Number(params.get('h'))];
  if (width > 0 && height > 0) Object.assign(container.style, { width: `${width}px`, height: `${height}px` });
  const output = document.getElementById('bench-tap')!;

  performance.mark('stancemap:app-rendered');
  // The app's viewport settings (GraphView, fitToContainer), so both pages draw the same picture.
  const cy = cytoscape({
    container,
    elements,
    style: STYLESHEET,
    layout: { name: 'preset', fit: true, padding: 48 },
    minZoom: 0.2,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  cy.scratch(LABEL_SCALE, Math.min(2.6, Math.max(1, 0.85 / cy.zoom())));
  cy.style().update();
  cy.one('render', () => performance.mark('stancemap:graph-ready'));
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
