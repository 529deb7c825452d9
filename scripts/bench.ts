// npm run bench [sizes ...] [--runs N] [--phone-runs N] [--lighthouse-runs N | --no-lighthouse] [--only-lighthouse]:
// builds the app and two baselines (bench/bare.html, plain Cytoscape; bench/sigma.html, sigma.js) into a temporary folder,
// serves them, and measures load, click and pan times on generated datasets of each size (default
// 50 500 2000 10000) in headless Chromium, on the desktop and under 4x CPU throttling, then the
// built-in dataset's default view, then runs Lighthouse on the app (three times by default).
// Prints the results and writes them to bench/results.md. A benchmark: it prints, it never fails on numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../e2e/browser';
import { buildIndex } from '../src/model/relations';
import { generateDataset } from './generate';
import { runLighthouse, type LighthouseRun } from './bench/lighthouse';
import { measureRun, type Kind, type View } from './bench/measure';
import { buildApp, buildBaselines, ROOT, serve, writeDataset } from './bench/pages';
import { markdown, type BuiltIn, type LighthouseOutcome, type Machine, type Runs, type SizeResult } from './bench/report';
import { parseArgs, type Options } from './bench/options';

/** CPU slowdown standing for a mid-range phone. */
const PHONE_THROTTLE = 4;
/** A first app+bare pair slower than this gets no second and third run. */
const SLOW_PAIR_MS = 60_000;
/** Past this much time in the page measurements, the remaining sizes get one run each. */
const SOFT_BUDGET_MS = 12 * 60_000;
/** The whole run is stopped (servers and browsers closed) after this. */
const HARD_LIMIT_MS = 30 * 60_000;

const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
const started = Date.now();

/** The commit measured, and whether the work tree had changes on top of it. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', timeout: 10_000 }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'bench/bare.ts', 'bench/bare.html', 'bench/sigma.ts', 'bench/sigma.html');
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes to the measured files' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** Remarks gathered while measuring, printed under the tables. */
const notes: string[] = [];
const cleanups: Array<() => Promise<unknown> | unknown> = [];
async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) await Promise.resolve().then(step).catch((error) => log(`cleanup: ${String(error)}`));
}

const queryOf = (view: View, keys?: (keyof View)[]) =>
  new URLSearchParams(Object.entries(view).filter(([key]) => !keys || keys.includes(key as keyof View)).map(([key, value]) => [key, String(value)]));

/** One run of each page: the app first, then the baselines given its canvas size (and, for bare Cytoscape, its viewport and settings). */
async function measureTrio(browser: Browser, urls: Record<Kind, string>, data: string, size: number, throttle: number, runs: Runs, label: string): Promise<number> {
  const app = await measureRun(browser, `${urls.app}?data=${data}`, 'app', { throttle });
  const view = runs.app[0]?.view ?? app.view;
  const bare = await measureRun(browser, `${urls.bare}bare.html?data=${data}&${queryOf(view)}`, 'bare', { throttle });
  const sigma = await measureRun(browser, `${urls.sigma}sigma.html?data=${data}&${queryOf(view, ['width', 'height'])}`, 'sigma', { throttle });
  runs.app.push(app);
  runs.bare.push(bare);
  runs.sigma.push(sigma);
  if (bare.styleHash !== app.styleHash) notes.push(`${size} actors, ${label}: the bare page's stylesheet differs from the app's (${bare.styleHash} vs ${app.styleHash})`);
  const differs = (Object.keys(app.view) as (keyof View)[]).filter((key) => {
    const [a, b] = [app.view[key], bare.view[key]];
    return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 0.01 * Math.max(1, Math.abs(a)) : a !== b;
  });
  if (differs.length) notes.push(`${size} actors, ${label}: the bare page differs from the app in ${differs.map((key) => `${key} (${bare.view[key]} vs ${app.view[key]})`).join(', ')}`);
  log(`${size} actors, ${label}: ready app ${app.ready.toFixed(0)} / bare ${bare.ready.toFixed(0)} / sigma ${sigma.ready.toFixed(0)} ms; click ${app.click.toFixed(1)} / ${bare.click.toFixed(1)} / ${sigma.click.toFixed(1)} ms`);
  return app.wallMs + bare.wallMs + sigma.wallMs;
}

