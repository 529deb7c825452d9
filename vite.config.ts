import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, minify, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { publishSiteData, siteData, siteDataModules, type SiteData } from './scripts/siteData.js';

// The dataset the site is built around: data/graph.json, or STANCEMAP_DATA=path/to/map.json.
const site = siteData();

/** The build's own Vite cache (the prerender's and the site data check's module runners). */
const BUILD_CACHE = 'node_modules/.vite-build';

const BOOT = '<div id="root"><p class="boot" role="status">Loading the map…</p></div>';
const TITLE = '<title>Stancemap</title>';

/** Replaces the one occurrence of `marker`, or fails the build: a silent miss would ship an empty page. */
function replaceOnce(html: string, marker: string, replacement: string): string {
  if (!html.includes(marker)) throw new Error(`prerender: index.html no longer holds ${marker}`);
  // A function, not a string: dataset text may hold $&, $' or $$, which a replacement string would expand.
  return html.replace(marker, () => replacement);
}

/**
 * Renders the default view into index.html after the client build, so the content is there before
 * any script has loaded. src/app/prerender.tsx runs once in Node through Vite's own module runner
 * (an SSR dev server in middleware mode): no temporary build, nothing written into node_modules.
 */
function prerender(site: SiteData): Plugin {
  let outDir = 'dist';
  let failed = false;
  return {
    name: 'stancemap-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // closeBundle runs after a failed build too; rendering then would bury the build's own error under another.
    buildEnd(error) {
      failed = !!error;
    },
    renderError() {
      failed = true;
    },
    async closeBundle() {
      if (failed) return;
      const server = await createServer({
        configFile: false,
        logLevel: 'warn',
        plugins: [react(), siteDataModules(site)],
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        // Not the dev server's cache: a build while `npm run dev` runs (the e2e publish spec) would
        // rewrite its pre-bundled dependencies and answer its requests with "504 Outdated Optimize Dep".
        cacheDir: BUILD_CACHE,
      });
      try {
        const { render, renderTitle, renderSourcePages } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          render: () => string;
          renderTitle: () => string;
          renderSourcePages: (read: (path: string) => string) => { path: string; text: string }[];
        };
        const file = join(outDir, 'index.html');
        let html = readFileSync(file, 'utf8');
        html = replaceOnce(html, BOOT, `<div id="root" data-prerendered="default">${render()}</div>`);
        html = replaceOnce(html, TITLE, renderTitle());
        writeFileSync(file, html);
        // Each archived text as a readable page with an id on every quoted passage, which the
        // prerendered statements link to: a reader without JavaScript checks a quote in one click.
        for (const page of renderSourcePages((path) => readFileSync(site.archives.get(path)!, 'utf8'))) {
          writeFileSync(join(outDir, 'data', page.path), page.text);
        }
      } finally {
        await server.close();
      }
    },
  };
}

// What a ?data= map needs besides the first chunk (main.tsx): at once, the early picture, the loader,
// the canvas picture and the banner; then the live graph, which waits for the picture. public/early-data.js
// preloads the first and prefetches the second while the first chunk loads, instead of one after another,
// and starts the check's worker itself, so the dataset is checked as soon as it has arrived.
const DATA_VIEW_NOW = ['src/load/loadUrl.ts', 'src/graph/StaticCanvas.tsx', 'src/authoring/LoadedBanner.tsx'];
const DATA_VIEW_NEXT = ['src/graph/GraphView.tsx'];
// The early picture of a ?data= map, an entry of its own that early-data.js imports (it paints before the app has loaded).
const EARLY_PICTURE = 'src/app/earlyPicture.ts';

/**
 * How the page loads its scripts. The prerendered page is readable before any script runs, so the
 * app's scripts load at low priority: on a slow network the stylesheet (which the first paint waits
 * for) gets the bandwidth first. And early-data.js is told which chunks a ?data= map needs, and
 * starts the app's entry itself, in place of the page's module script (see its header).
 */
const scriptLoading = (): Plugin => ({
  name: 'stancemap-script-loading',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle }) => {
      const chunks = new Map(Object.values(bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
      const closure = (files: string[], seen = new Set<string>()): Set<string> => {
        for (const file of files) if (!seen.has(file) && chunks.has(file)) closure(chunks.get(file)!.imports, seen.add(file));
        return seen;
      };
      const files = (ids: string[]) =>
        ids.map((id) => {
          const chunk = [...chunks.values()].find((candidate) => candidate.facadeModuleId?.endsWith(id));
          if (!chunk) throw new Error(`early-data.js: the build has no chunk for ${id}`);
          return chunk.fileName;
        });
      const [picture] = files([EARLY_PICTURE]);
      const first = closure(files(['index.html']));
      const now = [...closure([picture, ...files(DATA_VIEW_NOW)])].filter((file) => !first.has(file));
      // The dataset's check, a worker (load/checkWorker.ts): the build emits it as a file of its own.
      const worker = Object.values(bundle ?? {}).find((output) => /(^|\/)checkWorker-[^/]*\.js$/.test(output.fileName));
      if (!worker) throw new Error('early-data.js: the build has no file for src/load/checkWorker.ts');
      const next = [...closure(files(DATA_VIEW_NEXT))].filter((file) => !first.has(file) && !now.includes(file));
      const list = (names: string[]) => names.map((file) => `./${file}`).join(' ');
      // The app's entry: early-data.js preloads and starts it (on a ?data= map, after the early picture).
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
      if (!entry) throw new Error('index.html: the build wrote no module script for the app');
      const early = /<script src="(\.\/)?early-data\.js"/;
      if (!early.test(html)) throw new Error('index.html no longer loads early-data.js as a classic, blocking script');
      return html
        .replace(entry[0], '')
        .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"')
        .replace(early, (tag) => `${tag} data-entry="${entry[1]}" data-picture="./${picture}" data-preload="${list(now)}" data-prefetch="${list(next)}" data-check="./${worker.fileName}"`);
    },
  },
});

/**
 * public/early-data.js runs on every page, ahead of the app: copied, not bundled, it would ship with
 * its comments. The build minifies the copy (the development server serves it as written).
 */
const minifyEarlyData = (): Plugin => ({
  name: 'stancemap-minify-early-data',
  apply: 'build',
  async writeBundle({ dir }) {
    const file = join(dir!, 'early-data.js');
    const { code, errors } = await minify('early-data.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
    if (errors.length) throw new Error(`early-data.js: ${errors.map((error) => error.message).join('; ')}`);
    writeFileSync(file, code);
  },
});

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), siteDataModules(site), publishSiteData(site), prerender(site), scriptLoading(), minifyEarlyData()],
  // No modulepreload polyfill: every browser the app supports preloads modules itself.
  build: { manifest: true, modulePreload: { polyfill: false }, rolldownOptions: { input: { index: fileURLToPath(new URL('index.html', import.meta.url)), picture: fileURLToPath(new URL(EARLY_PICTURE, import.meta.url)) } } },
  server: { host: '127.0.0.1' },
  // The graph's libraries load lazily: listed here, they are pre-bundled when the dev server starts,
  // not discovered on first use (which reloads the page, and fails a request in flight).
  optimizeDeps: { include: ['cytoscape', 'react-cytoscapejs', 'cytoscape-fcose', 'papaparse', 'read-excel-file/universal'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
