// The validating loaders: the built-in dataset checked against its archives, and ?data= URLs.
import builtIn from 'virtual:stancemap/dataset';
import { archivePaths, isHtmlPage, type Archives } from './archives';
import { builtInArchives } from './builtInArchives';
import { failure, type Loaded } from './load';
import { parseJson, validateDataset } from './validate';

/** Other origins a ?data= URL may name, set at build time: VITE_DATA_ORIGINS=https://a.org,https://b.org */
const ALLOWED_ORIGINS = String(import.meta.env.VITE_DATA_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim().replace(/\/$/, ''))
  .filter(Boolean);

/** The built-in dataset run through the same checks as any other, with its archived texts. */
export async function checkBuiltIn(): Promise<Loaded> {
  const archives = await builtInArchives();
  return { ...validateDataset(builtIn, archives), kind: 'built-in', origin: 'the built-in dataset', archives };
}

/** The fetch public/early-data.js began; `text` is its body, which the early picture may read too (null for an HTTP error). */
type Early = { href: string; response: Promise<Response>; text: Promise<string | null> };

/** The fetch public/early-data.js began for this very address while the app loaded; taken once. */
function earlyFetch(url: URL): Early | undefined {
  const holder = globalThis as { stancemapEarlyData?: Early };
  const early = holder.stancemapEarlyData;
  if (early?.href !== url.href) return undefined;
  delete holder.stancemapEarlyData;
  return early;
}

type Options = {
  base?: string;
  /** Awaited once the text has arrived, before it is checked: main.tsx lets the early picture paint first. */
  beforeCheck?: () => Promise<void>;
};

export async function loadFromUrl(input: string, { base = window.location.href, beforeCheck }: Options = {}): Promise<Loaded> {
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
    const early = earlyFetch(url);
    const response = await (early?.response ?? fetch(url));
    if (!response.ok) return failure('url', input, '(data)', `could not be fetched: HTTP ${response.status}`);
    text = early ? ((await early.text) ?? '') : await response.text();
  } catch (error) {
    return failure('url', input, '(data)', `could not be fetched: ${(error as Error).message}`);
  }
  await beforeCheck?.();
  const { raw, error } = parseJson(text);
  if (error) return failure('url', input, '(data)', error);
  const archives: Archives = new Map();
  await Promise.all(
    archivePaths(raw).map(async (path) => {
      const target = new URL(path, url);
      // An archive elsewhere is left unread, and the validator reports it as missing.
      if (target.origin !== url.origin) return;
      const response = await fetch(target).catch(() => null);
      if (!response?.ok) return;
      const text = await response.text().catch(() => undefined);
      if (text !== undefined && !isHtmlPage(text, response.headers.get('content-type') ?? '')) archives.set(path, text);
    }),
  );
  return { ...validateDataset(raw, archives), kind: 'url', origin: input, archives };
}
