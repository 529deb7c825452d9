// The legibility check's corpus (npm run legibility, e2e/legibility.spec.ts): maps of the shapes authors
// bring, from 3 to 60 actors, with and without positions, with long names and with several stances on
// one pair. Deterministic; no statement in them was ever said.
import type { Dataset } from '../src/model/schema';
import { generateDataset } from './generate';

type Pair = [from: number, to: number, stances?: number];

const TONES = ['cooperative', 'neutral', 'confrontational'] as const;
const STANCES = ['Supports', 'Criticises', 'Calls for talks with', 'Warns', 'Welcomes the proposal of'].map((label, i) => ({
  id: `stance-${i}`,
  label,
  tone: TONES[i % 3],
}));

const chain = (n: number): Pair[] => Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
const complete = (n: number): Pair[] => Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k): Pair => [i, i + k + 1])).flat();
const star = (n: number): Pair[] => Array.from({ length: n - 1 }, (_, i) => [0, i + 1]);
/** `clusters` groups of `size` actors, each a ring with a chord, joined by one bridge to the next group. */
const clusters = (count: number, size: number): Pair[] =>
  Array.from({ length: count }, (_, c) => {
    const at = (i: number) => c * size + (i % size);
    const ring = Array.from({ length: size }, (_, i): Pair => [at(i), at(i + 1)]);
    return [...ring, [at(0), at(2)] as Pair, ...(c + 1 < count ? [[at(size - 1), (c + 1) * size] as Pair] : [])];
  }).flat();

/** A map of `actors` actors joined by `pairs`, each pair backed by one statement per stance it carries. */
function mapOf(title: string, actors: number, pairs: Pair[], names: (i: number) => string): Dataset {
  const ids = Array.from({ length: actors }, (_, i) => `actor-${i}`);
  return {
    title,
    description: 'Generated for the legibility check; no statement in it was ever said.',
    actors: ids.map((id, i) => ({ id, name: names(i), kind: (['state', 'alliance', 'organization', 'group'] as const)[i % 4] })),
    people: [],
    sources: [{ id: 'generated', publisher: 'Stancemap generator', url: 'https://example.org/generated', published: '2022-03-01', kind: 'other' }],
    stances: STANCES,
    statements: pairs.flatMap(([from, to, stances = 1], p) =>
      Array.from({ length: stances }, (_, k) => ({
        id: `statement-${p}-${k}`,
        actor: ids[from],
        targets: [ids[to]],
        stance: STANCES[(p + k) % STANCES.length].id,
        date: `2022-02-${String(1 + ((p + k) % 28)).padStart(2, '0')}`,
        quote: `Statement ${k + 1} of ${names(from)} about ${names(to)}.`,
        mode: 'reported' as const,
        source: 'generated',
      })),
    ),
  };
}

const short = (i: number) => `Actor ${i + 1}`;
const long = (i: number) => `Permanent Mission of the Federal Republic of Example ${i + 1} to the United Nations`;

export type CorpusMap = { name: string; dataset: Dataset };

/** The corpus, smallest first. */
export function corpus(): CorpusMap[] {
  const withoutPositions = (dataset: Dataset): Dataset => ({ ...dataset, positions: undefined });
  const maps: CorpusMap[] = [
    { name: 'triangle-3', dataset: mapOf('Triangle', 3, complete(3), short) },
    { name: 'chain-5', dataset: mapOf('Chain', 5, chain(5), short) },
    { name: 'complete-5', dataset: mapOf('Complete graph of five', 5, complete(5), short) },
    { name: 'star-8', dataset: mapOf('Star', 8, star(8), short) },
    { name: 'stances-6', dataset: mapOf('Five stances on one pair', 6, [[0, 1, 5], [1, 0, 3], ...complete(6).slice(1)], short) },
    { name: 'long-names-8', dataset: mapOf('Long names', 8, [...chain(8), [0, 4], [2, 6, 2]], long) },
    { name: 'clusters-12', dataset: mapOf('Three clusters with bridges', 12, clusters(3, 4), short) },
    { name: 'complete-8', dataset: mapOf('Complete graph of eight', 8, complete(8), short) },
    { name: 'generated-20', dataset: withoutPositions(generateDataset(20)) },
    { name: 'clusters-30-long', dataset: mapOf('Five clusters with bridges, long names', 30, clusters(5, 6), long) },
    { name: 'generated-40', dataset: withoutPositions(generateDataset(40)) },
    { name: 'generated-60', dataset: withoutPositions(generateDataset(60)) },
    // Authors' maps with positions: drawn exactly as given.
    { name: 'positions-12', dataset: generateDataset(12) },
    { name: 'positions-40', dataset: generateDataset(40) },
  ];
  return maps.map(({ name, dataset }) => ({ name, dataset: JSON.parse(JSON.stringify(dataset)) as Dataset }));
}
