import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root, logWarnings } from './app/Root';
import { BUILT_IN, failure, type Loaded } from './load/load';
import { preloadGraph } from './graph/live/LazyGraph';
import { preloadStaticCanvas } from './graph/picture/StaticMap';
import { preloadBanner } from './app/App';
import { afterPaint } from './util/afterPaint';
import './app/styles.css';
import 'virtual:stancemap/fitted.css';

/** A dataset from ?data=, checked; whatever goes wrong becomes a problem on the error page, never a stuck "Loading…". */
async function loadData(dataUrl: string, early: boolean): Promise<Loaded> {
  const whileChecking = async () => {
    // The early picture (app/earlyPicture.ts) is drawn from the same text: the live graph's chunk,
    // evaluated on the page's thread while the worker checks, waits for that picture's frame.
    if (early) await new Promise<void>((resolve) => afterPaint(resolve));
    void preloadGraph();
  };
  try {
    return await (await import('./load/loadUrl')).loadFromUrl(dataUrl, { whileChecking });
  } catch (error) {
    return failure('url', dataUrl, '(data)', `could not be loaded: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function start() {
  const container = document.getElementById('root')!;
  const params = new URLSearchParams(window.location.search);
  const dataUrl = params.get('data');
  const hydrate = container.dataset.prerendered === 'default' && params.size === 0;
  // The prerendered page shows the built-in dataset: never leave its quotes on screen while another
  // dataset loads, or a reader could take them for the other one's. Where early-data.js has hidden
  // them already (html[data-early]) for the early picture (app/earlyPicture.ts), the frame stays.
  // (Its hidden content stays in the page until the app replaces it: not displayed, it is neither
  // seen nor read out, and removing it took 30 ms before the picture.)
  const early = !!document.documentElement.dataset.early;
  if (dataUrl) {
    const note = Object.assign(document.createElement('p'), { className: early ? 'early-note' : 'boot', textContent: `Loading ${dataUrl}…` });
    note.setAttribute('role', 'status');
    const frame = early && container.querySelector('.app .stage');
    // Unless the early picture, there first, has put up its own note.
    if (frame) {
      if (!frame.querySelector('.early-note')) frame.append(note);
    } else container.replaceChildren(note);
  }
  // A view that was not prerendered is pictured on a canvas: its chunk loads while the data does.
  // So is a dataset from elsewhere's banner, whose arrival would otherwise move the map down.
  const picture = hydrate ? null : Promise.all([preloadStaticCanvas(), dataUrl && preloadBanner()]).catch(() => undefined);
  const loaded = dataUrl ? await loadData(dataUrl, early) : BUILT_IN;
  await picture;
  // Any view but the prerendered default needs the live graph at once (a ?data= map began on it
  // once its text had arrived; not before, as evaluating Cytoscape's chunk would hold back the early picture).
  if (!hydrate) void preloadGraph();
  logWarnings(loaded);
  // index.html holds the default view, rendered at build time: take it over in place when that is
  // what was asked for; otherwise replace it in one render, whose commit swaps the boot note for the
  // app (so the page never blanks). Not flushSync: its effects would all run before the first paint.
  const app = (
    <StrictMode>
      <Root initial={loaded} hydrated={hydrate} />
    </StrictMode>
  );
  if (hydrate) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the
    // main thread for the whole tree (one task of about 120 ms at 4x CPU throttling): the page is
    // already drawn, and a tap meanwhile makes React finish hydrating at once, then handle it.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    const root = createRoot(container);
    root.render(app);
  }
}

void start();
