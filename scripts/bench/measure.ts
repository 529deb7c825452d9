// One measured page load: navigation to first paint and to a drawn graph, frame times while
// panning, and the latency from a click on a node to the page's answer. Runs in a fresh context,
// optionally under CPU throttling. The page side is inPage.ts's adapter, the same on every page.
import type { Browser, Page } from '@playwright/test';
import { APP_HEADING, clickNearestNode } from './click';
import { markNow, markTime, panFrames, settle, STEP_TIMEOUT } from './frames';
import { installAdapter } from './inPage';

/** The app, the bare Cytoscape page, the sigma page. */
export type Kind = 'app' | 'bare' | 'sigma';

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
  /** The `stancemap:graph-ready` mark: the renderer's first frame. */
  ready: number;
  /** First graph pixels: the `stancemap:graph-pixels` mark (the app's early or static picture) where there is one, else `ready`. */
  pixels: number;
  /** pointerdown to the answer in the DOM (the panel's h2, or the bare page's output div). */
  click: number;
  /** pointerdown to the end of the frame that shows the answer (next rAF, then a task). */
  clickPaint: number;
  /** Interaction to Next Paint for the click (Event Timing: the longest entry of its interaction); 0 when under 16 ms, which the API does not report. */
  inp: number;
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

/** The settled viewport and stylesheet of a Cytoscape page (the sigma page has neither). */
async function cytoscapeView(page: Page): Promise<{ view: View; styleHash: string }> {
  return page.evaluate(() => {
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
}

/** CPU slowdown for the run (CDP Emulation.setCPUThrottlingRate): 1 is none, 4 stands for a mid-range phone. */
export type RunOptions = { throttle?: number };

export async function measureRun(browser: Browser, url: string, kind: Kind, { throttle = 1 }: RunOptions = {}): Promise<Run> {
  const began = Date.now();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    // tsx (esbuild's keepNames) wraps named functions in __name(), which page functions carry along.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    await context.addInitScript(installAdapter);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT * throttle });
    // Above its interactive size (5,000 actors) the app draws only when asked: the run asks at once.
    if (kind === 'app') {
      const drawAnyway = page.getByRole('button', { name: 'Draw the map anyway' });
      await page.waitForFunction(() => performance.getEntriesByName('stancemap:graph-ready').length > 0 || !!document.querySelector('.map-notice'), null, { timeout: LOAD_TIMEOUT * throttle });
      if (await drawAnyway.isVisible()) await drawAnyway.click();
    }
    const ready = await markTime(page, 'stancemap:graph-ready', LOAD_TIMEOUT * throttle);
    if (Number.isNaN(ready)) throw new Error(`${url}: no stancemap:graph-ready mark within ${LOAD_TIMEOUT * throttle} ms`);
    await page.waitForFunction(() => window.__bench.ready(), null, { timeout: STEP_TIMEOUT });
    const fcp = await markTime(page, 'first-contentful-paint', 10_000);
    const rendered = await markTime(page, 'stancemap:app-rendered', 10_000);
    // Set before the graph's first frame, if at all.
    const pixels = await markNow(page, 'stancemap:graph-pixels');
    await settle(page);
    const { view, styleHash } =
      kind === 'sigma'
        ? { view: await page.evaluate(() => ({ width: window.__bench.container().clientWidth, height: window.__bench.container().clientHeight }) as View), styleHash: '' }
        : await cytoscapeView(page);

    const pan = await panFrames(page);
    await settle(page);
    // Again, now that the renderer has seen the view move once (Cytoscape builds its layer textures lazily).
    const again = await panFrames(page);
    await settle(page);
    // A click that gets no answer (a node too small to hit on a huge map) is reported as n/a, not a failed run.
    const click = await clickNearestNode(page, kind === 'app' ? APP_HEADING : '#bench-tap', url).catch((error: unknown) => {
      console.error(`[bench] ${url}: the click got no answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      return { click: NaN, clickPaint: NaN, inp: NaN };
    });
    return {
      fcp,
      rendered,
      ready,
      pixels: Number.isNaN(pixels) ? ready : Math.min(pixels, ready),
      ...click,
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
