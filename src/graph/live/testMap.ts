// A small map for the live graph's unit tests, drawn by headless Cytoscape (as forceLayout.ts runs
// it in Node): three actors, two stances, an inferred target, and labels with markup in them.
import cytoscape, { type Core } from 'cytoscape';
import { buildIndex, type Index } from '../../model/relations';
import { DatasetSchema, type Dataset } from '../../model/schema';
import { toElements } from './toElements';
import { STYLESHEETS } from './stylesheet';

const statement = (id: string, actor: string, targets: Dataset['statements'][number]['targets'], stance: string) => ({
  id,
  actor,
  targets,
  stance,
  date: '2022-02-25',
  quote: `Words of ${id}.`,
  mode: 'direct' as const,
  source: 'report',
});

export const TEST_DATASET: Dataset = DatasetSchema.parse({
  title: 'A <test> map & "friends"',
  description: 'Made up for the live graph’s tests.',
  people: [],
  actors: [
    { id: 'a', name: 'Alpha <b>bold</b>', kind: 'state' },
    { id: 'b', name: 'Beta', kind: 'alliance' },
    { id: 'c', name: 'Gamma', kind: 'organization' },
  ],
  sources: [{ id: 'report', publisher: 'Test Wire', url: 'https://example.org/report', published: '2022-02-25', kind: 'news' }],
  stances: [
    { id: 'warns', label: 'Warns', tone: 'confrontational' },
    { id: 'praises', label: 'Praises', tone: 'cooperative' },
  ],
  statements: [
    statement('a-warns-b', 'a', ['b'], 'warns'),
    statement('a-praises-b', 'a', ['b'], 'praises'),
    statement('b-warns-a', 'b', ['a'], 'warns'),
    statement('a-praises-c', 'a', [{ id: 'c', inferred: 'The report names no one; Gamma is the only other party.' }], 'praises'),
  ],
  positions: { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 150, y: 260 } },
});

export function testGraph(dataset: Dataset = TEST_DATASET): { cy: Core; index: Index } {
  const index = buildIndex(dataset);
  const cy = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' }, style: STYLESHEETS.light.normal, elements: toElements(index) });
  return { cy, index };
}
