import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { afterPaint } from '../util/afterPaint';
import { parseEmbedOptions, resolveTheme } from '../embed/embedOptions';
import { App, preloadBanner } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { useFileDrop } from '../authoring/useFileDrop';
import { preloadStaticCanvas } from '../graph/picture/StaticMap';
import { failure, type Loaded } from '../load/load';
import { buildIndex } from '../model/relations';
import { useStore } from '../store/useStore';
import { readUrl } from '../url/useUrlSync';
import { pageTitle } from '../model/format';
import { knownSelection } from '../model/selection';
import type { Archives } from '../model/archives';
import type { Dataset } from '../model/schema';

// Only a dataset that fails its checks needs the error page: it loads with such a dataset.
const ErrorPage = lazy(() => import('./ErrorPage').then((module) => ({ default: module.ErrorPage })));

export function logWarnings(loaded: Loaded): void {
  for (const problem of loaded.problems) {
    if (problem.level === 'warning') console.warn(`${loaded.origin}: ${problem.path}: ${problem.message}`);
  }
}

/** Holds the loaded dataset (outside the store, which keeps ids only) and swaps it when an author opens files. */
export function Root({ initial, hydrated = false }: { initial: Loaded; hydrated?: boolean }) {
  // Embed options shape the frame for the page's whole life; they are read once.
  const [embed] = useState(() => parseEmbedOptions(typeof window === 'undefined' ? '' : window.location.search));
  useEffect(() => {
    document.documentElement.dataset.theme = resolveTheme(embed.theme);
  }, [embed]);
  // One state object: the dataset, its index, and a generation that remounts the app (and its graph).
  // `base` is the dataset as loaded; `loaded` follows the editor's changes to it.
  const [{ loaded, base, index, generation }, setCurrent] = useState(() => {
    const first = initial.dataset ? buildIndex(initial.dataset) : null;
    // The URL is read into the store once, before the first render, so a deep link paints as itself.
    if (first && typeof window !== 'undefined') readUrl(first);
    return { loaded: initial, base: initial, index: first, generation: 0 };
  });
  const show = useCallback((next: Loaded) => {
    setCurrent((current) => ({ loaded: next, base: next, index: next.dataset ? buildIndex(next.dataset) : null, generation: current.generation + 1 }));
  }, []);
  const [opening, setOpening] = useState(false);

  // For the benchmark: the first frame that shows the app.
  useLayoutEffect(() => {
    // The page is the app's now: the early picture's styles (public/early-data.js) no longer apply.
    delete document.documentElement.dataset.early;
    return afterPaint(() => performance.mark('stancemap:app-rendered'));
  }, []);

  useEffect(() => {
    // The error page must not keep the built-in dataset's title in the tab.
    document.title = pageTitle(loaded.dataset ? loaded.dataset.title : 'This dataset cannot be shown');
  }, [loaded]);

  // The built-in dataset is shown at once: the build has checked it against its archives (and fails
  // on any error), so a reader's browser need not load the validator to check it again. The
  // development server checks it here, so an author editing it sees its problems.
  useEffect(() => {
    if (!import.meta.env.DEV || initial.kind !== 'built-in') return;
    void import('../load/loadUrl')
      .then(({ checkBuiltIn }) => checkBuiltIn())
      .then((report) => {
        logWarnings(report);
        if (!report.dataset) show(report);
      })
      // The map is already on screen; a check that cannot run (its chunk failed to load) is only logged.
      .catch((error: unknown) => console.warn('The built-in dataset could not be checked:', error));
  }, [initial, show]);

  const openFiles = useCallback(async (files: File[]) => {
    setOpening(true);
    let next: Loaded;
    try {
      // The opened map is pictured on a canvas (StaticMap): its chunk loads while the files are read.
      const picture = Promise.all([preloadStaticCanvas(), preloadBanner()]).catch(() => undefined);
      const { loadFromFiles } = await import('../load/loadFiles');
      next = await loadFromFiles(files);
      await picture;
    } catch (error) {
      // Whatever went wrong, the author sees it on the error page, never a page stuck on "Opening…".
      next = failure('file', files.map((file) => file.name).join(', '), '(file)', `could not be opened: ${(error as Error)?.message ?? String(error)}`);
    } finally {
      setOpening(false);
    }
    logWarnings(next);
    if (next.dataset) {
      // A file is not a shareable address: the view starts afresh and the URL drops the old dataset.
      useStore.getState().reset();
      try {
        window.history.replaceState(null, '', window.location.pathname);
      } catch {
        /* sandboxed */
      }
    }
    show(next);
  }, [show]);

  // Each valid version the editor makes is shown in place: same generation, so the graph keeps its view.
  const onEdited = useCallback((dataset: Dataset, archives: Archives) => {
    const next = buildIndex(dataset);
    const { selection, clear } = useStore.getState();
    if (selection && !knownSelection(next, selection)) clear();
    setCurrent((current) => ({ ...current, loaded: { ...current.loaded, dataset, archives }, index: next }));
  }, []);

  const dragging = useFileDrop(openFiles);

  return (
    <>
      {index ? (
        <ErrorBoundary key={generation} name="This page" rest={<>Reload it, or <a href="./">open the built-in dataset</a>.</>} className="boundary-page">
          <App index={index} loaded={loaded} base={base} embed={embed} hydrated={hydrated && generation === 0} onOpenFiles={openFiles} onEdited={onEdited} onShow={show} />
        </ErrorBoundary>
      ) : (
        <Suspense fallback={<p className="boot" role="status">Listing the problems…</p>}>
          <ErrorPage origin={loaded.origin} problems={loaded.problems} onOpenFiles={openFiles} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a dataset (.json) or its spreadsheet files (.csv, .xlsx), with any archived sources (.txt), or the .zip the editor saves</p>
        </div>
      )}
      {opening && <p className="opening" role="status">Opening…</p>}
    </>
  );
}
