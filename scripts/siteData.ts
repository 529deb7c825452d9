// The dataset a site is built around: data/graph.json, or the file STANCEMAP_DATA names
// (`STANCEMAP_DATA=path/to/map.json npm run build`). The app imports it through two virtual modules,
// so nothing in src/ knows which file it is; the build checks it first, with the validator the app
// and the CLI use, and publishes it with its archived texts under data/, as readers check quotes there.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const DATASET_MODULE = 'virtual:stancemap/dataset';
export const ARCHIVES_MODULE = 'virtual:stancemap/archives';
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

/** The site's dataset as `virtual:stancemap/dataset` and its archives as `virtual:stancemap/archives`. */
export function siteDataModules(site: SiteData): Plugin {
  return {
    name: 'stancemap-site-data',
    // The JSON file itself, so Vite reads it as it reads any JSON import, and reloads it in development.
    resolveId: (id) => (id === DATASET_MODULE ? site.file : id === ARCHIVES_MODULE ? ARCHIVES_ID : undefined),
    load(id) {
      if (id !== ARCHIVES_ID) return undefined;
      this.addWatchFile(site.file);
      // A Map: archive paths are data, and one may be "__proto__". Each text is a chunk of its own, loaded on first use.
      const entries = [...site.archives].map(([path, file]) => `[${JSON.stringify(path)}, () => import(${JSON.stringify(`${file}?raw`)}).then((m) => m.default)]`);
      return `export default new Map([${entries.join(', ')}]);\n`;
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
      // The built-in dataset is checked by the test suite; a dataset named at build time is checked here.
      if (!site.custom) return;
      const { module } = await runnerImport<typeof import('./checkSiteData')>('./scripts/checkSiteData.ts', { configFile: false, logLevel: 'warn', cacheDir: 'node_modules/.vite-build' });
      const { errors, warnings } = module.checkSiteData(site.file, site.given);
      for (const line of warnings) this.warn(line);
      if (errors.length) this.error(`STANCEMAP_DATA: the site's dataset has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was built\n${errors.join('\n')}`);
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
