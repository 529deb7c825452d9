// The score a layout search minimises, on a triangular lattice whose spacing is the least distance
// two actors may have. Pure geometry on index arrays, so the search can try thousands of moves.
import type { Point } from './layoutQuality';

/** Spacing of the lattice in layout units: the least distance between two actors. */
export const UNIT = 120;
const ROW = (UNIT * Math.sqrt(3)) / 2;

/** The lattice point of slot (i, j): rows alternate by half a step, so every neighbour is one UNIT away. */
export const slotPoint = (i: number, j: number): Point => ({ x: UNIT * (i + (j & 1) / 2), y: ROW * j });
export const slotKey = (i: number, j: number) => `${i},${j}`;

/** The lattice slot nearest to a point. */
export function nearestSlot(p: Point): [number, number] {
  const j = Math.round(p.y / ROW);
  return [Math.round(p.x / UNIT - (j & 1) / 2), j];
}

/** Slots in rings of growing distance around (i, j), in a fixed order, up to `rings` steps away. */
export function* slotsAround(i: number, j: number, rings: number): Generator<[number, number]> {
  for (let r = 0; r <= rings; r++)
    for (let dj = -r; dj <= r; dj++)
      for (let di = -r; di <= r; di++) if (Math.max(Math.abs(di), Math.abs(dj)) === r) yield [i + di, j + dj];
}

// Weights of what a reader suffers from, worst first: an arrow through an actor reads as an arrow to
// it; an arrow through an actor's name hides the name; crossings tangle; distance spreads the map.
const THROUGH = 1000;
const THROUGH_LABEL = 150;
/** Any score at or above this is a fault worth a repair move, not just a long arrow. */
export const CROSSING = 40;
const LENGTH = 8 / UNIT;
const SPREAD = 2 / (UNIT * UNIT);
/** An arrow closer than this to an actor's centre passes through it, or too close to read apart. */
const CLEAR = 0.42 * UNIT;
/** Actor names hang below the actor: an arrow this close to the point below it crosses the name. */
const NAME_BELOW = 0.5 * UNIT;
const NAME_CLEAR = 0.28 * UNIT;

/** Actors by index, arrows as unordered pairs of them; `on` marks the actors placed so far (all when absent). */
/**
 * Maps are drawn wider than tall: a phone's map box is 4:3 (75vw) and a desktop's about square, once
 * the sides are kept for names. Distance from the centre counts this much more upward and downward.
 */
export const ASPECT = 1.4;
const spread = (g: Graph, v: number) => SPREAD * ((g.xs[v] - g.centre.x) ** 2 + (ASPECT * (g.ys[v] - g.centre.y)) ** 2);

export type Graph = { xs: Float64Array; ys: Float64Array; ends: [number, number][]; incident: number[][]; centre: Point; on?: Uint8Array };

/** Squared distance from (px, py) to the segment (ax, ay)-(bx, by), in plain numbers: the search calls it millions of times. */
function segment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = px - ax - t * dx;
  const ey = py - ay - t * dy;
  return ex * ex + ey * ey;
}

const side = (ox: number, oy: number, ax: number, ay: number, bx: number, by: number) => (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);

function crosses(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}

/** What arrow a-b costs by passing actor w: through it, through its name, or nothing. */
function passing(xs: Float64Array, ys: Float64Array, w: number, ax: number, ay: number, bx: number, by: number): number {
  const px = xs[w];
  const py = ys[w];
  // Most actors are nowhere near the arrow: a box test spares the distance.
  if (px < Math.min(ax, bx) - CLEAR || px > Math.max(ax, bx) + CLEAR || py < Math.min(ay, by) - NAME_BELOW - NAME_CLEAR || py > Math.max(ay, by) + CLEAR) return 0;
  if (segment2(px, py, ax, ay, bx, by) < CLEAR * CLEAR) return THROUGH;
  return segment2(px, py + NAME_BELOW, ax, ay, bx, by) < NAME_CLEAR * NAME_CLEAR ? THROUGH_LABEL : 0;
}

/** Every term of the score that involves actor v: its arrows' length, the actors and arrows they meet, and the arrows that meet it. */
export function localScore(g: Graph, v: number): number {
  const { xs, ys, ends, incident, on } = g;
  let score = spread(g, v);
  for (let e = 0; e < ends.length; e++) {
    const a = ends[e][0];
    const b = ends[e][1];
    if (a === v || b === v || (on && !(on[a] && on[b]))) continue;
    score += passing(xs, ys, v, xs[a], ys[a], xs[b], ys[b]);
  }
  for (const e of incident[v]) {
    const a = ends[e][0];
    const b = ends[e][1];
    if (on && !(on[a] && on[b])) continue;
    const ax = xs[a];
    const ay = ys[a];
    const bx = xs[b];
    const by = ys[b];
    score += LENGTH * Math.hypot(bx - ax, by - ay);
    for (let w = 0; w < xs.length; w++) if (w !== a && w !== b && (!on || on[w])) score += passing(xs, ys, w, ax, ay, bx, by);
    const [x1, x2, y1, y2] = [Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by), Math.max(ay, by)];
    for (let f = 0; f < ends.length; f++) {
      const c = ends[f][0];
      const d = ends[f][1];
      if (c === a || c === b || d === a || d === b || (on && !(on[c] && on[d]))) continue;
      const cx = xs[c];
      const cy = ys[c];
      const dx = xs[d];
      const dy = ys[d];
      if ((cx < x1 && dx < x1) || (cx > x2 && dx > x2) || (cy < y1 && dy < y1) || (cy > y2 && dy > y2)) continue;
      if (crosses(ax, ay, bx, by, cx, cy, dx, dy)) score += CROSSING;
    }
  }
  return score;
}

/** The part of actor v's score that is no fault: its distance from the centre and its arrows' length. */
export function baseline(g: Graph, v: number): number {
  const { xs, ys, ends, incident } = g;
  let score = spread(g, v);
  for (const e of incident[v]) score += LENGTH * Math.hypot(xs[ends[e][1]] - xs[ends[e][0]], ys[ends[e][1]] - ys[ends[e][0]]);
  return score;
}
