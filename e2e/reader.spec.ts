// The reader on every screen: a legible map at phone and desktop widths, a static picture the live
// graph replaces without a visible move, and a selection's statements in view on a phone.
import type { Page } from '@playwright/test';
import { dataset, expect, graphReady, panel, screenPoint, test } from './fixtures';

type Box = { x1: number; y1: number; x2: number; y2: number; id: string };

/** On-screen boxes (CSS px) of every drawn label and node, and each drawn label's font size on screen. */
const drawing = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__stancemapCy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const screen = (b: { x1: number; y1: number; x2: number; y2: number }, id: string) => ({
      id, x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y,
    });
    const labelled = cy.elements(':visible').filter((e) => !!e.data('label') && e.style('label') !== '');
    return {
      labels: labelled.map((e) => ({
        ...screen(e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }), e.id()),
        font: Number(e.numericStyle('font-size')) * zoom,
        node: e.isNode(),
      })),
      nodes: cy.nodes(':visible').map((n) => screen(n.boundingBox({ includeLabels: false, includeOverlays: false }), n.id())),
    };
  });

/** Centres of the static picture's nodes on screen (of the picture displayed: the server writes two). */
const pictured = (page: Page) =>
  page.locator('.static-map .static-node').evaluateAll((shapes) =>
    shapes.map((shape) => shape.getBoundingClientRect()).flatMap((r) => (r.width ? [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }] : [])),
  );

/** The same, once the app has drawn the picture for the map's own box (the server's is drawn for two boxes and scaled). */
async function clientPicture(page: Page) {
  await page.waitForFunction(() => {
    const svg = document.querySelector('.static-map');
    const box = svg?.getBoundingClientRect();
    return !!box && svg!.getAttribute('viewBox') === `0 0 ${box.width} ${box.height}`;
  });
  return pictured(page);
}

const overlap = (a: Box, b: Box) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;

