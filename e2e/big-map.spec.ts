// Big maps never freeze the tab: the layout runs in a worker with progress and Cancel, a map above
// the interactive size says so and offers the list view, and the list view renders only what shows.
import { generateDataset } from '../scripts/generate';
import { expect, graphReady, panel, test } from './fixtures';
import type { Page } from '@playwright/test';

async function serve(page: Page, name: string, data: unknown) {
  await page.route(`**/data/${name}`, (route) => route.fulfill({ json: data }));
}

/**
 * Holds the layout's Worker until `window.__releaseLayout()`, so the layout is "running"
 * for as long as a test needs; then each starts for real. (Holding the worker's script request
 * instead would also hold the page: terminating a worker still loading waits for its script.)
 */
const holdWorkers = () =>
  window.Worker = class HeldWorker {
    static released = false;
    static pending: (() => void)[] = [];
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private real: Worker | null = null;
    private queued: unknown[] = [];
    private dead = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      const Real = (window as unknown as { RealWorker: typeof Worker }).RealWorker;
      const start = () => {
        if (this.dead) return;
        this.real = new Real(url, options);
        this.real.onmessage = (event) => this.onmessage?.(event);
        this.real.onerror = (event) => this.onerror?.(event);
        this.queued.forEach((message) => this.real!.postMessage(message));
      };
      // Only the layout's worker: the dataset's check (load/checkWorker.ts) runs at once.
      if (HeldWorker.released || !String(url).includes('layoutWorker')) start();
      else HeldWorker.pending.push(start);
    }
    postMessage(message: unknown) {
      if (this.real) this.real.postMessage(message);
      else this.queued.push(message);
    }
    terminate() {
      this.dead = true;
      this.real?.terminate();
    }
  } as unknown as typeof Worker;

test('while a map is arranged, progress shows, the panel and search work, and Cancel stops it', async ({ page }) => {
  test.setTimeout(90_000);
  const data = generateDataset(120);
  delete data.positions;
  await serve(page, 'unplaced-120.json', data);
  await page.addInitScript(() => {
    (window as unknown as { RealWorker: typeof Worker }).RealWorker = window.Worker;
  });
  await page.addInitScript(holdWorkers);
  await page.addInitScript(() => {
    (window as unknown as { __releaseLayout: () => void }).__releaseLayout = () => {
      const Held = window.Worker as unknown as { released: boolean; pending: (() => void)[] };
      Held.released = true;
      Held.pending.splice(0).forEach((start) => start());
    };
  });
  await page.goto('./?data=data/unplaced-120.json');
  const notice = page.getByRole('status').filter({ hasText: 'Arranging the map of 120 actors…' });
  // Waits for the page and its chunks, on a shared machine; the layout itself is held.
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice.getByRole('progressbar', { name: 'Arranging the map' })).toBeVisible();

  // Search and the panel answer while the layout runs.
  await page.getByRole('combobox', { name: /Search/ }).fill('Actor 17');
  await page.getByRole('option', { name: /^Actor 17\b/ }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Actor 17');

  // By keyboard: the search results still lie over the map.
  await notice.getByRole('button', { name: 'Cancel' }).press('Enter');
  const cancelled = page.getByRole('status').filter({ hasText: 'The map was not arranged.' });
  await expect(cancelled).toBeVisible();
  await page.evaluate(() => (window as unknown as { __releaseLayout: () => void }).__releaseLayout());
  await cancelled.getByRole('button', { name: 'Arrange the map' }).click();
  await graphReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Arranging' })).toHaveCount(0);
  expect(await page.evaluate(() => window.__stancemapCy!.nodes().length)).toBe(120);
});

test('a map above the interactive size says so, and its list view renders only the rows on screen', async ({ page }) => {
  // Five megabytes of JSON to fetch and validate on a shared build machine.
  test.setTimeout(120_000);
  const data = generateDataset(5200);
  await serve(page, 'big.json', data);
  await page.goto('./?data=data/big.json');
  const notice = page.getByRole('status').filter({ hasText: 'This map has 5,200 actors, more than the 5,000' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => window.__stancemapCy ?? null)).toBeNull();

  await notice.getByRole('button', { name: 'Show the list view' }).click();
  const list = page.locator('.list-view');
  await expect(list.getByRole('button', { name: /^Actor 0\b/ })).toBeVisible();
  expect(await list.locator('button[data-twin]').count()).toBeLessThan(400);

  // End reaches the last actor, which the list had not rendered until then.
  await list.getByRole('button', { name: /^Actor 0\b/ }).focus();
  await page.keyboard.press('End');
  const lastRow = list.locator(`li[aria-posinset="${data.actors.length}"]`);
  await expect(lastRow).toHaveAttribute('aria-setsize', String(data.actors.length));
  await expect(lastRow.locator('button[data-twin]').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(list.getByRole('button', { name: new RegExp(`^${data.actors[0].name}\\b`) })).toBeFocused();
});
