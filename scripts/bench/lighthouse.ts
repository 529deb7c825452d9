// Lighthouse 12.2.3 with its default (mobile) config, on the app's default view, in a Chromium of
// its own started by chrome-launcher. Returns the four category scores ×100, the metrics the
// performance score is made of, and the main thread's long tasks, which say what holds it down.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { withTimeout } from './frames';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number | null>;
/** A main-thread task over 50 ms: the script it is attributed to (file name only), start and length in ms. */
export type LongTask = { url: string; start: number; duration: number };
/** The metrics behind the performance score: ms, and the layout shift as a number. */
export const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', si: 'speed-index', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;
export type LighthouseRun = { scores: Scores; version: string; metrics: Record<keyof typeof METRICS, number | null>; longTasks: LongTask[] };

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function runLighthouse(url: string, chromePath: string, timeoutMs: number): Promise<LighthouseRun> {
  let chrome: LaunchedChrome | undefined;
  try {
    // No port given: chrome-launcher picks a free one, never the last run's Chromium still closing.
    chrome = await withTimeout(launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent', handleSIGINT: false }), 60_000, 'launching Chromium for Lighthouse');
    const result = await withTimeout(
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }),
      timeoutMs,
      'Lighthouse run',
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    const score = (id: string) => {
      const value = result.lhr.categories[id]?.score;
      return typeof value === 'number' ? Math.round(value * 100) : null;
    };
    const { audits } = result.lhr;
    const items = (audits['long-tasks']?.details as { items?: Array<{ url?: string; startTime?: number; duration?: number }> } | undefined)?.items ?? [];
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Scores,
      version: result.lhr.lighthouseVersion,
      metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, audits[id]?.numericValue ?? null])) as LighthouseRun['metrics'],
      longTasks: items.map((item) => ({ url: (item.url ?? '').split('/').pop() || '(page)', start: item.startTime ?? 0, duration: item.duration ?? 0 })),
    };
  } finally {
    chrome?.kill();
  }
}
