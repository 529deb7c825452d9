// npm run bench [sizes ...]: builds the app and a bare Cytoscape page (bench/bare.html) into a
// temporary folder, serves both, and measures load, click and pan times on generated datasets of
// each size (default 50 500 2000 10000) in headless Chromium, then runs Lighthouse on the app.
// Prints the results and writes them to bench/results.md. A benchmark: it prints, it never fails on numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../e2e/browser';
import { buildIndex } from '../src/model/relations';
import { generateDataset } from './generate';
import { runLighthouse } from './bench/lighthouse';
import { measureRun, type Run, type View } from './bench/measure';
import { buildApp, buildBare, ROOT, serve, writeDataset } from './bench/pages';
import { markdown, type LighthouseOutcome, type Machine, type SizeResult } from './bench/report';

const DEFAULT_SIZES = [50, 500, 2000, 10000];
const RUNS = 3;
/** A first app+bare pair slower than this gets no second and third run. */
const SLOW_PAIR_MS = 60_000;
/** Past this much time in the page measurements, the remaining sizes get one run each. */
const SOFT_BUDGET_MS = 7 * 60_000;
/** The whole run is stopped (servers and browsers closed) after this. */
const HARD_LIMIT_MS = 15 * 60_000;
const LIGHTHOUSE_PORT = 4300 + Math.floor(Math.random() * 100);

const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
const started = Date.now();

/** The commit measured, and whether the work tree had changes on top of it. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', timeout: 10_000 }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'bench/bare.ts', 'bench/bare.html');
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes to the measured files' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

function parseSizes(args: string[]): number[] {
  const given = args.filter((arg) => arg !== '--');
  const bad = given.filter((arg) => !(Number.isInteger(Number(arg)) && Number(arg) > 0));
  if (bad.length) throw new Error(`sizes must be positive whole numbers of actors, got: ${bad.join(' ')}`);
  return given.length ? given.map(Number) : DEFAULT_SIZES;
}

/** Remarks gathered while measuring, printed under the tables. */
const notes: string[] = [];
const cleanups: Array<() => Promise<unknown> | unknown> = [];
async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) await Promise.resolve().then(step).catch((error) => log(`cleanup: ${String(error)}`));
}

async function measureSize(browser: Browser, appUrl: string, bareUrl: string, size: number, oneRun: boolean): Promise<SizeResult> {
  const dataset = generateDataset(size);
  const index = buildIndex(dataset);
  const { url, bytes } = writeDataset(size, [appDir, bareDir]);
  const result: SizeResult = { size, nodes: dataset.actors.length, edges: index.relations.size, bytes, app: [], bare: [] };
  let runs = oneRun ? 1 : RUNS;
  for (let i = 0; i < runs; i++) {
    const app: Run = await measureRun(browser, `${appUrl}?data=${url}`, 'app');
    // The bare page gets the app's canvas size, settled viewport and Cytoscape settings.
    const view = new URLSearchParams(Object.entries(result.app[0]?.view ?? app.view).map(([key, value]) => [key, String(value)]));
    const bare: Run = await measureRun(browser, `${bareUrl}bare.html?data=${url}&${view}`, 'bare');
    result.app.push(app);
    result.bare.push(bare);
    if (bare.styleHash !== app.styleHash) notes.push(`${size} actors, run ${i + 1}: the bare page's stylesheet differs from the app's (${bare.styleHash} vs ${app.styleHash})`);
    const differs = (Object.keys(app.view) as (keyof View)[]).filter((key) => {
      const [a, b] = [app.view[key], bare.view[key]];
      return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 0.01 * Math.max(1, Math.abs(a)) : a !== b;
    });
    if (differs.length) notes.push(`${size} actors, run ${i + 1}: the bare page differs from the app in ${differs.map((key) => `${key} (${bare.view[key]} vs ${app.view[key]})`).join(', ')}`);
    log(`${size} actors, run ${i + 1}/${runs}: app ready ${app.ready.toFixed(0)} ms, bare ready ${bare.ready.toFixed(0)} ms (${((app.wallMs + bare.wallMs) / 1000).toFixed(1)} s)`);
    if (i === 0 && runs > 1 && app.wallMs + bare.wallMs > SLOW_PAIR_MS) {
      runs = 1;
      result.note = `${size} actors: 1 run only (the first app+bare pair took ${((app.wallMs + bare.wallMs) / 1000).toFixed(0)} s)`;
    }
  }
  if (oneRun) result.note = `${size} actors: 1 run only (time budget of ${SOFT_BUDGET_MS / 60_000} min for page measurements reached)`;
  return result;
}

const outBase = mkdtempSync(join(tmpdir(), 'stancemap-bench-'));
const appDir = join(outBase, 'app');
const bareDir = join(outBase, 'bare');
cleanups.push(() => rmSync(outBase, { recursive: true, force: true }));

const watchdog = setTimeout(() => {
  log(`stopped: the run took longer than ${HARD_LIMIT_MS / 60_000} min`);
  void cleanUp().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

let exitCode = 0;
try {
  process.chdir(ROOT);
  const sizes = parseSizes(process.argv.slice(2));
  const code = codeVersion();
  log(`building the app and the bare page (${code}) into ${outBase}`);
  await buildApp(appDir);
  await buildBare(bareDir);

  const app = await serve(appDir);
  cleanups.push(() => app.server.close());
  const bare = await serve(bareDir);
  cleanups.push(() => bare.server.close());
  log(`serving the app at ${app.url} and the bare page at ${bare.url}bare.html`);

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
  for (const size of sizes) {
    log(`measuring ${size} actors`);
    results.push(await measureSize(browser, app.url, bare.url, size, Date.now() - measureStart > SOFT_BUDGET_MS));
  }
  machine.load += ` / ${loadavg()[0].toFixed(2)}`;
  await browser.close();

  log('running Lighthouse on the app (default view, mobile config)');
  let lighthouse: LighthouseOutcome;
  try {
    lighthouse = await runLighthouse(app.url, executablePath ?? chromium.executablePath(), LIGHTHOUSE_PORT, 180_000);
  } catch (error) {
    lighthouse = { error: error instanceof Error ? error.message : String(error) };
    log(`Lighthouse failed: ${lighthouse.error}`);
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
  const text = markdown(new Date().toISOString(), machine, results, lighthouse, notes);
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
