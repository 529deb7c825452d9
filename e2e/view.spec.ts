// Moving the view: zoom buttons, the wheel, a box that changes size, and selections that never
// refit the map unasked. The hover card names what is under the pointer.
import type { Page } from '@playwright/test';
import { countRemarks } from '../src/model/provenance';
import { clickElement, dataset, expect, graphReady, panel, screenPoint, test } from './fixtures';

const viewport = (page: Page) => page.evaluate(() => ({ zoom: window.__stancemapCy!.zoom(), pan: window.__stancemapCy!.pan() }));
/** The model point at the middle of the canvas. */
const centre = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__stancemapCy!;
    return { x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() };
  });
const settled = (page: Page) => page.waitForFunction(() => !window.__stancemapCy!.animated());

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await graphReady(page);
});

test('zoom in, zoom out and whole-map buttons have names and move the view', async ({ page }) => {
  const start = await viewport(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page);
  expect((await viewport(page)).zoom).toBeCloseTo(start.zoom * 1.5, 5);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settled(page);
  expect((await viewport(page)).zoom).toBeCloseTo(start.zoom / 1.5, 5);
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  await settled(page);
  const back = await viewport(page);
  expect(back.zoom).toBeCloseTo(start.zoom, 5);
  expect(back.pan.x).toBeCloseTo(start.pan.x, 1);
});

test('one wheel notch zooms by about 1.2 around the pointer', async ({ page }) => {
  const start = await viewport(page);
  const at = await screenPoint(page, 'china');
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -100);
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom * 1.2, 5);
  // China stays under the pointer.
  const after = await screenPoint(page, 'china');
  expect(Math.abs(after.x - at.x)).toBeLessThan(1);
  expect(Math.abs(after.y - at.y)).toBeLessThan(1);
});

test('selecting an arrow or an actor never refits the map', async ({ page }) => {
  const start = await viewport(page);
  await clickElement(page, 'russia>ukraine');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia ⇄ Ukraine');
  await clickElement(page, 'china');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China');
  expect(await viewport(page)).toEqual(start);
});

test('when the box changes size, a view the reader moved keeps its centre and zoom', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page);
  const [zoom, middle] = [(await viewport(page)).zoom, await centre(page)];
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect.poll(() => page.evaluate(() => window.__stancemapCy!.width())).toBeLessThan(900);
  await settled(page);
  expect((await viewport(page)).zoom).toBe(zoom);
  const now = await centre(page);
  expect(Math.abs(now.x - middle.x)).toBeLessThan(1);
  expect(Math.abs(now.y - middle.y)).toBeLessThan(1);
});

test('an untouched view is refitted to a new box size', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(() => page.evaluate(() => window.__stancemapCy!.width())).toBeLessThan(800);
  // Polled: the refit starts from the resize observer, which a busy machine may run a little later
  // than the canvas takes its new size (a single look could come before the animation has begun).
  const inside = () =>
    page.evaluate(() => {
      const cy = window.__stancemapCy!;
      const box = cy.nodes().renderedBoundingBox({ includeLabels: true });
      return !cy.animated() && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
  await expect.poll(inside).toBe(true);
});

test('hovering shows a card with the actor or the arrow and what backs it', async ({ page }) => {
  const card = page.locator('.hover-card');
  const china = await screenPoint(page, 'china');
  await page.mouse.move(china.x, china.y);
  await expect(card).toContainText('China');
  const by = countRemarks(dataset.statements.filter((s) => s.actor === 'china'));
  await expect(card).toContainText(`${by} remarks by it`);
  expect(await page.evaluate(() => window.__stancemapCy!.container()!.style.cursor)).toBe('pointer');

  const arrow = await screenPoint(page, 'china>united-states');
  await page.mouse.move(arrow.x, arrow.y);
  await expect(card).toContainText('China → United States');
  for (const s of ['Opposes sanctions', 'Rebukes']) await expect(card).toContainText(s);
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test('an arrow whose every stance rests on an inferred target is drawn and labelled as inferred', async ({ page }) => {
  const look = (id: string) =>
    page.evaluate((edge) => {
      const e = window.__stancemapCy!.getElementById(edge);
      return { fill: e.style('target-arrow-fill') as string, lines: e.data('lines') as string[] };
    }, id);
  // Biden's remark names no country: the editors read China in.
  const inferred = await look('united-states>china');
  expect(inferred.fill).toBe('hollow');
  expect(inferred.lines.every((line) => line.endsWith('(inferred)'))).toBe(true);
  const stated = await look('russia>ukraine');
  expect(stated.fill).toBe('filled');
  expect(stated.lines.some((line) => line.includes('inferred'))).toBe(false);
});
