// Measures of how well a layout reads, from actor centres and the pairs the arrows join: pure
// geometry, shared by the layout's tests and the legibility check.
export type Point = { x: number; y: number };
export type Segment = { source: string; target: string };

/** Distance from p to the segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Arrow passages through actors that are not the arrow's ends (an actor drawn as a disc of `radius`). */
export function arrowsThroughActors(positions: ReadonlyMap<string, Point>, arrows: readonly Segment[], radius: number): number {
  let count = 0;
  for (const { source, target } of uniquePairs(arrows)) {
    const a = positions.get(source);
    const b = positions.get(target);
    if (!a || !b) continue;
    for (const [id, p] of positions) if (id !== source && id !== target && distanceToSegment(p, a, b) < radius) count++;
  }
  return count;
}

/** Actor pairs whose centres are closer than `distance`. */
export function closePairs(positions: ReadonlyMap<string, Point>, distance: number): number {
  const points = [...positions.values()];
  let count = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < distance) count++;
  return count;
}

/** Pairs of arrows that cross away from a shared actor. */
export function crossings(positions: ReadonlyMap<string, Point>, arrows: readonly Segment[]): number {
  const segments = uniquePairs(arrows).flatMap(({ source, target }) => {
    const a = positions.get(source);
    const b = positions.get(target);
    return a && b ? [{ source, target, a, b }] : [];
  });
  let count = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i];
      const t = segments[j];
      if (s.source === t.source || s.source === t.target || s.target === t.source || s.target === t.target) continue;
      if (intersects(s.a, s.b, t.a, t.b)) count++;
    }
  return count;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether segments a-b and c-d cross at a point inside both. */
export function intersects(a: Point, b: Point, c: Point, d: Point): boolean {
  return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
}

/** One segment per unordered pair: A→B and B→A are drawn along the same line. */
function uniquePairs(arrows: readonly Segment[]): Segment[] {
  const seen = new Set<string>();
  return arrows.filter(({ source, target }) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (source === target || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Measures of the drawn map, in screen pixels, from what the renderer reports: actors as discs,
// labels as boxes, arrows as polylines (scripts/legibility.ts, e2e/legibility.spec.ts).
export type Box = { x1: number; y1: number; x2: number; y2: number };
/** An actor as drawn: centre and radius. */
export type Disc = { id: string; at: Point; radius: number };
/** A drawn label; `owner` is the actor it names, or null for an arrow's label. */
export type Label = { owner: string | null; box: Box };
/** A drawn arrow from its source's rim through its midpoint to its target's rim. */
export type Arrow = { source: string; target: string; points: Point[] };

/** A pixel of contact is drawing, not collision: overlaps count from this depth on. */
const TOUCH = 1;

/** Pairs of labels whose boxes overlap. */
export function labelOverlaps(labels: readonly Label[]): number {
  let count = 0;
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > TOUCH && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > TOUCH) count++;
    }
  return count;
}

/** Label and actor pairs where the label lies over an actor other than the one it names. */
export function labelActorOverlaps(labels: readonly Label[], actors: readonly Disc[]): number {
  let count = 0;
  for (const { owner, box } of labels)
    for (const { id, at, radius } of actors) {
      if (id === owner) continue;
      const dx = at.x - Math.max(box.x1, Math.min(at.x, box.x2));
      const dy = at.y - Math.max(box.y1, Math.min(at.y, box.y2));
      if (Math.hypot(dx, dy) < radius - TOUCH) count++;
    }
  return count;
}

/** Arrow and actor pairs where the arrow passes through an actor that is not one of its ends. */
export function pathsThroughActors(arrows: readonly Arrow[], actors: readonly Disc[]): number {
  let count = 0;
  for (const { source, target, points } of arrows)
    for (const { id, at, radius } of actors) {
      if (id === source || id === target) continue;
      if (points.some((p, i) => i > 0 && distanceToSegment(at, points[i - 1], p) < radius - TOUCH)) count++;
    }
  return count;
}

/** Actors not wholly inside a width × height view. */
export function outOfView(actors: readonly Disc[], width: number, height: number): number {
  return actors.filter(({ at, radius }) => at.x - radius < -TOUCH || at.y - radius < -TOUCH || at.x + radius > width + TOUCH || at.y + radius > height + TOUCH).length;
}
