// GEXF and GraphML read back by maintained parsers (graphology-gexf, graphology-graphml), not by our
// own: what Gephi- and NetworkX-style readers see is what the map says.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { effectiveDate } from '../model/filter';
import { buildIndex } from '../model/relations';
import type { Dataset } from '../model/schema';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);

// A map with text that XML must escape, and a line break it must keep.
const hostile: Dataset = structuredClone(dataset);
hostile.actors[0].name = 'Ch<i>na & "friends"';
hostile.actors[0].description = 'Line one\nline two';

const readers = {
  gexf: (data: Dataset) => parseGexf(MultiDirectedGraph, toGexf(data, '2026-12-08')),
  graphml: (data: Dataset) => parseGraphml(MultiDirectedGraph, toGraphml(data)),
};

describe.each(Object.entries(readers))('%s, read back', (_, read) => {
  it('has every actor and one edge per stance arrow, with its ends, stance and counts', () => {
    const graph = read(dataset);
    expect(graph.order).toBe(dataset.actors.length);
    expect(graph.size).toBe(index.relations.size);
    for (const relation of index.relations.values()) {
      const edge = graph.getEdgeAttributes(relation.id);
      expect(graph.source(relation.id)).toBe(relation.from);
      expect(graph.target(relation.id)).toBe(relation.to);
      expect(edge).toMatchObject({ stance: relation.stance, weight: relation.weight, namedRemarks: relation.remarks.named, inferredRemarks: relation.remarks.inferred, inferred: relation.inferred });
    }
    // An arrow that rests only on inferences says so; one the source names does not.
    expect(graph.getEdgeAttributes('china>european-union>opposes-sanctions')).toMatchObject({ inferred: true, namedRemarks: 0, inferredRemarks: 1 });
    expect(graph.getEdgeAttributes('china>ukraine>supports-negotiation')).toMatchObject({ inferred: false, namedRemarks: 1, inferredRemarks: 1, weight: 1 });
  });

  it('dates each arrow by the first day it stands on the map', () => {
    const graph = read(dataset);
    for (const relation of index.relations.values()) {
      const first = relation.statements.map((id) => effectiveDate(index, index.statements.get(id)!)).sort()[0];
      expect(graph.getEdgeAttribute(relation.id, 'firstDay'), relation.id).toBe(first);
    }
    expect(graph.getEdgeAttribute('china>united-states>accuses-interference', 'firstDay')).toBe('2022-02-24');
  });

  it('keeps text exactly, markup characters and line breaks included', () => {
    const graph = read(hostile);
    expect(graph.getNodeAttributes(hostile.actors[0].id)).toMatchObject({ label: 'Ch<i>na & "friends"', description: 'Line one\nline two' });
  });
});

describe('GEXF', () => {
  it('is version 1.3, directed and dynamic, each edge starting on its first day', () => {
    const gexf = toGexf(dataset, '2026-12-08');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const starts = [...gexf.matchAll(/<edge id="([^"]+)"[^>]* start="([^"]+)"/g)].map((m) => [m[1].replace(/&gt;/g, '>'), m[2]]);
    expect(starts).toHaveLength(index.relations.size);
    const graph = readers.gexf(dataset);
    for (const [id, start] of starts) expect(graph.getEdgeAttribute(id, 'firstDay')).toBe(start);
  });
});
