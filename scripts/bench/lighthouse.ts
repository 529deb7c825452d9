// Lighthouse 12.2.3 with its default (mobile) config, on the app's default view, in a Chromium of
// its own started by chrome-launcher. Returns the four category scores ×100.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { withTimeout } from './frames';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number | null>;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function runLighthouse(url: string, chromePath: string, port: number, timeoutMs: number): Promise<{ scores: Scores; version: string }> {
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await withTimeout(launch({ chromePath, chromeFlags: FLAGS, port, logLevel: 'silent', handleSIGINT: false }), 60_000, 'launching Chromium for Lighthouse');
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
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Scores,
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    chrome?.kill();
  }
}
