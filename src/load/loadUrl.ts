// The validating loaders: the built-in dataset checked against its archives, and ?data= URLs.
import builtIn from 'virtual:stancemap/dataset';
import { builtInArchives } from './builtInArchives';
import { failure, type Loaded } from './load';
import type { Checked } from './checkText';
import { offPage } from '../util/offPage';
import { takeEarlyData, type EarlyData } from './earlyHandover';

/** Other origins a ?data= URL may name, set at build time: VITE_DATA_ORIGINS=https://a.org,https://b.org */
const ALLOWED_ORIGINS = String(import.meta.env.VITE_DATA_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim().replace(/\/$/, ''))
  .filter(Boolean);

/** The built-in dataset run through the same checks as any other, with its archived texts. */
export async function checkBuiltIn(): Promise<Loaded> {
  const [archives, { validateDataset }] = await Promise.all([builtInArchives(), import('../model/validate')]);
  return { ...validateDataset(builtIn, archives), kind: 'built-in', origin: 'the built-in dataset', archives };
}

/** The check off the page's thread where it can (util/offPage.ts). */
const checkOffPage = (text: string, href: string): Promise<Checked> =>
  offPage(
    () => new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' }),
    { text, href },
    () => import('./checkText').then(({ checkText }) => checkText(text, href)),
  ).result;

type Options = {
  base?: string;
  /** Aborts the download: the page's Cancel button (main.tsx). */
  signal?: AbortSignal;
  /** Awaited once the text has arrived, while it is checked: main.tsx lets the early picture paint first, then starts the live graph's chunk. */
  whileChecking?: () => Promise<void>;
};

const allowed = (base: string) => (origin: string) => origin === new URL(base).origin || ALLOWED_ORIGINS.includes(origin);

/** The dataset's text, or what stopped it, worded for the error page. */
async function download(url: URL, early: EarlyData | undefined, signal?: AbortSignal, base = window.location.href): Promise<{ text: string } | { error: string }> {
  const { describeFailure, judgeResponse, readLimited, stalled, within, WAIT_LIMIT } = await import('./download');
  const controller = new AbortController();
  const stop = () => (early?.abort ? early.abort() : controller.abort());
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await within(early?.response ?? fetch(url, { signal: controller.signal }), WAIT_LIMIT, stalled, signal);
    const wrong = judgeResponse(response, url, allowed(base));
    if (wrong) return { error: wrong };
    if (!early) return { text: await readLimited(response, signal) };
    // The early script (earlyData.ts) reads the body itself, under the same limits; its errors are named (download.ts words them).
    const text = await within(early.text, undefined, stalled, signal);
    return { text: text ?? '' };
  } catch (error) {
    stop();
    return { error: describeFailure(error, url) };
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

export async function loadFromUrl(input: string, { base = window.location.href, signal, whileChecking }: Options = {}): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return failure('url', input, '(data)', 'is not a URL');
  }
  if (!allowed(base)(url.origin)) {
    return failure('url', input, '(data)', `only datasets from this site can be loaded; ${url.origin} is another origin (a site can allow it at build time with VITE_DATA_ORIGINS)`);
  }
  const early = takeEarlyData(url.href);
  const downloaded = await download(url, early, signal, base);
  if ('error' in downloaded) return failure('url', input, '(data)', downloaded.error);
  const { text } = downloaded;
  // The worker checks while the page's thread does what whileChecking asks.
  const checking = early?.checked ? early.checked.catch(() => checkOffPage(text, url.href)) : checkOffPage(text, url.href);
  await whileChecking?.();
  const checked = await checking;
  if ('error' in checked) return failure('url', input, '(data)', checked.error);
  return { ...checked.report, kind: 'url', origin: input, archives: checked.archives };
}
