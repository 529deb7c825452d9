import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { publishSiteData, siteData, siteDataModules } from './scripts/siteData.js';
import { prerender } from './scripts/vite/prerender.js';
import { EARLY_PICTURE, scriptLoading } from './scripts/vite/scriptLoading.js';
import { minifyEarlyData } from './scripts/vite/minifyEarlyData.js';

// The dataset the site is built around: data/graph.json, or STANCEMAP_DATA=path/to/map.json.
const site = siteData();

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), siteDataModules(site), publishSiteData(site), prerender(site), scriptLoading(), minifyEarlyData()],
  // No modulepreload polyfill: every browser the app supports preloads modules itself.
  build: {
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { index: fileURLToPath(new URL('index.html', import.meta.url)), picture: fileURLToPath(new URL(EARLY_PICTURE, import.meta.url)) } },
  },
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
