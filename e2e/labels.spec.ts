// Labels never collide, in any state: on the built-in map and on maps of our own (long names, five
// stances on one pair), on a phone, a small phone and a desktop, with nothing selected, an actor
// selected and an arrow selected, no drawn label overlaps another label or an actor.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graphReady, test } from './fixtures';
import { labelOverlaps } from './labelOverlaps';

const minimal = JSON.parse(readFileSync('e2e/fixtures/minimal.json', 'utf8'));
const QUOTE = minimal.statements[0].quote as string;

/** A map of `names.length` actors with every stance given once from the first actor to the second, and a ring of single stances. */
function map(title: string, names: string[], stanceLabels: string[], positions?: Array<[number, number]>) {
  const id = (i: number) => `actor-${i}`;
  const stances = stanceLabels.map((label, i) => ({ id: `stance-${i}`, label, tone: (['cooperative', 'neutral', 'confrontational'] as const)[i % 3], description: label }));
  const statement = (n: number, from: number, to: number, stance: number) => ({
    id: `statement-${n}`, actor: id(from), speaker: `speaker-${from}`, targets: [id(to)], stance: `stance-${stance}`, date: '2022-02-25', quote: QUOTE, mode: 'direct', source: minimal.sources[0].id,
  });
  const statements = [
    ...stanceLabels.map((_, s) => statement(s, 0, 1, s)),
    ...names.map((_, i) => statement(100 + i, i, (i + 1) % names.length, i % stanceLabels.length)),
    statement(200, 1, 0, 1),
  ];
  return {
    title, description: title, version: '1.0.0', updated: '2026-11-28',
    actors: names.map((name, i) => ({ id: id(i), name, kind: ['state', 'alliance', 'organization', 'group'][i % 4], description: name })),
    people: names.map((_, i) => ({ id: `speaker-${i}`, name: `Speaker ${i}`, role: 'Spokesperson', actor: id(i) })),
    sources: minimal.sources,
    stances,
    statements,
    ...(positions ? { positions: Object.fromEntries(positions.map(([x, y], i) => [id(i), { x, y }])) } : {}),
  };
}

const LONG = [
  'The Democratic Federation of the Northern Coastal Provinces',
  'Alliance for Mutual Defence and Economic Cooperation Council',
  'International Organisation for Maritime Boundary Arbitration',
];
const MAPS = {
  // Three actors with long names, five stances from the first to the second.
  'long-names.json': map('Long names', LONG, ['Supports negotiation', 'Warns of consequences', 'Calls for a new regional security mechanism', 'Upholds sovereignty', 'Accuses of interference in internal affairs'], [[0, 0], [400, 0], [200, 300]]),
  // Eight actors in a ring, four stances on one pair.
  'ring.json': map('Ring', ['Arland', 'Borovia', 'Calimar', 'Dastan', 'Elbonia', 'Freedonia', 'Genovia', 'Haldor'], ['Supports negotiation', 'Warns', 'Condemns the annexation', 'Offers mediation'],
    Array.from({ length: 8 }, (_, i) => [Math.round(300 * Math.cos((i * Math.PI) / 4)), Math.round(300 * Math.sin((i * Math.PI) / 4))])),
};

const SIZES = [
  { width: 320, height: 640, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 1440, height: 900, touch: false },
];

async function expectNoOverlaps(page: Page, what: string) {
  await graphReady(page);
  const found = await labelOverlaps(page);
  expect(found.labels, `${what}: labels drawn`).toBeGreaterThan(0);
  expect({ what, labelLabel: found.labelLabel, labelActor: found.labelActor }).toEqual({ what, labelLabel: [], labelActor: [] });
}

for (const size of SIZES) {
  test.describe(`${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });
    // Several maps and views per test, each a page load.
    test.setTimeout(180_000);

    test('the built-in map: no label over another or over an actor, in any state', async ({ page }) => {
      for (const view of ['', '?actor=china', '?from=china&to=russia', '?actor=russia&theme=dark', '?embed=1&from=china&to=russia']) {
        await page.goto(`./${view}`);
        await expectNoOverlaps(page, `built-in ${view || 'default'}`);
      }
    });

    test('maps of our own: long names and up to five stances on one pair', async ({ page }) => {
      for (const [name, data] of Object.entries(MAPS)) {
        await page.route(`**/data/${name}`, (route) => route.fulfill({ json: data }));
        for (const view of ['', '&actor=actor-0', '&from=actor-0&to=actor-1']) {
          await page.goto(`./?data=data/${name}${view}`);
          await expectNoOverlaps(page, `${name} ${view || 'default'}`);
        }
      }
    });
  });
}
