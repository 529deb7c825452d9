// A ?data= map's early picture: painted from the dataset as fetched, before the app (and its check)
// has loaded, in the prerendered page's frame with the built-in dataset's content hidden, marked as
// not yet checked, and exactly where the app's map then sits, so nothing jumps when it takes over.
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/generate';
import { dataset as builtIn, expect, graphReady, panel, test } from './fixtures';

/** Holds the check's worker (so the app cannot show the dataset) until the returned function is called. */
async function holdCheck(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/checkWorker-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return { left, top, width, height };
  });

for (const [name, viewport, touch] of [
  ['desktop', { width: 1440, height: 900 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport, isMobile: touch, hasTouch: touch });

    test('the picture comes before the check, says it is not checked, and sits where the live map then draws', async ({ page }) => {
      const data = generateDataset(80);
      await page.route('**/data/generated.json', (route) => route.fulfill({ json: data }));
      const release = await holdCheck(page);
      await page.goto('./?data=data/generated.json');

      const early = page.getByRole('img', { name: `Map of ${data.title}, not yet checked` });
      await expect(early).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Not checked yet' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
      await expect(page.getByRole('note').filter({ hasText: 'not the built-in dataset' })).toBeVisible();
      // Nothing of the built-in dataset shows meanwhile: its panel, legend and counts are hidden.
      await expect(page.getByText(builtIn.statements[0].quote.slice(0, 40))).toBeHidden();
      await expect(panel(page)).toBeVisible();
      await expect(panel(page).getByRole('heading')).toHaveCount(0);
      expect(await page.evaluate(() => performance.getEntriesByName('stancemap:graph-pixels').length)).toBe(1);
      const pictured = await box(page, 'canvas.static-map');

      release();
      await graphReady(page);
      await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
      await expect(page.getByText('Not checked yet')).toHaveCount(0);
      await expect(early).toHaveCount(0);
      await expect(page.locator('html')).not.toHaveAttribute('data-early');
      // The live map's canvas is the early picture's box: the same place and size, so no node moves.
      const live = await page.evaluate(() => {
        const { left, top, width, height } = window.__stancemapCy!.container()!.getBoundingClientRect();
        return { left, top, width, height };
      });
      for (const key of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(live[key] - pictured[key]), key).toBeLessThanOrEqual(1);
    });
  });
}

test('an invalid dataset may be pictured first, unchecked, and then shows its problems instead', async ({ page }) => {
  const data = generateDataset(60);
  data.statements[0].quote = '';
  await page.route('**/data/broken.json', (route) => route.fulfill({ json: data }));
  const release = await holdCheck(page);
  await page.goto('./?data=data/broken.json');
  await expect(page.getByRole('img', { name: /not yet checked$/ })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: /cannot be shown/ })).toBeVisible();
  await expect(page.locator('.static-map')).toHaveCount(0);
});

test('a dataset the picture cannot draw (no positions) waits for the app, with the built-in content hidden', async ({ page }) => {
  const data = generateDataset(30);
  delete data.positions;
  await page.route('**/data/unplaced.json', (route) => route.fulfill({ json: data }));
  const release = await holdCheck(page);
  await page.goto('./?data=data/unplaced.json');
  await expect(page.locator('html')).toHaveAttribute('data-early', 'loading');
  await expect(page.getByRole('status')).toHaveText('Loading data/unplaced.json…');
  await expect(page.locator('[data-statement]:visible')).toHaveCount(0);
  await expect(page.locator('canvas.static-map')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByText(builtIn.statements[0].quote.slice(0, 40))).toBeHidden();
  release();
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
});

test('an embed of a ?data= map is drawn by the app alone: its frame is not the prerendered one', async ({ page }) => {
  const data = generateDataset(30);
  await page.route('**/data/generated.json', (route) => route.fulfill({ json: data }));
  await page.goto('./?data=data/generated.json&embed=1');
  await graphReady(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-early');
  await expect(page.getByRole('img', { name: /not yet checked/ })).toHaveCount(0);
});

test('when the check cannot run in a worker, the page checks the dataset itself: an invalid one still shows its problems', async ({ page }) => {
  const data = generateDataset(40);
  data.statements[0].quote = '';
  await page.route('**/data/broken.json', (route) => route.fulfill({ json: data }));
  // Both workers, the one early-data.js starts and the app's own, fail to load.
  await page.route(/\/checkWorker-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?data=data/broken.json');
  await expect(page.getByRole('heading', { name: /cannot be shown/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('statements[0].quote');
});

test("the app's entry waits for the picture on a ?data= map (downloaded meanwhile, not compiled), and is preloaded at once elsewhere", async ({ page }) => {
  await page.route('**/data/generated.json', (route) => route.fulfill({ json: generateDataset(60) }));
  await page.goto('./?data=data/generated.json');
  await graphReady(page);
  // Compiled beside the dataset, that chunk held the picture back (early-data.js starts it after).
  const [pictured, entry] = await page.evaluate(() => [
    performance.getEntriesByName('stancemap:graph-pixels')[0]?.startTime,
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (resource) => /\/assets\/index-[^/]+\.js$/.test(resource.name) && resource.initiatorType === 'script',
    )?.startTime,
  ]);
  expect(pictured).toBeGreaterThan(0);
  expect(entry).toBeGreaterThanOrEqual(pictured!);
  const entryLinks = () => page.locator('head link').evaluateAll((links) => links.filter((link) => /\/assets\/index-[^/]+\.js$/.test((link as HTMLLinkElement).href)).map((link) => (link as HTMLLinkElement).rel));
  expect(await entryLinks()).toEqual(['prefetch']);
  await page.goto('./');
  await graphReady(page);
  expect(await entryLinks()).toEqual(['modulepreload']);
});
