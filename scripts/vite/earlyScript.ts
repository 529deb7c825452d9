// The page's first script, src/load/earlyData.ts, bundled (with the app's worker helper) into one
// classic script, early-data.js: it must run before the page is parsed, under `default-src 'self'`,
// so it can be neither a module nor inline. The build emits it minified; the development server
// bundles it on each request, so an edit shows on reload.
import { build, type Plugin } from 'vite';

const ENTRY = 'src/load/earlyData.ts';
export const EARLY_SCRIPT = 'early-data.js';

async function bundle(minify: boolean): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify,
      emptyOutDir: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'stancemapEarly', fileName: () => EARLY_SCRIPT },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap(({ output }) => output).find((output) => output.type === 'chunk');
  if (!chunk?.code) throw new Error(`${EARLY_SCRIPT}: the build of ${ENTRY} gave no script`);
  return chunk.code;
}

export const earlyScript = (): Plugin => ({
  name: 'stancemap-early-script',
  async generateBundle() {
    this.emitFile({ type: 'asset', fileName: EARLY_SCRIPT, source: await bundle(true) });
  },
  configureServer(server) {
    server.middlewares.use(`/${EARLY_SCRIPT}`, (_request, response, next) => {
      bundle(false).then((code) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(code);
      }, next);
    });
  },
});
