import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
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

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), publishData()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
