// The benchmark's second baseline: the dataset named by ?data=<same-origin url>, drawn by sigma.js 3
// (WebGL) from a graphology graph, as Retina and Gephi Lite draw theirs. The same actors at the same
// positions with the same labels, and one arrow per pair in its tone's colour and the app's width,
// built from the app's own toElements. Given the app's canvas size (?width=&height=) by scripts/bench.ts.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Dataset } from '../src/model/schema';
import { buildIndex } from '../src/model/relations';
import { toElements } from '../src/graph/live/toElements';
import { sizesFor } from '../src/graph/scene/scene';
import { edgeWidth, PALETTES } from '../src/model/tones';

const params = new URLSearchParams(window.location.search);
const param = (name: string) => (params.has(name) && Number.isFinite(Number(params.get(name))) ? Number(params.get(name)) : undefined);
const palette = PALETTES.light;

async function start() {
  const response = await fetch(new URL(params.get('data') ?? 'bench-data/g50.json', window.location.href));
  if (!response.ok) throw new Error(`dataset: HTTP ${response.status}`);
  const index = buildIndex((await response.json()) as Dataset);
  const container = document.getElementById('sigma')!;
  const [width, height] = [param('width'), param('height')];
  if (width && height) Object.assign(container.style, { width: `${width}px`, height: `${height}px` });
  const sizes = sizesFor(container.clientWidth);
  const output = document.getElementById('bench-tap')!;

  performance.mark('stancemap:app-rendered');
  const graph = new Graph({ type: 'directed', multi: false });
  for (const element of toElements(index)) {
    const data = element.data as Record<string, unknown>;
    if (element.group === 'nodes') {
      const kind = String(data.kind);
      graph.addNode(String(data.id), {
        // sigma's y axis points up, Cytoscape's down.
        x: element.position!.x,
        y: -element.position!.y,
        size: sizes.node / 2,
        label: String(data.label),
        color: kind === 'alliance' || kind === 'organization' ? palette.organisation : palette.ink,
      });
    } else if (element.classes === 'pair') {
      const tone = String(data.tone);
      graph.addDirectedEdgeWithKey(String(data.id), String(data.source), String(data.target), {
        size: edgeWidth(Number(data.weight)) / 2,
        color: tone in palette.tones ? palette.tones[tone as keyof typeof palette.tones] : palette.ink,
      });
    }
  }
  const renderer = new Sigma(graph, container, { defaultEdgeType: 'arrow', labelRenderedSizeThreshold: 0, labelSize: sizes.nodeFont, labelWeight: '600' });
  // sigma draws its first frame inside the constructor (Cytoscape's first 'render' comes in a frame callback).
  performance.mark('stancemap:graph-ready');
  // The counterpart of the app's panel and the bare page's div: a trivial DOM update on click.
  renderer.on('clickNode', ({ node }) => {
    output.textContent = String(graph.getNodeAttribute(node, 'label'));
  });
  Object.assign(window, { __benchSigma: renderer });
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.append(`sigma page failed: ${String(error)}`);
});
