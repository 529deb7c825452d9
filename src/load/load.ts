// Where a dataset comes from. The built-in one is bundled and shown at once (the build validates it
// and fails on any error; the development server checks it again in the page); anything else is
// validated before it is shown (loadUrl.ts, loadFiles.ts). Those modules, and zod with them, load only
// when needed. "Built-in" is the site's own dataset: data/graph.json, or the file a build was given
// with STANCEMAP_DATA (scripts/siteData.ts provides the virtual module).
import builtIn from 'virtual:stancemap/dataset';
import type { Archives } from '../model/archives';
import type { Problem } from '../model/problems';
import type { Dataset } from '../model/schema';

export type Loaded = {
  dataset: Dataset | null;
  problems: Problem[];
  kind: 'built-in' | 'url' | 'file';
  origin: string;
  /** The archived texts the dataset was checked against, for the source reader; the built-in ones load on demand. */
  archives?: Archives;
  /** A draft reopened from this browser's storage: the key its edits continue under (editor/drafts.ts). */
  draft?: string;
};

/** The archived text at `path` (as a source's `archive` writes it), or undefined when it was not given. */
export async function archiveText(loaded: Loaded, path: string): Promise<string | undefined> {
  const given = loaded.archives?.get(path);
  if (given !== undefined || loaded.kind !== 'built-in') return given;
  const { builtInArchive } = await import('./builtInArchives');
  return builtInArchive(path);
}

export const failure = (kind: Loaded['kind'], origin: string, path: string, message: string): Loaded => ({
  dataset: null,
  kind,
  origin,
  problems: [{ path, message, level: 'error' }],
});

// index.html holds the dataset as a JSON block (scripts/siteData.ts); a page without it, or with a
// file that is not JSON (as one may be mid-edit on the development server), says so instead of crashing.
export const BUILT_IN: Loaded =
  builtIn && typeof builtIn === 'object'
    ? { dataset: builtIn as Dataset, problems: [], kind: 'built-in', origin: 'the built-in dataset' }
    : failure('built-in', 'the built-in dataset', '(data)', 'is missing from the page, or is not JSON');
