// One measured page load: navigation to first paint and to a drawn graph, frame times while
// panning, and the latency from a click on a node to the page's answer. Runs in a fresh context.
import type { Browser, Page } from '@playwright/test';

export type Kind = 'app' | 'bare';

/** The canvas size, viewport and Cytoscape settings of a settled page: the bare page copies the app's. */
export type View = {
  width: number;
  height: number;
  zoom: number;
  panX: number;
  panY: number;
  minZoom: number;
  maxZoom: number;
  autoungrabify: boolean;
  autounselectify: boolean;
  boxSelectionEnabled: boolean;
  hideEdgesOnViewport: boolean;
};

export type Run = {
  /** First Contentful Paint, ms after navigation start. */
  fcp: number;
  /** The `stancemap:app-rendered` mark. */
  rendered: number;
  /** The `stancemap:graph-ready` mark: Cytoscape's first render. */
  ready: number;
  /** pointerdown to the answer in the DOM (the panel's h2, or the bare page's output div). */
  click: number;
  /** pointerdown to the end of the frame that shows the answer (next rAF, then a task). */
  clickPaint: number;
  panMedian: number;
  panP95: number;
  /** Frames panned, Cytoscape 'render' events (drawn frames) meanwhile, and how long it took. */
  panFrames: number;
  panRenders: number;
  panTotal: number;
  /** A second pan right after the first. */
  panAgainMedian: number;
  panAgainP95: number;
  /** The settled viewport before panning, so the bare page can be given the app's. */
  view: View;
  /** A hash of the stylesheet in force, to check that both pages use the same one. */
  styleHash: string;
  wallMs: number;
};

const LOAD_TIMEOUT = 120_000;
const STEP_TIMEOUT = 60_000;
const PAN_FRAMES = 60;
/** Panning stops early after this long (a large map can take seconds per frame). */
const PAN_LIMIT_MS = 30_000;
const QUIET_MS = 800;
const QUIET_MAX_MS = 30_000;

/** page.evaluate has no timeout of its own. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Two frames, then until Cytoscape has drawn nothing for QUIET_MS (at most QUIET_MAX_MS): it keeps
 * filling its texture caches for a while after a load, a restyle or a pan, and a measurement taken
 * meanwhile would time that instead.
 */
async function settle(page: Page): Promise<number> {
  const frames = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await withTimeout(frames(), STEP_TIMEOUT, 'two frames');
  return withTimeout(
    page.evaluate(
      ({ quietMs, maxMs }) =>
        new Promise<number>((resolve) => {
          const cy = window.__stancemapCy!;
          const start = performance.now();
          let last = start;
          const onRender = () => (last = performance.now());
          cy.on('render', onRender);
          const check = () => {
            const now = performance.now();
            if (now - last < quietMs && now - start < maxMs) return void setTimeout(check, 50);
            cy.removeListener('render', onRender);
            resolve(now - start);
          };
          setTimeout(check, 50);
        }),
      { quietMs: QUIET_MS, maxMs: QUIET_MAX_MS },
    ),
    QUIET_MAX_MS + STEP_TIMEOUT,
    'the canvas to settle',
  );
}

/**
 * Pans 5 px per frame for PAN_FRAMES frames (or PAN_LIMIT_MS); returns the time between successive
 * frame callbacks. performance.now(), not the rAF timestamp: after a long frame Chromium hands out
 * frame times on the vsync grid, which hides how long the frame really took.
 */