for (const [name, width, height, mobile] of [['desktop', 1440, 900, false], ['phone', 390, 800, true], ['small phone', 320, 640, true]] as const) {
  test.describe(`at ${width} px (${name})`, () => {
    test.use({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });

    test('labels are at least 11 px and no edge label overlaps another label or a node', async ({ page }) => {
      await page.goto('./');
      await graphReady(page);
      const { labels, nodes } = await drawing(page);
      const edgeLabels = labels.filter((l) => !l.node);
      expect(edgeLabels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label.font, label.id).toBeGreaterThanOrEqual(11);
      for (const label of edgeLabels) {
        for (const other of [...labels.filter((l) => l !== label), ...nodes]) {
          expect(overlap(label, other), `${label.id} overlaps ${other.id}`).toBe(false);
        }
      }
    });

    test('nothing on the page moves while the app takes over and the live graph draws', async ({ page }) => {
      // Layout shifts as the browser reports them (Cumulative Layout Shift), from the first paint on.
      await page.addInitScript(() => {
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('./');
      await graphReady(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    });

    test('the live graph draws every actor where the static picture did', async ({ page }) => {
      await page.goto('./');
      // The picture the app hands over: drawn for the map's own box once hydrated.
      const statics = await clientPicture(page);
      expect(statics).toHaveLength(dataset.actors.length);
      await graphReady(page);
      for (const [i, actor] of dataset.actors.entries()) {
        const live = await screenPoint(page, actor.id);
        expect(Math.abs(live.x - statics[i].x), actor.id).toBeLessThanOrEqual(1);
        expect(Math.abs(live.y - statics[i].y), actor.id).toBeLessThanOrEqual(1);
      }
    });
  });
}

for (const [name, viewport, mobile] of [['a 390 px phone', { width: 390, height: 844 }, true], ['a 1440 × 900 desktop', { width: 1440, height: 900 }, false]] as const) {
  test(`on ${name}, the prerendered picture stands where the app redraws it`, async ({ browser, page }) => {
    // The server's picture as the page has it before any script: in a browser without JavaScript.
    const options = { viewport, isMobile: mobile, hasTouch: mobile, baseURL: test.info().project.use.baseURL };
    const without = await browser.newContext({ ...options, javaScriptEnabled: false });
    const plain = await without.newPage();
    await plain.goto('./');
    const server = await pictured(plain);
    await without.close();
    expect(server).toHaveLength(dataset.actors.length);

    await page.setViewportSize(viewport);
    await page.goto('./');
    const client = await clientPicture(page);
    for (const [i, actor] of dataset.actors.entries()) {
      expect(Math.hypot(client[i].x - server[i].x, client[i].y - server[i].y), actor.id).toBeLessThanOrEqual(2);
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });

  for (const id of ['china', 'russia', 'ukraine', 'united-states', 'nato']) {
    test(`tapping ${id} brings a quote into view at once`, async ({ page }) => {
      await page.goto('./');
      const { x, y } = await screenPoint(page, id);
      await page.touchscreen.tap(x, y);
      const quote = panel(page).locator('[data-statement] blockquote, [data-statement] q').first();
      await expect(quote).toBeVisible();
      await expect(quote).toBeInViewport();
      // And the actor tapped is still on screen, above the sheet.
      const after = await screenPoint(page, id);
      const sheetTop = await panel(page).evaluate((el) => el.getBoundingClientRect().top);
      expect(after.y).toBeGreaterThan(0);
      expect(after.y).toBeLessThan(sheetTop);
    });
  }

  test('the sheet goes to full height and back, and Escape and Back close it', async ({ page }) => {
    await page.goto('./');
    const { x, y } = await screenPoint(page, 'china');
    await page.touchscreen.tap(x, y);
    const sheet = panel(page);
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await sheet.getByRole('button', { name: 'Full screen' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
    await sheet.getByRole('button', { name: 'Show the map' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await page.keyboard.press('Escape');
    await expect(sheet).not.toHaveClass(/panel-open/);
    // The map moved up to sit above the sheet: find China again.
    const again = await screenPoint(page, 'china');
    await page.touchscreen.tap(again.x, again.y);
    await expect(sheet).toHaveClass(/panel-open/);
    await page.goBack();
    await expect(sheet).not.toHaveClass(/panel-open/);
    await sheet.getByRole('heading', { name: 'Actors' }).waitFor();
  });

  test('the list view is part of the page: no scroll box of its own', async ({ page }) => {
    await page.goto('./?view=list');
    const list = page.locator('.list-view');
    await expect(list.getByRole('button', { name: /China/ }).first()).toBeVisible();
    const { scroll, client } = await list.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  test('the legend is folded under its heading, and opens', async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: /Stances · all shown/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: /^Supports negotiation/ })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: /^Supports negotiation/ })).toBeVisible();
  });

  test('the map box fits its drawing: no empty band above or below it', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    const { stage, top, bottom } = await page.evaluate(() => {
      const cy = window.__stancemapCy!;
      const box = cy.nodes().renderedBoundingBox({ includeLabels: true });
      return { stage: cy.height(), top: box.y1, bottom: cy.height() - box.y2 };
    });
    expect(stage).toBeLessThan(500);
    // The band along the top holds the zoom buttons; below, no more than a margin.
    expect(top).toBeLessThan(70);
    expect(bottom).toBeLessThan(40);
  });

  test('a one-finger drag scrolls the page until the map is tapped, then pans the map', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    const cdp = await page.context().newCDPSession(page);
    const box = (await page.locator('.stage').boundingBox())!;
    const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    const pan = () => page.evaluate(() => window.__stancemapCy!.pan());
    const before = await pan();
    await cdp.send('Input.synthesizeScrollGesture', { ...at, yDistance: -120, gestureSourceType: 'touch', speed: 600 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await pan()).toEqual(before);
    // Let the fling come to rest before scrolling back.
    await page.evaluate(() => new Promise<void>((done) => {
      let last = -1;
      const tick = () => (window.scrollY === last ? done() : ((last = window.scrollY), setTimeout(tick, 150)));
      tick();
    }));
    await page.evaluate(() => window.scrollTo(0, 0));
    // The first tap (here on an actor, which opens its statements) arms panning.
    const china = await screenPoint(page, 'china');
    await page.touchscreen.tap(china.x, china.y);
    await expect(page.getByText('Tap, then drag the map')).toBeHidden();
    await expect(panel(page)).toHaveClass(/panel-open/);
    const map = (await page.locator('.stage').boundingBox())!;
    const sheetTop = await panel(page).evaluate((el) => el.getBoundingClientRect().top);
    // The middle of the part of the map the sheet leaves in view.
    const middle = { x: Math.round(map.x + map.width / 2), y: Math.round((Math.max(map.y, 0) + Math.min(map.y + map.height, sheetTop)) / 2) };
    const scrolled = await page.evaluate(() => window.scrollY);
    // A finger drawn up the map, step by step.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [middle] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: middle.x, y: middle.y - i * 8 }] });
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await pan()).y).toBeLessThan(before.y - 20);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});