const noRuns = (): Runs => ({ app: [], bare: [], sigma: [] });

async function measureSize(browser: Browser, urls: Record<Kind, string>, size: number, options: Options, oneRun: boolean): Promise<SizeResult> {
  const dataset = generateDataset(size);
  const index = buildIndex(dataset);
  const { url, bytes } = writeDataset(size, [appDir, baseDir]);
  const result: SizeResult = { size, nodes: dataset.actors.length, edges: index.relations.size, bytes, desktop: noRuns(), phone: noRuns() };
  let runs = oneRun ? 1 : options.runs;
  for (let i = 0; i < runs; i++) {
    const wall = await measureTrio(browser, urls, url, size, 1, result.desktop, `desktop run ${i + 1}/${runs}`);
    if (i === 0 && runs > 1 && wall > SLOW_PAIR_MS) {
      runs = 1;
      result.note = `${size} actors: 1 desktop run only (the first app+bare+sigma runs took ${(wall / 1000).toFixed(0)} s)`;
    }
  }
  for (let i = 0; i < (oneRun ? Math.min(1, options.phoneRuns) : options.phoneRuns); i++) {
    await measureTrio(browser, urls, url, size, PHONE_THROTTLE, result.phone, `phone run ${i + 1}`);
  }
  if (oneRun) result.note = `${size} actors: 1 run only (time budget of ${SOFT_BUDGET_MS / 60_000} min for page measurements reached)`;
  return result;
}

/** The built-in dataset's default view: the prerendered page, whose live graph loads on intent or when idle. */
async function measureBuiltIn(browser: Browser, appUrl: string, options: Options): Promise<BuiltIn> {
  const builtIn: BuiltIn = { desktop: [], phone: [] };
  for (let i = 0; i < options.runs; i++) builtIn.desktop.push(await measureRun(browser, appUrl, 'app'));
  for (let i = 0; i < Math.max(1, options.phoneRuns); i++) builtIn.phone.push(await measureRun(browser, appUrl, 'app', { throttle: PHONE_THROTTLE }));
  log(`built-in dataset: click ${builtIn.desktop.map((r) => r.click.toFixed(1)).join(', ')} ms; phone INP ${builtIn.phone.map((r) => r.inp.toFixed(0)).join(', ')} ms`);
  return builtIn;
}

const outBase = mkdtempSync(join(tmpdir(), 'stancemap-bench-'));
const appDir = join(outBase, 'app');
const baseDir = join(outBase, 'baselines');
cleanups.push(() => rmSync(outBase, { recursive: true, force: true }));

