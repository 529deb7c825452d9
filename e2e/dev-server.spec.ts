// The README's first command, `npm run dev`, serves the app in development mode: StrictMode mounts
// every component twice (and with it a first Cytoscape instance it then destroys), and React checks
// more. A page that works only in the production build is broken, so this spec drives the dev server
// (the 'dev' project in playwright.config.ts); the fixtures fail it on any console error or page error.
import { clickElement, dataset, expect, graphReady, panel, screenPoint, test } from './fixtures';

const [first, second] = dataset.actors;

test('the default view draws the live graph and answers hover and click', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  const { x, y } = await screenPoint(page, first.id);
  await page.mouse.move(x, y);
  await expect.poll(() => page.evaluate(() => window.__stancemapCy!.$('.dim').length)).toBeGreaterThan(0);
  await page.mouse.click(x, y);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(first.name);
  // Outlive the idle-time work (the built-in dataset's check, the graph's first frames).
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('stancemap:graph-ready').length)).toBe(1);
  await expect(page.locator('canvas').first()).toBeVisible();
});

test('a deep link to an actor opens on it in development too', async ({ page }) => {
  await page.goto(`./?actor=${second.id}`);
  await graphReady(page);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(second.name);
  await clickElement(page, first.id);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(first.name);
  await expect(page).toHaveURL(new RegExp(`\\?actor=${first.id}$`));
  // The instance the tests read is the live one, not StrictMode's discarded first instance.
  expect(await page.evaluate(() => !window.__stancemapCy!.destroyed())).toBe(true);
});
