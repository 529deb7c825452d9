// Builds the app and the two baselines (bench/bare.html, plain Cytoscape; bench/sigma.html, sigma.js) into temporary folders, writes the generated datasets
// into both, and serves them with Vite's preview server on 127.0.0.1 (ports 4300-4399).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { generateDataset } from '../generate';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  // The project's own config, as `vite build` uses it; only the output folder differs.
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** Both baseline pages, into one folder: bare.html and sigma.html. */
export async function buildBaselines(outDir: string): Promise<void> {
  const root = join(ROOT, 'bench');
  await build({
    root,
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { input: [join(root, 'bare.html'), join(root, 'sigma.html')] } },
  });
}

/** Writes g<size>.json under bench-data/ of every folder; returns the page-relative URL. */
export function writeDataset(size: number, outDirs: string[]): { url: string; bytes: number } {
  const json = JSON.stringify(generateDataset(size));
  for (const dir of outDirs) {
    mkdirSync(join(dir, 'bench-data'), { recursive: true });
    writeFileSync(join(dir, 'bench-data', `g${size}.json`), json);
  }
  return { url: `bench-data/g${size}.json`, bytes: Buffer.byteLength(json) };
}

const FIRST_PORT = 4300;
const LAST_PORT = 4399;

/** Serves a built folder on the first free port of 4300-4399, starting from a random one. */
export async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const span = LAST_PORT - FIRST_PORT + 1;
  const start = Math.floor(Math.random() * span);
  let lastError: unknown;
  for (let i = 0; i < 20; i++) {
    const port = FIRST_PORT + ((start + i) % span);
    try {
      const server = await preview({
        root: ROOT,
        configFile: false,
        base: './',
        logLevel: 'warn',
        build: { outDir },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
      return { server, url: `http://127.0.0.1:${port}/` };
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`no free port in ${FIRST_PORT}-${LAST_PORT}: ${String(lastError)}`);
}
