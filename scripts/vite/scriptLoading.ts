// How the built page loads its scripts. The prerendered page is readable before any script runs, so
// the app's scripts load at low priority: on a slow network the stylesheet (which the first paint
// waits for) gets the bandwidth first. And early-data.js is told which chunks a ?data= map needs,
// and starts the app's entry itself, in place of the page's module script (see its header).
import { parse } from 'node-html-parser';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

// What a ?data= map needs besides the first chunk (main.tsx): at once, the early picture, the loader,
// the canvas picture and the banner; then the live graph, which waits for the picture. early-data.js
// preloads the first and prefetches the second while the first chunk loads, instead of one after
// another, and starts the check's worker itself, so the dataset is checked as soon as it has arrived.
const DATA_VIEW_NOW = ['src/load/loadUrl.ts', 'src/graph/picture/StaticCanvas.tsx', 'src/authoring/LoadedBanner.tsx'];
const DATA_VIEW_NEXT = ['src/graph/live/GraphView.tsx'];
/** The early picture of a ?data= map, an entry of its own that early-data.js imports (it paints before the app has loaded). */
export const EARLY_PICTURE = 'src/graph/picture/earlyPicture.ts';

/** The files of the chunks for these modules, and of everything they import, by the bundle's own graph. */
function chunkFiles(bundle: OutputBundle) {
  const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
  const closure = (files: string[], seen = new Set<string>()): Set<string> => {
    for (const file of files) if (!seen.has(file) && chunks.has(file)) closure(chunks.get(file)!.imports, seen.add(file));
    return seen;
  };
  const files = (ids: string[]) =>
    ids.map((id) => {
      const chunk = [...chunks.values()].find((candidate: OutputChunk) => candidate.facadeModuleId?.endsWith(id));
      if (!chunk) throw new Error(`early-data.js: the build has no chunk for ${id}`);
      return chunk.fileName;
    });
  return { closure, files };
}

export const scriptLoading = (): Plugin => ({
  name: 'stancemap-script-loading',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle }) => {
      const { closure, files } = chunkFiles(bundle ?? {});
      const [picture] = files([EARLY_PICTURE]);
      const first = closure(files(['index.html']));
      const now = [...closure([picture, ...files(DATA_VIEW_NOW)])].filter((file) => !first.has(file));
      // The dataset's check, a worker (load/checkWorker.ts): the build emits it as a file of its own.
      const worker = Object.values(bundle ?? {}).find((output) => /(^|\/)checkWorker-[^/]*\.js$/.test(output.fileName));
      if (!worker) throw new Error('early-data.js: the build has no file for src/load/checkWorker.ts');
      const next = [...closure(files(DATA_VIEW_NEXT))].filter((file) => !first.has(file) && !now.includes(file));
      const list = (names: string[]) => names.map((file) => `./${file}`).join(' ');

      const document = parse(html, { comment: true });
      // The app's entry: early-data.js preloads and starts it (on a ?data= map, after the early picture).
      const entry = document.querySelector('script[type="module"]');
      if (!entry?.getAttribute('src')) throw new Error('index.html: the build wrote no module script for the app');
      const early = document.querySelectorAll('script[src]').find((script) => /(^|\/)early-data\.js$/.test(script.getAttribute('src')!));
      if (!early || early.hasAttribute('async') || early.hasAttribute('defer') || early.hasAttribute('type')) {
        throw new Error('index.html no longer loads early-data.js as a classic, blocking script');
      }
      for (const link of document.querySelectorAll('link[rel="modulepreload"]')) link.setAttribute('fetchpriority', 'low');
      early.setAttribute('data-entry', entry.getAttribute('src')!);
      early.setAttribute('data-picture', `./${picture}`);
      early.setAttribute('data-preload', list(now));
      early.setAttribute('data-prefetch', list(next));
      early.setAttribute('data-check', `./${worker.fileName}`);
      entry.remove();
      return document.toString();
    },
  },
});
