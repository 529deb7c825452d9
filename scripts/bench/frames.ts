// Waiting on a page's renderer: until it has gone quiet, frame times while it pans, a mark's time.
import type { Page } from '@playwright/test';

export const STEP_TIMEOUT = 60_000;
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
 * Two frames, then until the renderer has drawn nothing for QUIET_MS (at most QUIET_MAX_MS): it keeps
 * filling its texture caches for a while after a load, a restyle or a pan, and a measurement taken
 * meanwhile would time that instead.
 */
export async function settle(page: Page): Promise<number> {
  const frames = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await withTimeout(frames(), STEP_TIMEOUT, 'two frames');
  return withTimeout(
    page.evaluate(
      ({ quietMs, maxMs }) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          let last = start;
          const off = window.__bench.onRender(() => (last = performance.now()));
          const check = () => {
            const now = performance.now();
            if (now - last < quietMs && now - start < maxMs) return void setTimeout(check, 50);
            off();
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
export async function panFrames(page: Page): Promise<{ intervals: number[]; renders: number; total: number }> {
  const { stamps, renders } = await withTimeout(
    page.evaluate(
      ({ frames, limit }) =>
        new Promise<{ stamps: number[]; renders: number }>((resolve) => {
          const stamps: number[] = [];
          let renders = 0;
          const off = window.__bench.onRender(() => renders++);
          const step = () => {
            const now = performance.now();
            stamps.push(now);
            if (stamps.length > frames || now - stamps[0] > limit) {
              off();
              return resolve({ stamps, renders });
            }
            window.__bench.panBy(5);
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

/** A mark's time if the page has set it by now, else NaN (a waitForFunction cannot answer within 1 ms). */
export const markNow = (page: Page, name: string): Promise<number> => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

export async function markTime(page: Page, name: string, timeout: number): Promise<number> {
  try {
    const handle = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout });
    return (await handle.jsonValue()) as number;
  } catch {
    return NaN;
  }
}

