// npm run test:size (part of npm test, after the build): the JavaScript the default view loads,
// gzipped, against the stack's floor (React + ReactDOM + Cytoscape + zustand, minified and gzipped
// from node_modules in this same run). Fails above floor + 12%, or above 92 KB for the first chunk.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const DIST = process.env.E2E_OUT ?? 'dist';
const FLOOR_MARGIN = 1.12;
// Raised from 90 KB on purpose: the editor's entry points (Edit, the draft check), the selection
// announcer that keeps App from re-rendering on a click, and the chunk rolldown now splits React into
// cost 1.2 KB; the error page and the loaded-dataset banner were made lazy to pay part of it.
const INITIAL_LIMIT = 92 * 1024;

type Chunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; src?: string };
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function floor(): Promise<number> {
  const dir = join('node_modules', '.stancemap-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'floor.js');
  writeFileSync(
    entry,
    `import React from 'react'; import { createRoot } from 'react-dom/client'; import cytoscape from 'cytoscape'; import { create } from 'zustand';\n` +
      `window.floor = [React, createRoot, cytoscape, create];\n`,
  );
  // Library mode leaves process.env.NODE_ENV alone; React must be measured as its production build.
  await build({ configFile: false, logLevel: 'warn', define: { 'process.env.NODE_ENV': '"production"' }, build: { outDir: join(dir, 'out'), lib: { entry, formats: ['es'], fileName: 'floor' }, minify: true } });
  const out = join(dir, 'out');
  const total = readdirSync(out).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(join(out, f)), 0);
  rmSync(dir, { recursive: true, force: true });
  return total;
}

/** The chunk files reached from `keys` through static imports. */
function closure(manifest: Record<string, Chunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const initialKeys = closure(manifest, ['index.html']);
// The default view also loads, after its first paint, the live graph and the check of the built-in data.
const lazyKeys = closure(manifest, ['src/graph/GraphView.tsx', 'src/model/loadUrl.ts'].filter((k) => manifest[k]));
const size = (keys: Set<string>) => [...keys].reduce((sum, key) => sum + gz(join(DIST, manifest[key].file)), 0);
const initial = size(initialKeys);
const total = size(new Set([...initialKeys, ...lazyKeys]));
const stack = await floor();

console.log(`initial chunk (before Cytoscape): ${kb(initial)} gzipped (limit ${kb(INITIAL_LIMIT)})`);
console.log(`default view total: ${kb(total)} gzipped; stack floor ${kb(stack)}; ratio ${(total / stack).toFixed(3)} (limit ${FLOOR_MARGIN})`);
const failures = [
  initial > INITIAL_LIMIT && `initial chunk ${kb(initial)} is over ${kb(INITIAL_LIMIT)}`,
  total > stack * FLOOR_MARGIN && `default view ${kb(total)} is over the floor ${kb(stack)} + 12% (${kb(stack * FLOOR_MARGIN)})`,
].filter(Boolean);
if (failures.length) {
  console.error(`size budget exceeded: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('size budget: within limits');
