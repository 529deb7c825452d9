// Puts the actors the data leaves unplaced on lattice slots (lattice.ts), so no two are closer than
// the lattice's spacing, then moves them one at a time to the free slot that reads best: no arrow
// through an actor or its name, few crossings, short arrows, a compact map. Deterministic: every
// order below is fixed by the input's order.
import { ASPECT, CROSSING, baseline, localScore, nearestSlot, slotKey, slotPoint, slotsAround, UNIT, type Graph } from './lattice';
import type { Point } from './layoutQuality';

export type ArrangeNode = { id: string; x: number; y: number; fixed?: boolean };
export type ArrangeEdge = { source: string; target: string };

/** How far (in slots) a repair move may take an actor, and how many passes the search makes at most. */
const REACH = 2;
const PASSES = 8;
/** Share of the map's area actors fill once packed: compact enough to read on a phone, with room for arrows. */
const DENSITY = 0.7;

/**
 * `from`: 'search' places each actor in turn, most connected first, on the best free slot (small
 * maps: no force layout needed); 'given' keeps the arrangement of the x, y it is given (the force
 * layout's) and only packs it onto the lattice. `repair` then improves the result move by move.
 */
export function arrange(nodes: readonly ArrangeNode[], edges: readonly ArrangeEdge[], from: 'search' | 'given', repair: boolean): Point[] {
  const g = graphOf(nodes, edges);
  const free = nodes.flatMap((node, i) => (node.fixed ? [] : [i]));
  const taken = new Set<string>();
  const fixed = nodes.filter((node) => node.fixed);
  // A slot beside a fixed actor is taken: the actor keeps its place, so the slot is too close.
  const open = (i: number, j: number) => {
    if (taken.has(slotKey(i, j))) return false;
    const p = slotPoint(i, j);
    return fixed.every((node) => Math.hypot(node.x - p.x, node.y - p.y) >= 0.9 * UNIT);
  };
  const put = (v: number, [i, j]: [number, number]) => {
    const p = slotPoint(i, j);
    g.xs[v] = p.x;
    g.ys[v] = p.y;
  };
  const slotOf = (v: number) => nearestSlot({ x: g.xs[v], y: g.ys[v] });

  if (from === 'given') {
    if (!fixed.length) packed(g, free);
    g.centre = centroid(g, free);
    const byDistance = [...free].sort((a, b) => dist2(g, a, g.centre) - dist2(g, b, g.centre) || a - b);
    for (const v of byDistance) {
      const [si, sj] = slotOf(v);
      let slot: [number, number] = [si, sj];
      for (const candidate of slotsAround(si, sj, Infinity))
        if (open(...candidate)) {
          slot = candidate;
          break;
        }
      taken.add(slotKey(...slot));
      put(v, slot);
    }
  } else {
    g.on = new Uint8Array(nodes.length);
    for (let v = 0; v < nodes.length; v++) if (nodes[v].fixed) g.on[v] = 1;
    g.centre = fixed.length ? centroid(g, fixed.map((node) => nodes.indexOf(node))) : { x: 0, y: 0 };
    for (const v of searchOrder(g, free)) {
      const near = g.incident[v].map((e) => g.ends[e][0] + g.ends[e][1] - v).filter((w) => g.on![w]);
      const [ci, cj] = nearestSlot(near.length ? centroid(g, near) : g.centre);
      g.on[v] = 1;
      let best: [number, number] | null = null;
      let bestScore = Infinity;
      for (const slot of slotsAround(ci, cj, REACH + Math.ceil(Math.sqrt(nodes.length)))) {
        if (!open(...slot)) continue;
        put(v, slot);
        const score = localScore(g, v);
        if (score < bestScore - 1e-9) [best, bestScore] = [slot, score];
      }
      taken.add(slotKey(...best!));
      put(v, best!);
    }
    g.on = undefined;
  }
  if (repair) improve(g, free, open, taken, put, slotOf);
  return nodes.map((node, v) => (node.fixed ? { x: node.x, y: node.y } : { x: g.xs[v], y: g.ys[v] }));
}

