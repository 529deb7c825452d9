import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/generate';
import { targetIds } from '../../model/provenance';
import { forceLayout, type LayoutInput } from './forceLayout';
import { arrowsThroughActors, closePairs, type Point } from './layoutQuality';

/** Actors on the starting circle toElements gives them, joined as `pairs` says. */
function onCircle(ids: string[], pairs: [string, string][]): LayoutInput {
  const r = 300;
  return {
    nodes: ids.map((id, i) => ({ id, x: r * Math.cos((2 * Math.PI * i) / ids.length), y: r * Math.sin((2 * Math.PI * i) / ids.length) })),
    edges: pairs.map(([source, target]) => ({ source, target })),
  };
}

function input(actors: number): LayoutInput {
  const data = generateDataset(actors);
  return onCircle(
    data.actors.map((a) => a.id),
    data.statements.flatMap((s) => targetIds(s).map((target): [string, string] => [s.actor, target])),
  );
}

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
const SHAPES: Record<string, LayoutInput> = {
  triangle: onCircle(letters(3), [['a', 'b'], ['b', 'c'], ['a', 'c']]),
  chain: onCircle(letters(5), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]),
  ring: onCircle(letters(8), letters(8).map((id, i, all): [string, string] => [id, all[(i + 1) % all.length]])),
  complete: onCircle(letters(5), letters(5).flatMap((a, i, all) => all.slice(i + 1).map((b): [string, string] => [a, b]))),
  star: onCircle(letters(8), letters(8).slice(1).map((id): [string, string] => ['a', id])),
  clusters: onCircle(letters(8), [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd'], ['g', 'h'], ['h', 'a']]),
};

const NODE = 36;

describe('forceLayout', () => {
  it('gives the same positions for the same data, moved off the starting circle', { timeout: 60_000 }, () => {
    const first = forceLayout(input(30));
    expect(forceLayout(input(30))).toEqual(first);
    expect(first.positions).toHaveLength(30);
    expect(new Set(first.positions.map(([, p]) => Math.round(Math.hypot(p.x, p.y)))).size).toBeGreaterThan(3);
  });

  // The null layout Cytoscape runs by default once put every actor at (0, 0), and fcose settled
  // them all on one diagonal: x equal to y, A→C through B.
  it.each(Object.entries(SHAPES))('lays out a %s in two dimensions, no arrow through an actor, no actors crowded', (_, shape) => {
    const positions = new Map<string, Point>(forceLayout(shape).positions);
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(Math.min(width, height)).toBeGreaterThan(NODE);
    expect([...positions.values()].filter((p) => Math.abs(p.x - p.y) < 1).length).toBeLessThan(positions.size);
    expect(arrowsThroughActors(positions, shape.edges, NODE / 2)).toBe(0);
    expect(closePairs(positions, 1.2 * NODE)).toBe(0);
  });

  it('seeds the spectral start of a bigger map, and gives Math.random back', { timeout: 120_000 }, () => {
    const random = Math.random;
    const first = forceLayout(input(220));
    expect(Math.random).toBe(random);
    expect(forceLayout(input(220))).toEqual(first);
  });
});
