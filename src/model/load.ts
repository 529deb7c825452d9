// Where a dataset comes from. The built-in one is bundled and shown at once (it is validated in the
// test suite, and again by checkBuiltIn once the page is up); anything else is validated before it
// is shown (loadUrl.ts, loadFiles.ts). Those modules, and zod with them, load only when needed.
import builtIn from '../../data/graph.json';
import type { Problem } from './problems';
import type { Dataset } from './schema';

export type Loaded = { dataset: Dataset | null; problems: Problem[]; kind: 'built-in' | 'url' | 'file'; origin: string };

export const BUILT_IN: Loaded = {
  dataset: builtIn as unknown as Dataset,
  problems: [],
  kind: 'built-in',
  origin: 'the built-in dataset',
};

export const failure = (kind: Loaded['kind'], origin: string, path: string, message: string): Loaded => ({
  dataset: null,
  kind,
  origin,
  problems: [{ path, message, level: 'error' }],
});
