import { describe, expect, it } from 'vitest';
import { arrowsThroughActors, closePairs, crossings, labelActorOverlaps, labelOverlaps, outOfView, pathsThroughActors, type Disc, type Point } from './layoutQuality';

const at = (entries: Record<string, [number, number]>) => new Map<string, Point>(Object.entries(entries).map(([id, [x, y]]) => [id, { x, y }]));
const disc = (id: string, x: number, y: number, radius = 10): Disc => ({ id, at: { x, y }, radius });
const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('layout measures', () => {
  it('counts an arrow through an actor between its ends, once for both directions', () => {
    const line = at({ a: [0, 0], b: [100, 0], c: [200, 0] });
    expect(arrowsThroughActors(line, [{ source: 'a', target: 'c' }, { source: 'c', target: 'a' }], 10)).toBe(1);
    expect(arrowsThroughActors(at({ a: [0, 0], b: [100, 50], c: [200, 0] }), [{ source: 'a', target: 'c' }], 10)).toBe(0);
  });

  it('counts close pairs and crossings away from shared actors', () => {
    expect(closePairs(at({ a: [0, 0], b: [20, 0], c: [100, 0] }), 30)).toBe(1);
    const square = at({ a: [0, 0], b: [100, 100], c: [100, 0], d: [0, 100] });
    expect(crossings(square, [{ source: 'a', target: 'b' }, { source: 'c', target: 'd' }, { source: 'a', target: 'c' }])).toBe(1);
  });

  it('counts overlapping labels, not labels that only touch', () => {
    const labels = [
      { owner: 'a', box: box(0, 0, 50, 10) },
      { owner: null, box: box(40, 5, 90, 15) },
      { owner: 'b', box: box(90.5, 0, 120, 10) },
    ];
    expect(labelOverlaps(labels)).toBe(1);
  });

  it('counts a label over an actor other than its own', () => {
    const actors = [disc('a', 25, -5), disc('b', 55, 5), disc('c', 300, 300)];
    expect(labelActorOverlaps([{ owner: 'a', box: box(0, 0, 50, 10) }], actors)).toBe(1);
    expect(labelActorOverlaps([{ owner: null, box: box(0, 0, 50, 10) }], actors)).toBe(2);
  });

  it('counts a drawn arrow through an actor along any of its pieces', () => {
    const actors = [disc('a', 0, 0), disc('b', 100, 0), disc('c', 200, 0), disc('d', 100, 60)];
    const bent = { source: 'a', target: 'c', points: [{ x: 10, y: 0 }, { x: 100, y: 55 }, { x: 190, y: 0 }] };
    expect(pathsThroughActors([bent], actors)).toBe(1);
    expect(pathsThroughActors([{ source: 'a', target: 'c', points: [{ x: 10, y: 0 }, { x: 190, y: 0 }] }], actors)).toBe(1);
    expect(pathsThroughActors([{ source: 'a', target: 'b', points: [{ x: 10, y: 0 }, { x: 90, y: 0 }] }], actors)).toBe(0);
  });

  it('counts actors not wholly in view', () => {
    expect(outOfView([disc('a', 5, 50), disc('b', 50, 50), disc('c', 50, 95)], 100, 100)).toBe(2);
  });
});
