// Where a dataset comes from: the built-in one (bundled with its archived sources), a URL given as
// ?data= (same origin, or an origin allowed at build time), or files the author opens or drops.
import builtIn from '../../data/graph.json';
import { parseJson, validateDataset, type Archives, type Report } from './validate';

// Archived texts of the built-in dataset, keyed as the dataset's `archive` fields write them.
const BUILT_IN_ARCHIVES: Archives = Object.fromEntries(
  Object.entries(import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [path.replace('../../data/', ''), text as string],
  ),
);

/** Other origins a ?data= URL may name, set at build time: VITE_DATA_ORIGINS=https://a.org,https://b.org */
const ALLOWED_ORIGINS = String(import.meta.env.VITE_DATA_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim().replace(/\/$/, ''))
  .filter(Boolean);

export type Loaded = Report & { kind: 'built-in' | 'url' | 'file'; origin: string };

export function loadBuiltIn(): Loaded {
  return { ...validateDataset(builtIn, BUILT_IN_ARCHIVES), kind: 'built-in', origin: 'the built-in dataset' };
}

export const failure = (kind: Loaded['kind'], origin: string, path: string, message: string): Loaded => ({
  dataset: null,
  kind,
  origin,
  problems: [{ path, message, level: 'error' }],
});

export const archivePaths = (raw: unknown): string[] => {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  return (Array.isArray(sources) ? sources : []).map((s) => (s as { archive?: unknown } | null)?.archive).filter((a): a is string => typeof a === 'string');
};

export async function loadFromUrl(input: string, base = window.location.href): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return failure('url', input, '(data)', 'is not a URL');
  }
  if (url.origin !== new URL(base).origin && !ALLOWED_ORIGINS.includes(url.origin)) {
    return failure('url', input, '(data)', `only datasets from this site can be loaded; ${url.origin} is another origin (a site can allow it at build time with VITE_DATA_ORIGINS)`);
  }
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return failure('url', input, '(data)', `could not be fetched: HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    return failure('url', input, '(data)', `could not be fetched: ${(error as Error).message}`);
  }
  const { raw, error } = parseJson(text);
  if (error) return failure('url', input, '(data)', error);
  const archives: Archives = {};
  await Promise.all(
    archivePaths(raw).map(async (path) => {
      const target = new URL(path, url);
      // An archive elsewhere is left unread, and the validator reports it as missing.
      if (target.origin !== url.origin) return;
      const response = await fetch(target).catch(() => null);
      if (response?.ok) archives[path] = await response.text();
    }),
  );
  return { ...validateDataset(raw, archives), kind: 'url', origin: input };
}
