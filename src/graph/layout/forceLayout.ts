// The force layout as a pure step: actors at their starting points and the arrows between them in,
// settled positions out. Headless Cytoscape, so it runs the same in a Web Worker, in Node (tests,
// the benchmark) and, where a worker cannot start, on the page itself.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../../model/random';

export type Point = { x: number; y: number };
export type LayoutInput = { nodes: { id: string; x: number; y: number }[]; edges: { source: string; target: string }[] };
export type LayoutResult = { positions: [id: string, at: Point][] };

let registered = false;

const OPTIONS = { name: 'fcose', animate: false, fit: false, nodeRepulsion: 9000, idealEdgeLength: 120 };

/**
 * Small maps settle from the starting circle with no random numbers at all. Bigger ones start from
 * fcose's spectral layout (seeded below), which is what makes them fast; above a thousand actors
 * the spectral layout alone, since the force phase grows with the square of the actors.
 */
const optionsFor = (actors: number) =>
  actors <= 200 ? { ...OPTIONS, randomize: false } : { ...OPTIONS, randomize: true, quality: actors <= 1000 ? 'default' : 'draft' };
// Nodes as big as the map draws them (stylesheet.ts), so spacing matches what the reader sees.
const STYLE = [{ selector: 'node', style: { width: 36, height: 36 } }];

export function forceLayout({ nodes, edges }: LayoutInput): LayoutResult {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLE,
    // Without it the constructor runs the null layout, which puts every actor at (0, 0): fcose then
    // starts from one point and settles on a single diagonal line.
    layout: { name: 'preset' },
    elements: [
      ...nodes.map(({ id, x, y }) => ({ group: 'nodes' as const, data: { id }, position: { x, y } })),
      ...edges.map(({ source, target }, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
    ],
  });
  // fcose's spectral start draws random numbers, and the same data must give the same picture.
  // The run is synchronous, so Math.random is seeded for exactly its length and then given back.
  const random = Math.random;
  Math.random = seededRandom(nodes.length);
  try {
    cy.layout(optionsFor(nodes.length) as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions = cy.nodes().map((node): [string, Point] => [node.id(), { ...node.position() }]);
  cy.destroy();
  return { positions };
}
