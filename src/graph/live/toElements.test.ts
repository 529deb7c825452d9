import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../model/relations';
import { validateDataset } from '../../model/validate';
import { toElements } from './toElements';
import { hasAllPositions } from '../scene/positions';

const raw = JSON.parse(readFileSync('data/graph.json', 'utf8'));
const index = buildIndex(validateDataset(raw).dataset ?? raw);

describe('toElements', () => {
  it('gives every node and every edge a stable string id: one arrow per pair, one per stance', () => {
    const elements = toElements(index);
    const ids = elements.map((e) => e.data.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(elements.filter((e) => e.classes === 'stance')).toHaveLength(index.relations.size);
    expect(elements.filter((e) => e.classes === 'pair')).toHaveLength(index.pairs.size);
    expect(toElements(index).map((e) => e.data.id)).toEqual(ids);
  });

  it('builds fresh objects, so Cytoscape can write into them without touching the dataset', () => {
    const [a, b] = [toElements(index), toElements(index)];
    expect(a[0].data).not.toBe(b[0].data);
    expect(a[0].position).not.toBe(index.dataset.positions?.[a[0].data.id!]);
  });

  it('weights an edge by its statements and names its tone (the theme colours it)', () => {
    const edge = toElements(index).find((e) => e.data.id === 'russia>ukraine>supports-negotiation')!;
    expect(edge.data).toMatchObject({ source: 'russia', target: 'ukraine', tone: 'cooperative' });
    expect(edge.data.color).toBeUndefined();
    expect(edge.data.weight).toBe(index.relations.get('russia>ukraine>supports-negotiation')!.weight);
  });

  it('draws a pair in the tone its stances share, mixed otherwise, weighted by all their remarks', () => {
    const edges = new Map(toElements(index).filter((e) => e.classes === 'pair').map((e) => [e.data.id, e.data]));
    const tones = (id: string) => new Set(index.pairs.get(id)!.relations.map((r) => index.stances.get(r.stance)!.tone));
    const mixed = [...index.pairs.keys()].find((id) => tones(id).size > 1)!;
    const single = [...index.pairs.keys()].find((id) => tones(id).size === 1)!;
    expect(edges.get(mixed)).toMatchObject({ tone: 'mixed' });
    expect(edges.get(single)).toMatchObject({ tone: [...tones(single)][0] });
    for (const [id, pair] of index.pairs) {
      expect(edges.get(id)!.weight).toBe(pair.relations.reduce((sum, r) => sum + r.weight, 0));
      expect(edges.get(id)!.curved, id).toBe(index.pairs.has(`${pair.to}>${pair.from}`));
    }
  });

  it('places every node at its hand-arranged position', () => {
    const positions = index.dataset.positions!;
    expect(hasAllPositions(index)).toBe(true);
    const nodes = toElements(index).filter((e) => e.group === 'nodes');
    expect(nodes).toHaveLength(index.dataset.actors.length);
    for (const node of nodes) expect(node.position, node.data.id).toEqual(positions[node.data.id!]);
  });

  it('starts actors without a position on a circle, the same on every call', () => {
    const { positions, ...rest } = index.dataset;
    const unplaced = { ...index, dataset: rest };
    expect(positions).toBeDefined();
    expect(hasAllPositions(unplaced)).toBe(false);
    const first = toElements(unplaced).filter((e) => e.group === 'nodes').map((e) => e.position);
    expect(toElements(unplaced).filter((e) => e.group === 'nodes').map((e) => e.position)).toEqual(first);
    const radii = first.map((p) => Math.round(Math.hypot(p!.x, p!.y)));
    expect(new Set(radii).size).toBe(1);
  });
});