function improve(
  g: Graph,
  free: number[],
  open: (i: number, j: number) => boolean,
  taken: Set<string>,
  put: (v: number, slot: [number, number]) => void,
  slotOf: (v: number) => [number, number],
): void {
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const v of free) {
      const home = slotOf(v);
      const current = localScore(g, v);
      // Only actors at fault (an arrow through an actor or a name, a crossing) are worth the search.
      if (current - baseline(g, v) < CROSSING) continue;
      // Beside each neighbour too: an actor far from its neighbours gets a chance to join them.
      const neighbours = g.incident[v].slice(0, 6).map((e) => slotOf(g.ends[e][0] + g.ends[e][1] - v));
      let best = home;
      let bestScore = current;
      for (const [ci, cj] of [home, ...neighbours])
        for (const slot of slotsAround(ci, cj, ci === home[0] && cj === home[1] ? REACH : 1)) {
          if (!open(...slot)) continue;
          put(v, slot);
          const score = localScore(g, v);
          if (score < bestScore - 1e-6) [best, bestScore] = [slot, score];
        }
      put(v, best);
      if (best !== home) {
        taken.delete(slotKey(...home));
        taken.add(slotKey(...best));
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function graphOf(nodes: readonly ArrangeNode[], edges: readonly ArrangeEdge[]): Graph {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const seen = new Set<string>();
  const ends: [number, number][] = [];
  const incident: number[][] = nodes.map(() => []);
  for (const { source, target } of edges) {
    const [a, b] = [index.get(source), index.get(target)];
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incident[a].push(ends.length);
    incident[b].push(ends.length);
    ends.push([a, b]);
  }
  return { xs: Float64Array.from(nodes, (n) => n.x), ys: Float64Array.from(nodes, (n) => n.y), ends, incident, centre: { x: 0, y: 0 } };
}

/** Scales the given arrangement about its centre to the area its actors fill at DENSITY. */
function packed(g: Graph, free: number[]): void {
  const c = centroid(g, free);
  const rms = Math.sqrt(free.reduce((sum, v) => sum + dist2(g, v, c), 0) / Math.max(1, free.length)) || 1;
  const radius = Math.sqrt((free.length * UNIT * UNIT * (Math.sqrt(3) / 2)) / (DENSITY * Math.PI));
  const scale = radius / Math.SQRT2 / rms;
  // Wider than tall, as the map is drawn (lattice.ts, ASPECT).
  for (const v of free) {
    g.xs[v] = c.x + (g.xs[v] - c.x) * scale * Math.sqrt(ASPECT);
    g.ys[v] = c.y + ((g.ys[v] - c.y) * scale) / Math.sqrt(ASPECT);
  }
}

/** Most connected first, then outward through the arrows, so each actor joins neighbours already placed. */
function searchOrder(g: Graph, free: number[]): number[] {
  const isFree = new Set(free);
  const degree = (v: number) => g.incident[v].length;
  const left = [...free].sort((a, b) => degree(b) - degree(a) || a - b);
  const order: number[] = [];
  const queued = new Set<number>();
  for (const start of left) {
    if (queued.has(start)) continue;
    const queue = [start];
    queued.add(start);
    while (queue.length) {
      const v = queue.shift()!;
      order.push(v);
      const next = g.incident[v].map((e) => g.ends[e][0] + g.ends[e][1] - v).filter((w) => isFree.has(w) && !queued.has(w));
      for (const w of next.sort((a, b) => degree(b) - degree(a) || a - b)) {
        queued.add(w);
        queue.push(w);
      }
    }
  }
  return order;
}

const centroid = (g: Graph, vs: number[]): Point => ({
  x: vs.reduce((s, v) => s + g.xs[v], 0) / Math.max(1, vs.length),
  y: vs.reduce((s, v) => s + g.ys[v], 0) / Math.max(1, vs.length),
});
const dist2 = (g: Graph, v: number, c: Point) => (g.xs[v] - c.x) ** 2 + (g.ys[v] - c.y) ** 2;
