// A reader on a phone taps the map while only the prerendered picture is there: the tap is answered
// (the panel holds every statement) without the live graph, and the picture marks what was tapped.
import type { Locator, Page } from '@playwright/test';
import { dataset, expect, test } from './fixtures';

const china = dataset.actors.find((actor) => actor.id === 'china')!;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// Pages held back on purpose (and one throttled) take their time; no speed is asserted here.
test.describe.configure({ timeout: 120_000 });

/** A finger's tap where the element is drawn now (the picture is redrawn for the screen's box meanwhile). */
async function tapOn(page: Page, element: Locator) {
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  await expect.poll(async () => (box = await element.boundingBox()), { timeout: 30_000 }).not.toBeNull();
  const { x, y, width, height } = box!;
  await page.touchscreen.tap(x + width / 2, y + height / 2);
}

/** Holds the live graph's chunk until the returned function is called: the page has only its picture until then. */
async function holdLiveGraph(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/GraphView-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const liveGraph = (page: Page) => page.evaluate(() => !!window.__stancemapCy);

test('a tap on the picture of a throttled phone, before the live graph exists, selects at once, marks it, and Back undoes it', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // A slow phone network: 1.6 Mbps down, 750 kbps up, 150 ms of latency.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  const release = await holdLiveGraph(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await tapOn(page, page.locator('svg.static-map:visible [data-actor="china"] .static-node'));

  await expect(page).toHaveURL(/[?&]actor=china\b/);
  await expect(page.getByRole('heading', { level: 2, name: china.name, exact: true })).toBeVisible();
  await expect(page.locator('svg.static-map:visible [data-actor="china"]').first()).toHaveClass(/\bstatic-marked\b/);
  expect(await liveGraph(page)).toBe(false);

  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(page.getByRole('heading', { level: 2, name: china.name, exact: true })).toHaveCount(0);
  await expect(page.locator('svg.static-map:visible .static-marked')).toHaveCount(0);

  // The live graph, once it arrives, takes the same selection from the store.
  await tapOn(page, page.locator('svg.static-map:visible [data-actor="china"] .static-node'));
  release();
  await expect.poll(() => page.evaluate(() => window.__stancemapCy?.$('node.selected').map((node) => node.id()) ?? null), { timeout: 20_000 }).toEqual(['china']);
});

test('a tap on an arrow of the picture opens that relation', async ({ page }) => {
  await holdLiveGraph(page);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await tapOn(page, page.locator('svg.static-map:visible [data-from="china"][data-to="russia"] path').first());
  await expect(page).toHaveURL(/from=china&to=russia/);
  await expect(page.locator('svg.static-map:visible [data-from="china"][data-to="russia"]').first()).toHaveClass(/\bstatic-marked\b/);
  expect(await liveGraph(page)).toBe(false);
});

test('a tap made before the app has run is kept and answered once it has', async ({ page }) => {
  await holdLiveGraph(page);
  // The app's entry held back: only the prerendered page and early-data.js are there.
  let releaseEntry!: () => void;
  const entry = new Promise<void>((resolve) => (releaseEntry = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await entry;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await tapOn(page, page.locator('svg.static-map:visible [data-actor="china"] .static-node'));
  // Marked at once by early-data.js, though no app is there to answer yet.
  await expect(page.locator('svg.static-map:visible [data-actor="china"]').first()).toHaveClass(/\bstatic-marked\b/);
  await expect(page).not.toHaveURL(/actor=/);
  releaseEntry();
  await expect(page).toHaveURL(/[?&]actor=china\b/);
  await expect(page.getByRole('heading', { level: 2, name: china.name, exact: true })).toBeVisible();
});
