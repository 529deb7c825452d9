// The automatic layout as a pure step: actors at their starting points and the arrows between them in,
// settled positions out. Small maps are arranged by a search over lattice slots (arrange.ts); bigger
// ones by fcose in headless Cytoscape, then packed onto the lattice so no two actors crowd, and (up to
// REPAIRED actors) repaired move by move. It runs the same in a Web Worker, in Node (tests, the
// benchmark, the legibility check) and, where a worker cannot start, on the page itself.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../../model/random';
import { arrange } from './arrange';

export type Point = { x: number; y: number };
/** `fixed`: the data gives this actor its position, which the layout keeps exactly. */
export type LayoutInput = { nodes: { id: string; x: number; y: number; fixed?: boolean }[]; edges: { source: string; target: string }[] };
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

/** Up to this many actors a search places every actor itself: cheap, and it reads better than any force. */
const SEARCHED = 12;
/** Up to this many actors the force layout's result is repaired move by move; above, only packed. */
const REPAIRED = 100;

export function forceLayout({ nodes, edges }: LayoutInput): LayoutResult {
  const free = nodes.filter((node) => !node.fixed).length;
  const start = free <= SEARCHED ? nodes : fcoseLayout({ nodes, edges });
  const at = arrange(start, edges, free <= SEARCHED ? 'search' : 'given', nodes.length <= REPAIRED);
  return { positions: nodes.map(({ id }, i): [string, Point] => [id, at[i]]) };
}

function fcoseLayout({ nodes, edges }: LayoutInput): LayoutInput['nodes'] {
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
  const fixedNodeConstraint = nodes.filter((node) => node.fixed).map(({ id, x, y }) => ({ nodeId: id, position: { x, y } }));
  try {
    cy.layout({ ...optionsFor(nodes.length), ...(fixedNodeConstraint.length ? { fixedNodeConstraint } : {}) } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const settled = nodes.map((node) => (node.fixed ? node : { ...node, ...cy.getElementById(node.id).position() }));
  cy.destroy();
  return settled;
}
