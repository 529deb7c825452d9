import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex } from '../../model/relations';
import { BoxGrid, fitViewport, bounds, MIN_FONT, placeLabels, sizesFor, stanceLines, toScreen, wrap, CONTROLS_BAND } from './scene';
import { roughMeasure, staticScene } from './staticScene';

const index = buildIndex(JSON.parse(readFileSync('data/graph.json', 'utf8')));

describe('scene geometry', () => {
  it('keeps every font at 11 px or more, and grows sizes with the canvas', () => {
    for (const width of [280, 390, 900, 1440, 2560]) {
      const sizes = sizesFor(width);
      expect(Math.min(sizes.edgeFont, sizes.nodeFont)).toBeGreaterThanOrEqual(MIN_FONT);
    }
    expect(sizesFor(1440).node).toBeGreaterThan(sizesFor(390).node);
  });

  it('wraps at spaces within the width, and keeps a long word whole', () => {
    expect(wrap(['Supports the UN-centred order'], 60, 10, roughMeasure)).toEqual(['Supports', 'the', 'UN-centred', 'order']);
    expect(wrap(['a b'], 1000, 10, roughMeasure)).toEqual(['a b']);
    expect(stanceLines(['a', 'b', 'c', 'd'])).toEqual(['a', 'b', '+2 more']);
  });

  it('fits the drawing inside the box below the controls band, centred', () => {
    const points = [{ x: 0, y: 0 }, { x: 100, y: 50 }];
    const sizes = sizesFor(800);
    const v = fitViewport(bounds(points), 800, 600, sizes, 40);
    const [a, b] = points.map((p) => toScreen(p, v));
    expect(a.x).toBeGreaterThan(0);
    expect(b.x).toBeLessThan(800);
    expect(a.y).toBeGreaterThanOrEqual(CONTROLS_BAND);
    expect(Math.round(a.x + b.x)).toBe(800);
  });

  it('places no edge label over another label or a node, at phone and desktop sizes', () => {
    for (const [width, height] of [[390, 300], [1440, 800]]) {
      const scene = staticScene(index, width, height, roughMeasure);
      const boxes = scene.edges.flatMap((e) => (e.label ? [{ ...e.label, id: e.id }] : []));
      expect(boxes.length).toBeGreaterThan(0);
      const rect = (b: { at: { x: number; y: number }; width: number; height: number }) => ({ x1: b.at.x - b.width / 2, x2: b.at.x + b.width / 2, y1: b.at.y - b.height / 2, y2: b.at.y + b.height / 2 });
      const nodes = scene.nodes.map((n) => ({ x1: n.at.x - scene.sizes.node / 2, x2: n.at.x + scene.sizes.node / 2, y1: n.at.y - scene.sizes.node / 2, y2: n.at.y + scene.sizes.node / 2 }));
      const hit = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      boxes.forEach((box, i) => {
        for (const other of boxes.slice(i + 1)) expect(hit(rect(box), rect(other)), `${box.id} / ${other.id}`).toBe(false);
        for (const node of nodes) expect(hit(rect(box), node), box.id).toBe(false);
      });
    }
  });

  it('leaves a label out rather than overlap, heaviest arrows first', () => {
    const nodes = [{ id: 'a', label: 'A', at: { x: 0, y: 0 } }, { id: 'b', label: 'B', at: { x: 200, y: 0 } }];
    const edges = [
      { id: 'light', from: 'a', to: 'b', lines: ['Light'], weight: 1, curved: false },
      { id: 'heavy', from: 'a', to: 'b', lines: ['Heavy'], weight: 5, curved: false },
    ];
    const sizes = sizesFor(400);
    const spots = placeLabels(nodes, edges, { zoom: 1, pan: { x: 0, y: 0 } }, sizes, (text) => (text.length === 1 ? 8 : 150));
    expect(spots.get('heavy')).not.toBeNull();
    expect(spots.get('light')).toBeNull();
  });
});

describe('BoxGrid', () => {
  const box = (x: number, y: number, w: number, h: number) => ({ x1: x, y1: y, x2: x + w, y2: y + h });
  const bruteHits = (boxes: ReturnType<typeof box>[], b: ReturnType<typeof box>) => boxes.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);

  it('answers as testing every box would, for boxes of any size and place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: 0, max: 900, noNaN: true }), fc.double({ min: 0, max: 900, noNaN: true })), { maxLength: 40 }),
        fc.array(fc.tuple(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 20 }),
        (filed, probes) => {
          const grid = new BoxGrid();
          const boxes = filed.map(([x, y, w, h]) => box(x, y, w, h));
          boxes.forEach((b) => grid.add(b));
          for (const [x, y, w, h] of probes) expect(grid.hits(box(x, y, w, h))).toBe(bruteHits(boxes, box(x, y, w, h)));
        },
      ),
    );
  });

  it('files boxes that are not finite without hanging, and still finds them', () => {
    const grid = new BoxGrid();
    grid.add({ x1: -Infinity, y1: 0, x2: Infinity, y2: 10 });
    expect(grid.hits(box(5, 5, 1, 1))).toBe(true);
    expect(grid.hits(box(5, 50, 1, 1))).toBe(false);
    expect(grid.hits({ x1: NaN, y1: NaN, x2: NaN, y2: NaN })).toBe(false);
  });
});
