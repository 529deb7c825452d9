// A map from ?data= is pictured before Cytoscape's chunk has loaded, with every node where the live
// graph then draws it; the live graph takes over in place.
import type { Page } from '@playwright/test';
import { generateDataset } from '../scripts/generate';
import { dataset, expect, graphReady, panel, test } from './fixtures';

/** Holds the live graph's chunk until the returned function is called. */
async function holdGraphChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/GraphView[^/]*\.(js|tsx)(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The picture's pixels, kept on the page: the canvas goes once the live graph has drawn. */
const keepPicture = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.static-map')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const box = canvas.getBoundingClientRect();
    (window as unknown as { __picture: unknown }).__picture = { data, ratio: canvas.width / box.width, left: box.left, top: box.top };
    let painted = 0;
    for (let i = 3; i < data.data.length; i += 4) if (data.data[i]) painted++;
    return painted;
  });

for (const actors of [60, 600]) {
  test(`a ${actors}-actor map from ?data= shows its picture first, with the live graph's positions`, async ({ page }) => {
    const dataset = generateDataset(actors);
    await page.route('**/data/generated.json', (route) => route.fulfill({ json: dataset }));
    const release = await holdGraphChunk(page);
    await page.goto('./?data=data/generated.json');

    const picture = page.getByRole('img', { name: `Map of ${dataset.title}` });
    await expect(picture).toBeVisible();
    // The app's own picture, once it has checked the dataset (the early one before it: early-picture.spec.ts).
    await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
    expect(await page.evaluate(() => performance.getEntriesByName('stancemap:graph-pixels').length)).toBe(1);
    expect(await page.evaluate(() => !!window.__stancemapCy)).toBe(false);
    expect(await keepPicture(page)).toBeGreaterThan(1000);

    release();
    await graphReady(page);
    await expect(page.locator('.static-map')).toHaveCount(0);
    // Each node's outline in the kept picture lies where the live graph draws that node's rim.
    const misses = await page.evaluate(() => {
      const { data, ratio, left, top } = (window as unknown as { __picture: { data: ImageData; ratio: number; left: number; top: number } }).__picture;
      const cy = window.__stancemapCy!;
      const box = cy.container()!.getBoundingClientRect();
      const dark = (x: number, y: number) => {
        const i = (Math.round((y - top) * ratio) * data.width + Math.round((x - left) * ratio)) * 4;
        return data.data[i + 3] > 0 && data.data[i] + data.data[i + 1] + data.data[i + 2] < 300;
      };
      return cy
        .nodes()
        .slice(0, 12)
        .filter((node) => {
          const { x, y } = node.renderedPosition();
          const rim = node.renderedOuterWidth() / 2 - 1.25;
          // Within a pixel of the rim, on the node's left (labels hang below, arrows come from anywhere).
          return ![-1, 0, 1].some((d) => dark(box.left + x - rim + d, box.top + y));
        })
        .map((node) => node.id());
    });
    expect(misses).toEqual([]);
  });
}

test('the prerendered default view takes its dataset from the page, and loads neither the validator nor the canvas picture', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.json')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  // The page carries the dataset its prerendered view was drawn from.
  const block = await page.locator('script#stancemap-dataset').textContent();
  expect(JSON.parse(block!).title).toBe(dataset.title);
  await graphReady(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((path) => /\/GraphView-[^/]+\.js$/.test(path))).toBe(true);
  // The build checked the built-in dataset; the reader's browser does not check it again.
  const unwanted = scripts.filter((path) => /\/(validate|checkWorker|loadUrl|StaticCanvas|layoutJob|MapNotice|HoverCard)-[^/]+\.js$|graph\.json$/.test(path));
  expect(unwanted).toEqual([]);
});

test('a ?data= map preloads its pictures, loader and banner, prefetches the live graph, and starts the check, while the first chunk loads', async ({ page }) => {
  const dataset = generateDataset(60);
  await page.route('**/data/generated.json', (route) => route.fulfill({ json: dataset }));
  // The check's worker starts before the app's first chunk has run: that chunk is held back until
  // the worker is asked for (or 5 s have passed, and the test fails).
  let workers = 0;
  let asked!: () => void;
  const workerAsked = new Promise<void>((resolve) => (asked = resolve));
  page.on('request', (request) => {
    if (!/\/checkWorker-[^/]+\.js$/.test(request.url())) return;
    workers += 1;
    asked();
  });
  let askedBeforeApp = false;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    askedBeforeApp = await Promise.race([workerAsked.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    await route.continue();
  });
  await page.goto('./?data=data/generated.json');
  await graphReady(page);
  const links = (rel: string) => page.locator(`head link[rel="${rel}"]`).evaluateAll((found) => found.map((link) => (link as HTMLLinkElement).href.split('/').pop()));
  expect((await links('modulepreload')).join(' ')).toMatch(/picture-.*loadUrl-.*StaticCanvas-.*LoadedBanner-/);
  expect((await links('prefetch')).join(' ')).toMatch(/GraphView-/);
  expect(askedBeforeApp).toBe(true);
  // The app takes that worker's result: it starts no second one.
  expect(workers).toBe(1);
  // The default view needs none of them at once.
  await page.goto('./');
  expect(await links('prefetch')).toEqual([]);
  expect((await links('modulepreload')).join(' ')).not.toMatch(/loadUrl|StaticCanvas|GraphView/);
});
