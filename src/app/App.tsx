import { useEffect, useRef } from 'react';
import type { Index } from '../model/relations';
import type { Loaded } from '../model/load';
import { useStore } from '../store/useStore';
import { LazyGraph } from '../graph/LazyGraph';
import { ListView } from '../panel/ListView';
import { ViewToggle } from '../panel/ViewToggle';
import { AsOfControl } from '../panel/AsOfControl';
import { Legend } from '../panel/Legend';
import { Panel } from '../panel/Panel';
import { describeSelection, summarizeMap } from '../model/format';
import { SearchBox } from '../panel/SearchBox';
import { useUrlSync } from '../url/useUrlSync';
import { ErrorBoundary } from './ErrorBoundary';
import { ArrangeBar } from '../authoring/ArrangeBar';
import { DatasetFacts } from '../authoring/DatasetFacts';
import { LoadedBanner } from '../authoring/LoadedBanner';
import { OpenFile } from '../authoring/OpenFile';
import { EmbedFooter } from '../embed/EmbedFooter';
import { resolveTheme, type EmbedOptions } from '../embed/embedOptions';
import { useEmbed } from '../embed/useEmbed';
import { ShareButton } from '../embed/ShareButton';
import { SourceReaderGate } from '../reader/SourceReaderGate';

type Props = {
  index: Index;
  loaded: Loaded;
  embed: EmbedOptions;
  /** The page took over prerendered HTML, which already pictures the map. */
  hydrated: boolean;
  onOpenFiles: (files: File[]) => void;
};

export function App({ index, loaded, embed, hydrated, onOpenFiles }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useUrlSync(index, embed.embed);
  useEmbed(index, embed, root);
  const selection = useStore((s) => s.selection);
  const view = useStore((s) => s.view);
  const arranging = useStore((s) => s.arranging);
  const toggleArranging = (on: boolean) => {
    // Actors are arranged on the graph, so arrange mode brings it into view.
    if (on) useStore.getState().setView('graph');
    useStore.getState().setArranging(on);
  };
  // Pairs of statements side by side need room: the panel widens while a relation is open.
  const wide = selection !== null && selection.kind !== 'actor';

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // An open dialog takes its own Escape; the selection stays.
      if (event.key === 'Escape' && !(event.target as Element).closest?.('dialog')) useStore.getState().clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { dataset } = index;
  const classes = ['app', embed.embed && 'embed', !embed.panel && 'no-panel', !embed.legend && 'no-legend'].filter(Boolean).join(' ');
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
      <LoadedBanner loaded={loaded} title={dataset.title} />
      <main className={wide ? 'main main-wide-panel' : 'main'}>
        <section className="graph" aria-label="Map of stances" aria-describedby="map-summary">
          <div className="toolbar">
            <ViewToggle />
            <AsOfControl index={index} />
          </div>
          <p id="map-summary" className="sr-only">{summarizeMap(index)}</p>
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
            {arranging && <ArrangeBar dataset={dataset} />}
          </div>
          {embed.legend && (
            <ErrorBoundary name="The legend" className="boundary-legend">
              <Legend index={index} />
            </ErrorBoundary>
          )}
        </section>
        {embed.panel && (
          <ErrorBoundary name="The statements" rest="The map still works; the Overview button or Escape starts again." className="boundary-panel">
            <Panel index={index} />
          </ErrorBoundary>
        )}
      </main>
      {embed.embed ? (
        <EmbedFooter index={index} />
      ) : (
        <footer className="footer">
          <DatasetFacts dataset={dataset} />
          <p className="footer-tools">
            <OpenFile onFiles={onOpenFiles} />
            <button type="button" className="small-button" aria-pressed={arranging} onClick={() => toggleArranging(!arranging)}>
              Arrange
            </button>
          </p>
        </footer>
      )}
      <SourceReaderGate index={index} loaded={loaded} />
      <p className="sr-only" aria-live="polite">{describeSelection(index, selection)}</p>
    </div>
  );
}
