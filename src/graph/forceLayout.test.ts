import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate';
import { targetIds } from '../model/provenance';
import { forceLayout, type LayoutInput } from './forceLayout';

function input(actors: number): LayoutInput {
  const data = generateDataset(actors);
  const r = 300;
  return {
    nodes: data.actors.map((a, i) => ({ id: a.id, x: r * Math.cos((2 * Math.PI * i) / actors), y: r * Math.sin((2 * Math.PI * i) / actors) })),
    edges: data.statements.flatMap((s) => targetIds(s).map((target) => ({ source: s.actor, target }))),
  };
}

describe('forceLayout', () => {
  it('gives the same positions for the same data, moved off the starting circle', () => {
    const first = forceLayout(input(30));
    expect(forceLayout(input(30))).toEqual(first);
    expect(first.positions).toHaveLength(30);
    expect(new Set(first.positions.map(([, p]) => Math.round(Math.hypot(p.x, p.y)))).size).toBeGreaterThan(3);
  });

  it('seeds the spectral start of a bigger map, and gives Math.random back', { timeout: 120_000 }, () => {
    const random = Math.random;
    const first = forceLayout(input(220));
    expect(Math.random).toBe(random);
    expect(forceLayout(input(220))).toEqual(first);
  });
});
