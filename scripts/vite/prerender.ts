// The build's prerender: the default view rendered into index.html after the client build, so the
// content is there before any script has loaded, and each archived text as a readable page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { siteDataModules, type SiteData } from '../siteData.js';

/** The build's own Vite cache (the prerender's and the site data check's module runners). */
export const BUILD_CACHE = 'node_modules/.vite-build';

const BOOT = '<div id="root"><p class="boot" role="status">Loading the map…</p></div>';
const TITLE = '<title>Stancemap</title>';

/** Replaces the one occurrence of `marker`, or fails the build: a silent miss would ship an empty page. */
export function replaceOnce(html: string, marker: string, replacement: string): string {
  if (!html.includes(marker)) throw new Error(`prerender: index.html no longer holds ${marker}`);
  // A function, not a string: dataset text may hold $&, $' or $$, which a replacement string would expand.
  return html.replace(marker, () => replacement);
}

type Prerender = {
  render: () => string;
  renderTitle: () => string;
  renderSourcePages: (read: (path: string) => string) => { path: string; text: string }[];
};

/**
 * A plugin that runs once the client build is written, with src/app/prerender.tsx loaded in Node
 * through Vite's own module runner (an SSR dev server in middleware mode): no temporary build,
 * nothing written into node_modules. `order: 'post'` runs after the plugins without it.
 */
export function afterBuild<T>(name: string, site: SiteData, run: (module: T, outDir: string, warn: (message: string) => void) => void, order?: 'post'): Plugin {
  let outDir = 'dist';
  let failed = false;
  return {
    name,
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
    closeBundle: {
      sequential: true,
      order,
      async handler() {
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
          run((await server.ssrLoadModule('/src/app/prerender.tsx')) as T, outDir, (message) => this.warn(message));
        } finally {
          await server.close();
        }
      },
    },
  };
}

export const prerender = (site: SiteData): Plugin =>
  afterBuild<Prerender>('stancemap-prerender', site, ({ render, renderTitle, renderSourcePages }, outDir) => {
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
  });