const watchdog = setTimeout(() => {
  log(`stopped: the run took longer than ${HARD_LIMIT_MS / 60_000} min`);
  void cleanUp().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

let exitCode = 0;
try {
  process.chdir(ROOT);
  const options = parseArgs(process.argv.slice(2));
  const code = codeVersion();
  log(`building the app and the baselines (${code}) into ${outBase}`);
  await buildApp(appDir);
  await buildBaselines(baseDir);

  const app = await serve(appDir);
  cleanups.push(() => app.server.close());
  const base = await serve(baseDir);
  cleanups.push(() => base.server.close());
  const urls: Record<Kind, string> = { app: app.url, bare: base.url, sigma: base.url };
  log(`serving the app at ${app.url} and the baselines at ${base.url}bare.html and ${base.url}sigma.html`);

  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    timeout: 60_000,
  });
  cleanups.push(() => browser.close());
  const machine: Machine = {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    chromium: browser.version(),
    load: loadavg()[0].toFixed(2),
    code,
  };

  const results: SizeResult[] = [];
  const measureStart = Date.now();
  for (const size of options.pages ? options.sizes : []) {
    log(`measuring ${size} actors`);
    results.push(await measureSize(browser, urls, size, options, Date.now() - measureStart > SOFT_BUDGET_MS));
  }
  if (options.pages) log('measuring the built-in dataset\'s default view');
  const builtIn = !options.pages
    ? null
    : await measureBuiltIn(browser, app.url, options).catch((error: unknown) => {
        notes.push(`The built-in dataset's default view could not be measured: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
  machine.load += ` / ${loadavg()[0].toFixed(2)}`;
  await browser.close();

  let lighthouse: LighthouseOutcome = { error: 'not run (--no-lighthouse)' };
  if (options.lighthouseRuns) {
    const runs: LighthouseRun[] = [];
    const failures: string[] = [];
    for (let i = 1; i <= options.lighthouseRuns; i++) {
      // A Chromium that fails to start (its DevTools port not answering in time) is not a result:
      // each run gets a second try, and the runs that finished are kept whatever happens to the next.
      for (let attempt = 1; attempt <= 2; attempt++) {
        log(`running Lighthouse on the app (default view, mobile config), run ${i} of ${options.lighthouseRuns}${attempt > 1 ? ', second try' : ''}`);
        try {
          runs.push(await runLighthouse(app.url, executablePath ?? chromium.executablePath(), 180_000));
          break;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`Lighthouse failed: ${message}`);
          if (attempt === 2) failures.push(`run ${i}: ${message}`);
        }
      }
    }
    lighthouse = runs.length ? { runs } : { error: failures.join('; ') };
    if (runs.length && failures.length) notes.push(`Lighthouse: ${failures.length} of ${options.lighthouseRuns} runs failed twice and are not in the table (${failures.join('; ')}).`);
  }

  notes.unshift(...results.flatMap((r) => (r.note ? [r.note] : [])));
  notes.push(
    'First contentful paint: for the app this is its boot text ("Loading the map…" in index.html), painted before the script runs; the bare page has no text, so its first content is the drawn graph.',
    `How: production builds (vite build) served by vite preview on 127.0.0.1; headless Chromium via Playwright, 1440×900, no CPU or network throttling; each cell is the median over the runs shown, each run a fresh page load of \`?data=bench-data/g<actors>.json\`. ` +
      'First contentful paint and graph ready (the `stancemap:graph-ready` mark, Cytoscape\'s first render) are ms after navigation start; ' +
      'pan and click start once Cytoscape has drawn nothing for 0.8 s (at most 30 s: it fills texture caches for a while after a load or a pan); click: from `pointerdown` (capture listener on window) on the node nearest the canvas centre, hovered beforehand, until the panel\'s h2 (app) or the tap handler\'s div (bare) holds the actor\'s name, seen by a MutationObserver; "next frame" adds the wait for the frame that draws it (rAF, then a task); ' +
      'pan: `cy.panBy({x: 5, y: 0})` once per requestAnimationFrame for 60 frames (stopping early after 30 s), intervals between the frame callbacks (performance.now()); the second pan follows the first, once the canvas is quiet again (plain Cytoscape builds its layer textures on the first view change, so a first pan can be slow where the second is not). ' +
      'The bare page gets the app\'s graph-area size, settled viewport (zoom, pan, zoom limits, label scale) and Cytoscape interaction settings (autoungrabify, autounselectify, box selection, hideEdgesOnViewport), and the same stylesheet; a note above says if any differed.',
  );
  const text = markdown(new Date().toISOString(), machine, results, builtIn, lighthouse, notes);
  writeFileSync(join(ROOT, 'bench', 'results.md'), text);
  console.log(text);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; written to bench/results.md`);
} catch (error) {
  exitCode = 1;
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
process.exit(exitCode);
