import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Ships the built-in dataset, its schema and its archived sources as plain files under data/, so a
 * reader can check every quote against the archive, and ?data=data/graph.json works on any host.
 */
function publishData(): Plugin {
  return {
    name: 'stancemap-publish-data',
    apply: 'build',
    generateBundle() {
      const files = ['graph.json', 'schema.json', 'README.md', ...readdirSync('data/sources').map((f) => `sources/${f}`)];
      for (const file of files) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`data/${file}`) });
    },
  };
}

const BOOT = '<div id="root"><p class="boot" role="status">Loading the map…</p></div>';

/**
 * Renders the default view into index.html after the client build (a server build of
 * src/app/prerender.tsx, run once in Node), so the content is there before any script has loaded.
 */
function prerender(): Plugin {
  let outDir = 'dist';
  let serverBuild = false;
  return {
    name: 'stancemap-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      serverBuild = !!config.build.ssr;
    },
    async closeBundle() {
      if (serverBuild) return;
      // Inside the project, so the server build's imports resolve from its node_modules.
      const tmp = mkdtempSync(join('node_modules', '.stancemap-prerender-'));
      try {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [react()],
          build: { ssr: 'src/app/prerender.tsx', outDir: tmp, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'prerender.mjs' } } },
        });
        const { render, builtInTitle } = (await import(pathToFileURL(join(tmp, 'prerender.mjs')).href)) as { render: () => string; builtInTitle: () => string };
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        if (!html.includes(BOOT)) throw new Error('prerender: index.html no longer holds the boot placeholder');
        const escaped = builtInTitle().replace(/&/g, '&amp;').replace(/</g, '&lt;');
        writeFileSync(file, html.replace(BOOT, `<div id="root" data-prerendered="default">${render()}</div>`).replace('<title>Stancemap</title>', `<title>${escaped}</title>`));
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), publishData(), prerender()],
  build: { manifest: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
