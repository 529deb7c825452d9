import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Index } from '../model/relations';
import type { Loaded } from '../load/load';
import { useStore } from '../store/useStore';
import { afterPaint } from '../util/afterPaint';
import { LazyGraph } from '../graph/live/LazyGraph';
import { fittedStageHeight } from '../graph/scene/staticScene';
import { ListView } from '../panel/ListView';
import { ViewToggle } from '../panel/ViewToggle';
import { AsOfControl } from '../panel/AsOfControl';
import { Legend } from '../panel/Legend';
import { Panel } from '../panel/Panel';
import { summarizeMap } from '../model/format';
import { SelectionAnnouncer } from '../panel/SelectionAnnouncer';
import { SearchBox } from '../panel/SearchBox';
import { useUrlSync } from '../url/useUrlSync';
import { ErrorBoundary } from './ErrorBoundary';
import { resolveTheme, type EmbedOptions } from '../embed/embedOptions';
import { useEmbed } from '../embed/useEmbed';
import { ShareButton } from '../embed/ShareButton';
import { SourceReaderGate } from '../reader/SourceReaderGate';
import { hasDrafts } from '../editor/draftMarker';
import type { Archives } from '../model/archives';
import type { Dataset } from '../model/schema';
import type { LoadedBanner as LoadedBannerType } from '../authoring/LoadedBanner';
import { useEscapeClears, useSheetScroll } from './pageEffects';
import { PageFooter } from './PageFooter';
import { lazyChunk } from '../util/lazyChunk';

// Arrange mode and the embed's credit line are never part of the prerendered page: they load when used.
const ArrangeBar = lazy(() => import('../authoring/ArrangeBar').then((module) => ({ default: module.ArrangeBar })));
// The editor and the offer of a kept draft are authors' tools, each its own chunk.
// Any dataset but the built-in one says where it came from, above the map. The banner's chunk is
// preloaded beside such a dataset (main.tsx, Root's openFiles), so it is there in the first render
// and the map does not move down when it arrives; React.lazy (which suspends at least once) is the fallback.
const bannerChunk = lazyChunk(() => import('../authoring/LoadedBanner').then((module) => module.LoadedBanner));
export const preloadBanner: () => Promise<typeof LoadedBannerType> = bannerChunk.load;
const LazyBanner = lazy(() => preloadBanner().then((component) => ({ default: component })));
const Editor = lazy(() => import('../editor/Editor'));
const DraftOffer = lazy(() => import('../editor/DraftOffer'));
const EmbedFooter = lazy(() => import('../embed/EmbedFooter').then((module) => ({ default: module.EmbedFooter })));

type Props = {
  index: Index;
  loaded: Loaded;
  embed: EmbedOptions;
  /** The page took over prerendered HTML, which already pictures the map. */
  hydrated: boolean;
  onOpenFiles: (files: File[]) => void;
  /** The dataset as loaded, before any edit. */
  base: Loaded;
  onEdited: (dataset: Dataset, archives: Archives) => void;
  /** Shows another dataset in place of this one (a draft kept in this browser). */
  onShow: (loaded: Loaded) => void;
};

export function App({ index, loaded, base, embed, hydrated, onOpenFiles, onEdited, onShow }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const graph = useRef<HTMLElement>(null);
  useUrlSync(index, embed.embed);
  useEmbed(index, embed, root);
  // No selection here: a click re-renders the panel and the announcer, not the whole page.
  const [Banner] = useState(() => bannerChunk.now() ?? LazyBanner);
  const view = useStore((s) => s.view);
  const arranging = useStore((s) => s.arranging);
  const editing = useStore((s) => s.editing) && !embed.embed;
  // Drafts are read once, after the first paint: the prerendered page knows nothing of this
  // browser's drafts, and a page's first localStorage read (the browser loads the site's storage)
  // took 10 ms and more in the first render. The editor itself offers any draft made later.
  const [drafts, setDrafts] = useState(false);
  useEffect(() => (embed.embed ? undefined : afterPaint(() => setDrafts(hasDrafts()))), [embed.embed]);

  useSheetScroll(graph, !embed.embed);
  useEscapeClears();

  const { dataset } = index;
  const fitted = useMemo(() => fittedStageHeight(index), [index]);
  const summary = useMemo(() => summarizeMap(index), [index]);
  // Set through the CSSOM, not a style attribute, which a strict Content Security Policy blocks in
  // the prerendered HTML; until then the build's stylesheet gives the site's dataset's height.
  useLayoutEffect(() => {
    const section = graph.current;
    // 'initial' leaves the stylesheet's fallback height, not the site's dataset's (fitted.css).
    section?.style.setProperty('--fitted-height', fitted ?? 'initial');
  }, [fitted]);
  const classes = ['app', embed.embed && 'embed', editing && 'editing', !embed.panel && 'no-panel', !embed.legend && 'no-legend'].filter(Boolean).join(' ');
  return (
    <div className={classes} ref={root}>
      {!embed.embed && (
        <header className="masthead">
          <p className="brand">Stancemap</p>
          <h1>{dataset.title}</h1>
          <SearchBox index={index} />
          <ShareButton index={index} />
        </header>
      )}
      {embed.embed && embed.title && <p className="embed-headline">{dataset.title}</p>}
      {loaded.kind !== 'built-in' && (
        <Suspense fallback={null}>
          <Banner loaded={loaded} title={dataset.title} />
        </Suspense>
      )}
      {drafts && (
        <Suspense fallback={null}>
          <DraftOffer base={base} onShow={onShow} />
        </Suspense>
      )}
      <main className="main">
        <section className="graph" ref={graph} aria-label="Map of stances" aria-describedby="map-summary">
          <div className="toolbar">
            <ViewToggle />
            <AsOfControl index={index} />
          </div>
          <p id="map-summary" className="sr-only">{summary}</p>
          <div className="stage">
            <div className="graph-canvas" hidden={view !== 'graph'}>
              <ErrorBoundary name="The map" rest="The statements beside it and the list view (the List button) still work." className="boundary-graph">
                <LazyGraph index={index} theme={resolveTheme(embed.theme)} gateZoom={embed.embed && !embed.scroll} defer={hydrated} />
              </ErrorBoundary>
            </div>
            {view === 'list' && (
              <ErrorBoundary name="The list view" rest="The map and the statements still work.">
                <ListView index={index} />
              </ErrorBoundary>
            )}
            {arranging && (
              <Suspense fallback={null}>
                <ArrangeBar dataset={dataset} />
              </Suspense>
            )}
          </div>
          {embed.legend && (
            <ErrorBoundary name="The legend" className="boundary-legend">
              <Legend index={index} />
            </ErrorBoundary>
          )}
        </section>
        {embed.panel && (
          <ErrorBoundary name="The statements" rest="The map still works; the Overview button or Escape starts again." className="boundary-panel">
            <Panel index={index} prerendered={hydrated} />
          </ErrorBoundary>
        )}
      </main>
      {editing && (
        <ErrorBoundary name="The editor" rest="Your changes are kept in this browser: reload the page to restore them." className="boundary-editor">
          <Suspense fallback={<p className="empty editor-loading" role="status">Opening the editor…</p>}>
            <Editor base={base} onEdited={onEdited} />
          </Suspense>
        </ErrorBoundary>
      )}
      {embed.embed ? (
        <Suspense fallback={null}>
          <EmbedFooter index={index} />
        </Suspense>
      ) : (
        <PageFooter index={index} editing={editing} onOpenFiles={onOpenFiles} />
      )}
      <SourceReaderGate index={index} loaded={loaded} />
      <SelectionAnnouncer index={index} />
    </div>
  );
}
