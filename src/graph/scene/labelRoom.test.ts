import { describe, expect, it } from 'vitest';
import { arrowPolyline, polylineCrossesBox, quadraticAt, segmentCrossesBox } from './labelRoom';

const box = { x1: 10, y1: 10, x2: 20, y2: 20 };

describe('segmentCrossesBox', () => {
  it('finds a segment through the box, and one that ends inside it', () => {
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 30, y: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 15, y: 15 }, box)).toBe(true);
  });
  it('passes a segment beside the box, one that stops short and one along its diagonal outside', () => {
    expect(segmentCrossesBox({ x: 0, y: 25 }, { x: 30, y: 25 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 9, y: 15 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 12 }, { x: 12, y: 0 }, box)).toBe(false);
  });
});

describe('arrowPolyline', () => {
  it('follows the curve: its middle point is the curve at one half', () => {
    const [a, c, b] = [{ x: 0, y: 0 }, { x: 50, y: 40 }, { x: 100, y: 0 }];
    const line = arrowPolyline(a, b, c);
    expect(line[8]).toEqual(quadraticAt(a, c, b, 0.5));
    expect(line[8]).toEqual({ x: 50, y: 20 });
    // The straight chord would miss a box the curve passes through.
    const onCurve = { x1: 45, y1: 15, x2: 55, y2: 25 };
    expect(polylineCrossesBox(line, onCurve)).toBe(true);
    expect(polylineCrossesBox(arrowPolyline(a, b, null), onCurve)).toBe(false);
  });
});
