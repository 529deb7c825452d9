// Shared by every spec: fail a test on any console error or uncaught exception, and helpers that
// find canvas elements through the live Cytoscape instance (Playwright cannot see inside a canvas).
import { expect, test as base, type Page } from '@playwright/test';
import type { EdgeSingular } from 'cytoscape';
import graph from '../data/graph.json' with { type: 'json' };
import type { Dataset } from '../src/model/schema';

/** The built-in dataset, typed as the app reads it (a target may carry the editors' reason). */
export const dataset = graph as unknown as Dataset;
export { targetIds } from '../src/model/provenance';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Waits until Cytoscape has laid out the graph. On the prerendered default view the live graph
 * waits for a sign of intent, so one is given: a pointer entering the map, without moving the mouse.
 */
export async function graphReady(page: Page): Promise<void> {
  await page.locator('.stage .graph-host').first().dispatchEvent('pointerover').catch(() => undefined);
  await page.waitForFunction(() => {
    const cy = window.__stancemapCy;
    return !!cy && !cy.destroyed() && cy.nodes().length > 0 && cy.width() > 0;
  });
}

/** The page coordinates of a node's centre, or of an edge's midpoint. */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await graphReady(page);
  const point = await page.evaluate((elementId) => {
    const cy = window.__stancemapCy!;
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`no element ${elementId}`);
    const box = cy.container()!.getBoundingClientRect();
    const at = element.isNode() ? element.renderedPosition() : (element as unknown as EdgeSingular).renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  return point;
}

export async function clickElement(page: Page, id: string): Promise<void> {
  const { x, y } = await screenPoint(page, id);
  await page.mouse.click(x, y);
}

/** The canvas restyles a frame after the store changes (the panel paints first): wait for it. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** Ids of the canvas elements that carry the selection highlight. */
export async function highlighted(page: Page): Promise<string[]> {
  await nextFrames(page);
  return page.evaluate(() => window.__stancemapCy!.$('.selected').map((e) => e.id()));
}

export const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' });

/** Class names that carry a canvas element's state (selected, faded, dim, hidden, isolated). */
export async function classesOf(page: Page, id: string): Promise<string[]> {
  await nextFrames(page);
  return page.evaluate((elementId) => window.__stancemapCy!.getElementById(elementId).classes(), id);
}

/** The ids of the stance arrows not filtered out (drawn when their pair is opened). */
export async function visibleEdges(page: Page): Promise<string[]> {
  await nextFrames(page);
  return page.evaluate(() => window.__stancemapCy!.edges('.stance').filter((e) => !e.hasClass('hidden')).map((e) => e.id()));
}

/** The ids of the pair arrows drawn (one per directed pair of actors). */
export async function visiblePairs(page: Page): Promise<string[]> {
  await nextFrames(page);
  return page.evaluate(() => window.__stancemapCy!.edges('.pair').filter((e) => e.visible()).map((e) => e.id()));
}
