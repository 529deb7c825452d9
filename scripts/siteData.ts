// The dataset a site is built around: data/graph.json, or the file STANCEMAP_DATA names
// (`STANCEMAP_DATA=path/to/map.json npm run build`). The app imports it through two virtual modules,
// so nothing in src/ knows which file it is; the build checks it first, with the validator the app
// and the CLI use, and publishes it with its archived texts under data/, as readers check quotes there.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const DATASET_MODULE = 'virtual:stancemap/dataset';
export const ARCHIVES_MODULE = 'virtual:stancemap/archives';
export const FITTED_MODULE = 'virtual:stancemap/fitted.css';
const FITTED_ID = `\0${FITTED_MODULE}`;
const ARCHIVES_ID = `\0${ARCHIVES_MODULE}`;

export type SiteData = {
  /** The JSON file, absolute. */
  file: string;
  /** How the author named it, for messages. */
  given: string;
  custom: boolean;
  /** Each archive path as the dataset writes it, with the file it names. */
  archives: Map<string, string>;
};

/** Where the site's dataset and its archives are; reads nothing but the dataset's list of archives. */
export function siteData(env: string | undefined = process.env.STANCEMAP_DATA): SiteData {
  const given = env || 'data/graph.json';
  const file = resolve(given);
  let sources: unknown;
  try {
    sources = (JSON.parse(readFileSync(file, 'utf8')) as { sources?: unknown }).sources;
  } catch {
    // Missing or not JSON: the build's check says so (checkSiteData.ts), with every other problem.
  }
  const paths = (Array.isArray(sources) ? sources : []).map((source) => (source as { archive?: unknown } | null)?.archive);
  const archives = new Map(paths.filter((path): path is string => typeof path === 'string').map((path) => [path, resolve(dirname(file), path)]));
  return { file, given, custom: !!env, archives };
}

export const DATASET_BLOCK = 'stancemap-dataset';
const DATASET_ID = `\0${DATASET_MODULE}`;
// A Map: any module id reaches resolveId, "constructor" included.
const VIRTUAL = new Map([
  [DATASET_MODULE, DATASET_ID],
  [ARCHIVES_MODULE, ARCHIVES_ID],
  [FITTED_MODULE, FITTED_ID],
]);

/** The dataset file as JSON a page can hold in a script element: "<" escaped, so no "</script>" ends it early. */
export function datasetBlock(text: string): string {
  let json: string;
  try {
    json = JSON.stringify(JSON.parse(text));
  } catch {
    // Not JSON: the page says so (src/load/load.ts), as the build's check does.
    json = '';
  }
  return `<script type="application/json" id="${DATASET_BLOCK}">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * The site's dataset as `virtual:stancemap/dataset` and its archives as `virtual:stancemap/archives`.
 * In the browser the dataset is read from a JSON block in index.html, beside the view prerendered
 * from it: JSON parses faster than a script, the page's gzip stream shares the quotes' text with
 * that view, and the app's scripts stay the same when only the data changes. The server side (the
 * prerender, the unit tests) gets it as a module.
 */
export function siteDataModules(site: SiteData): Plugin {
  const read = () => readFileSync(site.file, 'utf8');
  return {
    name: 'stancemap-site-data',
    resolveId: (id) => VIRTUAL.get(id),
    async load(id, options) {
      if (id === FITTED_ID) {
        this.addWatchFile(site.file);
        const { module } = await runnerImport<typeof import('../src/graph/scene/fittedCss')>('./src/graph/scene/fittedCss.ts', { configFile: false, logLevel: 'warn', cacheDir: 'node_modules/.vite-build' });
        return module.fittedCss(existsSync(site.file) ? read() : '');
      }
      if (id === DATASET_ID) {
        this.addWatchFile(site.file);
        if (options?.ssr || this.environment?.config.consumer === 'server') return `export default ${read()};\n`;
        return (
          `const block = document.getElementById(${JSON.stringify(DATASET_BLOCK)});\n` +
          `let dataset;\ntry { dataset = JSON.parse(block.textContent); } catch { dataset = undefined; }\n` +
          `export default dataset;\n`
        );
      }
      if (id !== ARCHIVES_ID) return undefined;
      this.addWatchFile(site.file);
      // A Map: archive paths are data, and one may be "__proto__". Each text is a chunk of its own, loaded on first use.
      const entries = [...site.archives].map(([path, file]) => `[${JSON.stringify(path)}, () => import(${JSON.stringify(`${file}?raw`)}).then((m) => m.default)]`);
      return `export default new Map([${entries.join(', ')}]);\n`;
    },
    // Read anew for each page the development server serves, so an edit shows on the next load.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes('</body>')) throw new Error('index.html has no </body> for the dataset block');
        return html.replace('</body>', () => `${datasetBlock(existsSync(site.file) ? read() : '')}\n  </body>`);
      },
    },
    configureServer(server) {
      // The page holds the dataset, not a module: an edit reloads the page.
      server.watcher.add(site.file);
      server.watcher.on('change', (file) => {
        if (resolve(file) === site.file) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * Fails the build on an invalid dataset with the validator's lines, and ships the dataset (as
 * data/graph.json), its schema and its archived texts (with their metadata files beside them) under
 * data/, so a reader can check every quote, and ?data=data/graph.json works on any host.
 */
export function publishSiteData(site: SiteData): Plugin {
  return {
    name: 'stancemap-publish-data',
    apply: 'build',
    async buildStart() {
      // Every build checks the dataset it is built around: the built page shows it as checked,
      // without loading the validator (src/app/Root.tsx).
      const { module } = await runnerImport<typeof import('./checkSiteData')>('./scripts/checkSiteData.ts', { configFile: false, logLevel: 'warn', cacheDir: 'node_modules/.vite-build' });
      const { errors, warnings } = module.checkSiteData(site.file, site.given);
      for (const line of warnings) this.warn(line);
      if (errors.length) this.error(`${site.custom ? 'STANCEMAP_DATA: ' : ''}the site's dataset has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was built\n${errors.join('\n')}`);
    },
    generateBundle() {
      const emit = (fileName: string, path: string) => this.emitFile({ type: 'asset', fileName: `data/${fileName}`, source: readFileSync(path) });
      emit('graph.json', site.file);
      emit('schema.json', 'data/schema.json');
      emit('README.md', 'data/README.md');
      for (const file of site.archives.values()) {
        const name = relative(dirname(site.file), file);
        if (existsSync(file)) emit(name, file);
        const metadata = join(dirname(file), `${basename(file).replace(/\.txt$/i, '')}.json`);
        if (/\.txt$/i.test(file) && existsSync(metadata)) emit(join(dirname(name), basename(metadata)), metadata);
      }
    },
  };
}
