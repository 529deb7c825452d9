// Where a dataset comes from: the built-in one (bundled with its archived sources) or, with
// ?data=<url>, a same-origin file whose archives are fetched relative to it.
import builtIn from '../../data/graph.json';
import { validateDataset, type Archives, type Report } from './validate';

// Archived texts of the built-in dataset, keyed as the dataset's `archive` fields write them.
const BUILT_IN_ARCHIVES: Archives = Object.fromEntries(
  Object.entries(import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [path.replace('../../data/', ''), text as string],
  ),
);

export type Loaded = Report & { origin: string };

export function loadBuiltIn(): Loaded {
  return { ...validateDataset(builtIn, BUILT_IN_ARCHIVES), origin: 'built-in dataset' };
}

const failure = (origin: string, path: string, message: string): Loaded => ({
  dataset: null,
  origin,
  problems: [{ path, message, level: 'error' }],
});

export async function loadFromUrl(input: string, base = window.location.href): Promise<Loaded> {
  const url = new URL(input, base);
  if (url.origin !== new URL(base).origin) {
    return failure(input, '(data)', `only datasets from this site can be loaded; ${url.origin} is another origin`);
  }
  let raw: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) return failure(input, '(data)', `could not be fetched: HTTP ${response.status}`);
    const body = await response.text();
    try {
      raw = JSON.parse(body);
    } catch (error) {
      return failure(input, '(data)', `is not valid JSON: ${(error as Error).message}`);
    }
  } catch (error) {
    return failure(input, '(data)', `could not be fetched: ${(error as Error).message}`);
  }
  const archives: Archives = {};
  const sources = (raw as { sources?: unknown })?.sources;
  if (Array.isArray(sources)) {
    await Promise.all(
      sources.map(async (source) => {
        const path = (source as { archive?: unknown })?.archive;
        if (typeof path !== 'string') return;
        const target = new URL(path, url);
        // An archive elsewhere is left unread, and the validator reports it as missing.
        if (target.origin !== url.origin) return;
        const response = await fetch(target).catch(() => null);
        if (response?.ok) archives[path] = await response.text();
      }),
    );
  }
  return { ...validateDataset(raw, archives), origin: input };
}
