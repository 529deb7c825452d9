/*
 * The page's first script (built as a classic script, early-data.js, by scripts/vite/earlyScript.ts).
 * Starts fetching the dataset a ?data= address names while the app's own scripts still load and run
 * (a few hundred ms on a phone), so the map's picture can follow them at once. Only a dataset of this
 * site's own origin: the app decides about any other (loadUrl.ts), and takes this response only for
 * the same address. Preloads the chunks such a map needs, so they load beside the first chunk rather
 * than after it.
 *
 * A classic script in the head, not async (a strict CSP allows no inline one): it runs before the
 * page's body is parsed and laid out, which on a ?data= map would otherwise come first (50-70 ms on
 * a desktop). It is small and arrives with the stylesheet, which the first paint waits for anyway.
 *
 * In the build it also starts the app: the page has no module script of its own (scriptLoading.ts
 * moves it here). On any other view at once, once the page is parsed; on a ?data= map, once the early
 * picture is drawn (or will not be). The app's first chunk (React and the app) takes some 50 ms to
 * compile and run on a desktop, four times that on a phone: loaded beside the dataset, it held the
 * picture back by as much.
 */
import type { Checked } from './checkText';
import { offPage } from '../util/offPage';
import { readLimited, stalled, WAIT_LIMIT, within } from './download';
import { tapOf } from './earlyHandover';

// The build lists the chunks a ?data= map needs besides the first one, and the app's entry (scriptLoading.ts).
const script = document.currentScript;
const attribute = (name: string) => script?.getAttribute(name) || '';

/*
 * The prerendered page is the app's frame around the built-in dataset: keep the frame, hide that
 * dataset's content at once (styles: html[data-early]), and let the early picture paint the new map
 * into it while the app loads. Only in the build (which writes data-picture beside its prerendered
 * page), and not for embeds or themes, whose frame differs from the prerendered one: the app draws those.
 */
function pictureFirst(params: URLSearchParams): Promise<void> | undefined {
  const picture = attribute('data-picture');
  if (!picture || params.has('embed') || params.has('theme')) return undefined;
  document.documentElement.setAttribute('data-early', 'loading');
  // Settles once the picture is drawn or will not be; never rejects.
  return import(/* @vite-ignore */ picture).then(
    () => window.stancemapEarlyDrawn,
    () => undefined,
  );
}

/*
 * The dataset's check (checkWorker.ts), in a worker started now, so that its code loads while the
 * dataset does and the check runs as soon as the text has arrived, beside the early picture. The app
 * takes the result (loadUrl.ts), or checks on the page if this fails.
 */
function check(href: string, text: Promise<string | null>): Promise<Checked> | undefined {
  const path = attribute('data-check');
  if (!path || typeof Worker !== 'function') return undefined;
  const input = text.then((body) => {
    if (body === null) throw new Error('no dataset');
    return { text: body, href };
  });
  const checked = offPage<{ text: string; href: string }, Checked>(() => new Worker(path, { type: 'module' }), input).result;
  checked.catch(() => undefined);
  return checked;
}

function addToHead(element: HTMLLinkElement | HTMLScriptElement, attributes: Record<string, string>) {
  element.crossOrigin = '';
  Object.assign(element, attributes);
  document.head.appendChild(element);
}

/** The app's entry, once the page is parsed (it takes over the prerendered page) and `after` has settled. */
function startApp(after: Promise<void> | undefined) {
  const entry = attribute('data-entry');
  if (!entry) return;
  if (!after) addToHead(document.createElement('link'), { rel: 'modulepreload', fetchPriority: 'low', href: entry });
  else {
    // On a ?data= map with its picture, not preloaded: a modulepreload compiles the chunk too, which
    // is the picture's delay. Downloaded only (a prefetch) while the picture is drawn, once the
    // dataset has arrived: beside the dataset it took a phone's bandwidth from it, and after the
    // picture it added its whole download (some 80 KB) to the app's start.
    const prefetch = () => addToHead(document.createElement('link'), { rel: 'prefetch', href: entry });
    window.stancemapEarlyData?.text.then(prefetch, prefetch);
  }
  const parsed = new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('readystatechange', () => resolve(), { once: true });
  });
  void Promise.all([parsed, after]).then(() => addToHead(document.createElement('script'), { type: 'module', src: entry }));
}

/** Begins what a ?data= map needs; the early picture's promise, if there is to be one. */
function begin(params: URLSearchParams): Promise<void> | undefined {
  const data = params.get('data');
  if (!data || typeof fetch !== 'function') return undefined;
  // Needed at once: fetched and compiled now. Needed once the picture is up: fetched only, at low priority.
  for (const [name, rel] of [['data-preload', 'modulepreload'], ['data-prefetch', 'prefetch']]) {
    for (const href of attribute(name).split(' ')) if (href) document.head.appendChild(Object.assign(document.createElement('link'), { rel, href }));
  }
  let url: URL;
  try {
    url = new URL(data, window.location.href);
  } catch {
    return undefined;
  }
  if (url.origin !== window.location.origin) return undefined;
  const controller = new AbortController();
  // No answer within WAIT_LIMIT is given up here too: the app starts only once this has settled.
  const response = within(fetch(url, { signal: controller.signal }), WAIT_LIMIT, stalled);
  // Read once, by whichever of the early picture and the app comes first, under download.ts's limits;
  // null for an answer that is no dataset (an error status, a web page), which the app then names.
  const text = response.then((r) => {
    // A redirect to another origin is the app's to refuse: its body is never read, nor pictured.
    const home = !r.url || new URL(r.url).origin === window.location.origin;
    return home && r.ok && !/^text\/html\b/i.test(r.headers.get('content-type') ?? '') ? readLimited(r, controller.signal) : null;
  });
  // The app reports a failed fetch; until it takes the response, a rejection is not "unhandled".
  response.catch(() => controller.abort());
  text.catch(() => undefined);
  window.stancemapEarlyData = { href: url.href, origin: data, response, text, checked: check(url.href, text), abort: () => controller.abort() };
  return pictureFirst(params);
}

/*
 * An actor's page (actor/<id>.html, scripts/vite/socialCards.ts) takes the app's own address for that
 * actor before anything reads it, so Back, sharing and the panel's links work as on the map.
 */
const actorPage = document.documentElement.getAttribute('data-actor-page');
if (actorPage && !window.location.search) history.replaceState(history.state, '', `./?actor=${encodeURIComponent(actorPage)}${window.location.hash}`);

/*
 * A tap on the prerendered picture before the app runs would be lost: kept here, marked at once, and
 * answered by the app as soon as it has mounted (graph/picture/pictureTaps.ts).
 */
document.addEventListener(
  'click',
  (event) => {
    const tap = window.stancemapTapsAnswered ? null : tapOf(event.target instanceof Element ? event.target : null);
    if (!tap) return;
    window.stancemapEarlyTap = tap;
    for (const marked of document.querySelectorAll('svg.static-map .static-marked')) marked.classList.remove('static-marked');
    (event.target as Element).closest('[data-actor], [data-from]')!.classList.add('static-marked');
  },
  true,
);

let pictured: Promise<void> | undefined;
try {
  pictured = begin(new URLSearchParams(window.location.search));
} finally {
  // Whatever went wrong above, the app starts: it loads and reports the dataset itself.
  startApp(pictured);
}