async function panFrames(page: Page): Promise<{ intervals: number[]; renders: number; total: number }> {
  const { stamps, renders } = await withTimeout(
    page.evaluate(
      ({ frames, limit }) =>
        new Promise<{ stamps: number[]; renders: number }>((resolve) => {
          const cy = window.__stancemapCy!;
          const stamps: number[] = [];
          let renders = 0;
          const count = () => renders++;
          cy.on('render', count);
          const step = () => {
            const now = performance.now();
            stamps.push(now);
            if (stamps.length > frames || now - stamps[0] > limit) {
              cy.removeListener('render', count);
              return resolve({ stamps, renders });
            }
            cy.panBy({ x: 5, y: 0 });
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      { frames: PAN_FRAMES, limit: PAN_LIMIT_MS },
    ),
    PAN_LIMIT_MS + STEP_TIMEOUT,
    'panning',
  );
  return { intervals: stamps.slice(1).map((t, i) => t - stamps[i]), renders, total: stamps[stamps.length - 1] - stamps[0] };
}

async function markTime(page: Page, name: string, timeout: number): Promise<number> {
  try {
    const handle = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout });
    return (await handle.jsonValue()) as number;
  } catch {
    return NaN;
  }
}

export async function measureRun(browser: Browser, url: string, kind: Kind): Promise<Run> {
  const began = Date.now();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    // tsx (esbuild's keepNames) wraps named functions in __name(), which page functions carry along.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const ready = await markTime(page, 'stancemap:graph-ready', LOAD_TIMEOUT);
    if (Number.isNaN(ready)) throw new Error(`${url}: no stancemap:graph-ready mark within ${LOAD_TIMEOUT} ms`);
    await page.waitForFunction(() => !!window.__stancemapCy, null, { timeout: STEP_TIMEOUT });
    const fcp = await markTime(page, 'first-contentful-paint', 10_000);
    const rendered = await markTime(page, 'stancemap:app-rendered', 10_000);
    await settle(page);
    const { view, styleHash } = await page.evaluate(() => {
      const cy = window.__stancemapCy!;
      const rect = cy.container()!.getBoundingClientRect();
      const style = JSON.stringify((cy.style() as unknown as { json(): unknown }).json());
      let hash = 0;
      for (let i = 0; i < style.length; i++) hash = (Math.imul(hash, 31) + style.charCodeAt(i)) | 0;
      const view: View = {
        width: rect.width,
        height: rect.height,
        zoom: cy.zoom(),
        panX: cy.pan().x,
        panY: cy.pan().y,
        minZoom: cy.minZoom(),
        maxZoom: cy.maxZoom(),
        autoungrabify: cy.autoungrabify(),
        autounselectify: cy.autounselectify(),
        boxSelectionEnabled: cy.boxSelectionEnabled(),
        // Not in the public API: the renderer keeps the constructor option as is.
        hideEdgesOnViewport: !!(cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } }).renderer().hideEdgesOnViewport,
      };
      return { view, styleHash: `${(hash >>> 0).toString(16)}/${style.length}` };
    });

    const pan = await panFrames(page);
    await settle(page);
    // Again, now that Cytoscape has seen the view move once (it builds its layer textures lazily).
    const again = await panFrames(page);
    await settle(page);

    // The node nearest the middle of the canvas, and where it is on the page.
    const target = await page.evaluate(() => {
      const cy = window.__stancemapCy!;
      const rect = cy.container()!.getBoundingClientRect();
      const middle = { x: rect.width / 2, y: rect.height / 2 };
      let best = { id: '', label: '', x: 0, y: 0, d: Infinity };
      cy.nodes(':visible').forEach((node) => {
        const p = node.renderedPosition();
        const d = (p.x - middle.x) ** 2 + (p.y - middle.y) ** 2;
        if (d < best.d) best = { id: node.id(), label: String(node.data('label')), x: rect.left + p.x, y: rect.top + p.y, d };
      });
      return best;
    });
    if (!target.id) throw new Error(`${url}: no node to click`);
    // Hover first and let the hover highlight settle, so only the click is timed.
    await page.mouse.move(target.x, target.y);
    await settle(page);
    const selector = kind === 'app' ? 'aside[aria-label="Statements"] h2' : '#bench-tap';
    await page.evaluate(
      ({ selector, label }) => {
        const state = { down: 0, dom: 0, paint: 0 };
        Object.assign(window, { __benchClick: state });
        window.addEventListener('pointerdown', () => (state.down = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (state.dom || document.querySelector(selector)?.textContent !== label) return;
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
      { selector, label: target.label },
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
    return {
      fcp,
      rendered,
      ready,
      click: click.dom - click.down,
      clickPaint: click.paint - click.down,
      panMedian: percentile(pan.intervals, 50),
      panP95: percentile(pan.intervals, 95),
      panFrames: pan.intervals.length,
      panRenders: pan.renders,
      panTotal: pan.total,
      panAgainMedian: percentile(again.intervals, 50),
      panAgainP95: percentile(again.intervals, 95),
      view,
      styleHash,
      wallMs: Date.now() - began,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Nearest-rank percentile; NaN for no finite values. */
export function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
