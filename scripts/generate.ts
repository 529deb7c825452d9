// Synthetic datasets for benchmarks and scale tests: `actors` actors, about three statements each,
// deterministic for a given size. Run directly to write one: `tsx scripts/generate.ts 500 out.json`.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/model/random';
import type { Dataset } from '../src/model/schema';

const TONES = ['cooperative', 'neutral', 'confrontational'] as const;
const KINDS = ['state', 'state', 'state', 'alliance', 'organization', 'group'] as const;

export function generateDataset(actors: number, seed = 7): Dataset {
  const rand = seededRandom(seed + actors);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const side = Math.ceil(Math.sqrt(actors));
  const ids = Array.from({ length: actors }, (_, i) => `actor-${i}`);
  const stances = Array.from({ length: 9 }, (_, i) => ({ id: `stance-${i}`, label: `Stance ${i + 1}`, tone: TONES[i % 3] }));
  const people = ids.filter((_, i) => i % 5 === 0).map((actor, i) => ({ id: `person-${i}`, name: `Person ${i}`, role: 'Spokesperson', actor }));
  const statements = ids.flatMap((actor, i) =>
    [0, 1, 2].map((k) => {
      // Mostly near neighbours on the grid, sometimes far away: clusters joined by long edges.
      const near = (i + 1 + Math.floor(rand() * 4) * (rand() < 0.5 ? 1 : side)) % actors;
      const target = rand() < 0.85 || actors < 3 ? near : Math.floor(rand() * actors);
      const to = ids[target === i ? (i + 1) % actors : target];
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      return {
        id: `statement-${i}-${k}`,
        actor,
        ...(i % 5 === 0 ? { speaker: `person-${i / 5}` } : {}),
        targets: [to],
        stance: pick(stances).id,
        date: `2022-02-${day}`,
        quote: `Statement ${k + 1} of actor ${i} about ${to}, generated for scale testing.`,
        mode: pick(['direct', 'reported'] as const),
        source: 'generated',
      };
    }),
  );
  return {
    title: `Generated map of ${actors} actors`,
    description: 'Synthetic data for benchmarks; no statement in it was ever said.',
    actors: ids.map((id, i) => ({ id, name: `Actor ${i}`, kind: pick(KINDS) })),
    people,
    sources: [{ id: 'generated', publisher: 'Stancemap generator', url: 'https://example.org/generated', published: '2022-03-01', kind: 'other' }],
    stances,
    statements,
    positions: Object.fromEntries(ids.map((id, i) => [id, { x: (i % side) * 120 + rand() * 40, y: Math.floor(i / side) * 120 + rand() * 40 }])),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count = '500', out = `generated-${count}.json`] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(generateDataset(Number(count))));
  console.log(`${out}: ${count} actors`);
}
