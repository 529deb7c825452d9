// The click a run ends with: on the node nearest the canvas centre, timed from pointerdown to the
// page's answer in the DOM, to the frame after it, and as INP (Event Timing, recorded by inPage.ts).
import type { Page } from '@playwright/test';
import type { EventEntry } from './inPage';
import { settle, STEP_TIMEOUT } from './frames';

/**
 * Clicks the node nearest the canvas centre (hovered first, and left to settle, so only the click
 * is timed): pointerdown to the answer in the DOM (a MutationObserver), to the frame after it, and
 * the interaction's INP from the Event Timing entries recorded by the adapter.
 */
/** The panel's heading of a selected actor (the overview has none in its header). */
export const APP_HEADING = 'aside[aria-label="Statements"] .view-header h2';

export async function clickNearestNode(page: Page, selector: string, url: string): Promise<{ click: number; clickPaint: number; inp: number }> {
  const target = await page.evaluate(() => {
    const rect = window.__bench.container().getBoundingClientRect();
    const middle = { x: rect.width / 2, y: rect.height / 2 };
    let best = { id: '', label: '', x: 0, y: 0, d: Infinity };
    for (const node of window.__bench.nodes()) {
      const d = (node.x - middle.x) ** 2 + (node.y - middle.y) ** 2;
      if (d < best.d) best = { id: node.id, label: node.label, x: rect.left + node.x, y: rect.top + node.y, d };
    }
    return best;
  });
  if (!target.id) throw new Error(`${url}: no node to click`);
  await page.mouse.move(target.x, target.y);
  await settle(page);
  await page.evaluate(
    ({ selector, label }) => {
      const state = { down: 0, dom: 0, paint: 0 };
      Object.assign(window, { __benchClick: state });
      window.addEventListener('pointerdown', () => (state.down = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const text = document.querySelector(selector)?.textContent;
        if (state.dom || !text || (label !== null && text !== label)) return;
        state.dom = performance.now();
        observer.disconnect();
        // rAF runs before the frame is drawn; a task queued from it runs after.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (state.paint = performance.now());
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    // The app's heading gives the actor's full name, the canvas its short one.
    { selector, label: selector === APP_HEADING ? null : target.label },
  );
  await page.mouse.down();
  await page.mouse.up();
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { __benchClick: { down: number; dom: number; paint: number } }).__benchClick;
      return state.paint ? state : null;
    },
    null,
    { timeout: STEP_TIMEOUT },
  );
  const click = (await handle.jsonValue())!;
  // Event Timing entries arrive after the frame that ends them.
  await settle(page);
  const events: EventEntry[] = await page.evaluate(() => window.__benchEvents);
  const inp = Math.max(0, ...events.filter((e) => e.startTime >= click.down - 50).map((e) => e.duration));
  return { click: click.dom - click.down, clickPaint: click.paint - click.down, inp };
}
