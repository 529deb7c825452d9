// npm run legibility [-- --shots dir] [map names]: renders the corpus (scripts/corpus.ts) in Chromium
// from the production build (run `npm run build` first) at three screen sizes and in three states, and
// prints, per map and view, what makes a map hard to read, as Markdown. With --shots, also a screenshot
// of each view. The layout time is the automatic layout's own (forceLayout, in Node on this machine).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumPath } from '../e2e/browser';
import { forceLayout } from '../src/graph/layout/forceLayout';
import type { Dataset } from '../src/model/schema';
import { targetIds } from '../src/model/provenance';
import { corpus } from './corpus';
import { measureView, openMap, SIZES, states, type Figures } from './legibility/measure';

const args = process.argv.slice(2);
const shots = args.includes('--shots') ? args[args.indexOf('--shots') + 1] : null;
const only = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--shots');
const port = Number(process.env.LEGIBILITY_PORT ?? 4590);

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

/** Milliseconds the automatic layout takes for this map, or null when the data places every actor. */
function layoutTime(dataset: Dataset): number | null {
  const positions = dataset.positions ?? {};
  if (dataset.actors.every((actor) => Object.hasOwn(positions, actor.id))) return null;
  const n = dataset.actors.length;
  const input = {
    nodes: dataset.actors.map((actor, i) => {
      const given = Object.hasOwn(positions, actor.id) ? positions[actor.id] : undefined;
      return given ? { id: actor.id, ...given, fixed: true } : { id: actor.id, x: 300 * Math.cos((2 * Math.PI * i) / n), y: 300 * Math.sin((2 * Math.PI * i) / n) };
    }),
    edges: dataset.statements.flatMap((s) => targetIds(s).map((target) => ({ source: s.actor, target }))),
  };
  const start = performance.now();
  forceLayout(input);
  return Math.round(performance.now() - start);
}

const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const columns: (keyof Figures)[] = ['labelOverlaps', 'labelActorOverlaps', 'arrowsThroughActors', 'smallestLabel', 'outOfView', 'closePairs', 'crossings'];
console.log(`| map | actors | layout ms | view | ${columns.join(' | ')} |`);
console.log(`|---|---|---|---|${columns.map(() => '---').join('|')}|`);
const totals = Object.fromEntries(columns.map((column) => [column, 0])) as Record<keyof Figures, number>;
try {
  for (const { name, dataset } of corpus().filter((map) => !only.length || only.includes(map.name))) {
    const ms = layoutTime(dataset);
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone });
      const page = await context.newPage();
      for (const state of states(dataset)) {
        await openMap(page, `http://127.0.0.1:${port}/`, name, dataset, state.query);
        const figures = await measureView(page);
        if (shots) {
          mkdirSync(shots, { recursive: true });
          await page.screenshot({ path: `${shots}/${name}-${size.name}-${state.name}.png` });
        }
        for (const column of columns) totals[column] = column === 'smallestLabel' ? Math.min(totals[column] || Infinity, figures[column]) : totals[column] + figures[column];
        console.log(`| ${name} | ${dataset.actors.length} | ${ms ?? 'given'} | ${size.name} ${state.name} | ${columns.map((column) => figures[column]).join(' | ')} |`);
      }
      await context.close();
    }
  }
  console.log(`| **all** | | | | ${columns.map((column) => `**${totals[column]}**`).join(' | ')} |`);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
