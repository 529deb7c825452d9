// A handful of the legibility corpus (scripts/corpus.ts; npm run legibility measures all of it): the
// automatic layout, as drawn, sends no arrow through an actor, crowds no actors, and keeps every actor
// in view, at a phone's and a desktop's size, as opened and with an actor or an arrow selected.
import { corpus } from '../scripts/corpus';
import { measureView, openMap, SIZES, states } from '../scripts/legibility/measure';
import { expect, test } from './fixtures';

const HANDFUL = ['triangle-3', 'complete-5', 'star-8', 'clusters-12'];
const maps = corpus().filter(({ name }) => HANDFUL.includes(name));

for (const size of SIZES)
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone });

    for (const { name, dataset } of maps)
      test(`${name}: no arrow through an actor, no crowded actors, every actor in view`, async ({ page }) => {
        test.setTimeout(120_000);
        for (const state of states(dataset)) {
          await openMap(page, './', name, dataset, state.query);
          const figures = await measureView(page);
          expect({ state: state.name, through: figures.arrowsThroughActors, close: figures.closePairs, out: figures.outOfView }).toEqual({ state: state.name, through: 0, close: 0, out: 0 });
        }
      });
  });
