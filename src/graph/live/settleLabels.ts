// The default view's rule for labels (leave one out rather than let it overlap, scene.ts) in every
// state of the live graph: a selection, its arrows opened one per stance, filters, 'as of', any
// width or theme. It reads Cytoscape's own geometry (label and actor boxes, arrow curves) in graph
// units, which zooming scales all alike, so it runs when the drawing changes, never on pan or zoom.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { arrowPolyline, LABEL_STEPS, polylineCrossesBox, quadraticAt } from '../scene/labelRoom';
import { BoxGrid, type Box, type Point } from '../scene/scene';
import { isDrawn, isLargeCy } from './graphClasses';

/** Class of an element whose label is left out (drawn transparent, so its box can still be measured). */
export const UNLABELLED = 'unlabelled';
/** Room kept around every label, in CSS pixels at the default view: labels never touch. */
const GAP_PX = 3;
/** Above this many labelled arrows, labels only keep clear of each other and the actors, not of the arrows. */
const CROSSING_LIMIT = 400;

const labelBox = (ele: NodeSingular | EdgeSingular) => ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const grow = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });
const shift = (b: Box, d: Point): Box => ({ x1: b.x1 + d.x, y1: b.y1 + d.y, x2: b.x2 + d.x, y2: b.y2 + d.y });

/** An arrow's line as drawn: its ends at the actors' rims and its curve's control point. */
function lineOf(edge: EdgeSingular): Point[] {
  const points = edge.controlPoints() as Point[] | undefined;
  const [start, end] = [edge.sourceEndpoint(), edge.targetEndpoint()];
  if (!points?.length) return arrowPolyline(start, end, null);
  return points.length === 1 ? arrowPolyline(start, end, points[0]) : [start, ...points, end];
}

/** The label's possible moves from where it sits now: a stance's along its own curve; a pair's stays where the fit put it. */
function moves(edge: EdgeSingular): Point[] {
  const stay = { x: 0, y: 0 };
  if (!edge.hasClass('stance')) return [stay];
  const points = edge.controlPoints() as Point[] | undefined;
  const [start, end] = [edge.sourceEndpoint(), edge.targetEndpoint()];
  const control = points?.length === 1 ? points[0] : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const mid = quadraticAt(start, control, end, 0.5);
  // From where Cytoscape draws it without a margin (the curve's middle) to each step along the curve.
  const margin = { x: edge.numericStyle('text-margin-x'), y: edge.numericStyle('text-margin-y') };
  // Then beside the curve, on either side, by a share of the label's own height.
  const box = labelBox(edge);
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const normal = { x: -(end.y - start.y) / length, y: (end.x - start.x) / length };
  return ASIDE.flatMap((k) => LABEL_STEPS.map((t) => {
    const at = quadraticAt(start, control, end, t);
    const aside = k * (box.y2 - box.y1);
    return { x: at.x - mid.x - margin.x + normal.x * aside, y: at.y - mid.y - margin.y + normal.y * aside };
  }));
}
const ASIDE = [0, 0.6, -0.6, 1.1, -1.1];

// Selected first, then what the selection or the hover keeps in full, then the faded rest.
const rank = (ele: NodeSingular | EdgeSingular) => (ele.hasClass('selected') ? 0 : ele.hasClass('faded') ? 2 : 1);

/** Leaves out or moves the labels that would overlap, and shows the others. */
export function settleLabels(cy: Core): void {
  if (isLargeCy(cy)) return;
  const zoom = (cy.scratch('stancemapScene') as { zoom: number } | undefined)?.zoom ?? 1;
  const gap = GAP_PX / zoom;
  const nodes = cy.nodes().toArray().filter(isDrawn) as NodeSingular[];
  const edges = cy.edges().toArray().filter((e) => isDrawn(e) && !!e.data('label')) as EdgeSingular[];
  const taken = new BoxGrid(64 / zoom);
  const bodies = new Map<string, Box>();
  nodes.forEach((n) => {
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false } as never);
    bodies.set(n.id(), body);
    taken.add(body);
  });
  const hidden = new Set<string>();
  const margins = new Map<string, Point>();

  // Actors' names: the most connected first; a name that would overlap another, or another actor, is left out.
  const names = nodes.filter((n) => !!n.data('label')).sort((a, b) => rank(a) - rank(b) || b.degree(false) - a.degree(false));
  const placedNames = new BoxGrid(64 / zoom);
  names.forEach((n) => {
    const box = labelBox(n);
    const others = [...bodies].some(([id, body]) => id !== n.id() && overlaps(box, body));
    if (others || placedNames.hits(grow(box, gap))) hidden.add(n.id());
    else {
      placedNames.add(box);
      taken.add(box);
    }
  });

  const lines = edges.length <= CROSSING_LIMIT ? new Map((cy.edges().toArray() as EdgeSingular[]).filter(isDrawn).map((e) => [e.id(), lineOf(e)])) : null;
  const crossed = (edge: EdgeSingular, box: Box) => !!lines && [...lines].some(([id, line]) => id !== edge.id() && polylineCrossesBox(line, box));
  const order = edges.sort((a, b) => rank(a) - rank(b) || Number(b.data('weight')) - Number(a.data('weight')));
  order.forEach((edge) => {
    const box = labelBox(edge);
    const options = moves(edge).map((move) => ({ move, box: shift(box, move) }));
    const free = options.filter((option) => !taken.hits(grow(option.box, gap)));
    // Clear of every arrow where any spot is; otherwise the first spot clear of labels and actors.
    const chosen = free.find((option) => !crossed(edge, option.box)) ?? free[0];
    if (!chosen) {
      hidden.add(edge.id());
      return;
    }
    taken.add(grow(chosen.box, gap));
    if (edge.hasClass('stance')) margins.set(edge.id(), { x: edge.numericStyle('text-margin-x') + chosen.move.x, y: edge.numericStyle('text-margin-y') + chosen.move.y });
  });

  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const out = hidden.has(ele.id());
      if (ele.hasClass(UNLABELLED) !== out) ele.toggleClass(UNLABELLED, out);
    });
    for (const [id, margin] of margins) {
      const edge = cy.getElementById(id);
      if (Math.abs(Number(edge.data('ldx') ?? 0) - margin.x) > 0.01 || Math.abs(Number(edge.data('ldy') ?? 0) - margin.y) > 0.01) edge.data({ ldx: margin.x, ldy: margin.y });
    }
  });
}
