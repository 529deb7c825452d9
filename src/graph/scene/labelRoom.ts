// Room for labels in any state of the live graph: which boxes an arrow's line passes through, and
// the spots along an arrow where its label may go. Pure geometry, in any one coordinate system.
import type { Box, Point } from './scene';

/** An arrow's line as a few straight pieces: a quadratic curve through `control`, or a straight line. */
export function arrowPolyline(start: Point, end: Point, control: Point | null, pieces = 16): Point[] {
  if (!control) return [start, end];
  const points: Point[] = [];
  for (let i = 0; i <= pieces; i++) points.push(quadraticAt(start, control, end, i / pieces));
  return points;
}

export function quadraticAt(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  const [dx, dy] = [q.x - p.x, q.y - p.y];
  let [low, high] = [0, 1];
  const sides: Array<[number, number]> = [[-dx, p.x - box.x1], [dx, box.x2 - p.x], [-dy, p.y - box.y1], [dy, box.y2 - p.y]];
  for (const [step, room] of sides) {
    if (step === 0) {
      if (room < 0) return false;
      continue;
    }
    const t = room / step;
    if (step < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low > high) return false;
  }
  return true;
}

export const polylineCrossesBox = (line: readonly Point[], box: Box): boolean =>
  line.some((point, i) => i > 0 && segmentCrossesBox(line[i - 1], point, box));

/**
 * Where along its arrow a label may sit, best first: halfway, then stepping out towards either end,
 * so the labels of arrows that share their two actors can stand apart.
 */
export const LABEL_STEPS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8] as const;
