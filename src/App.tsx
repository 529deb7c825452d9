import { useEffect } from 'react';
import type { Index } from './model/relations';
import { useStore } from './store/useStore';
import { GraphView } from './graph/GraphView';
import { ListView } from './list/ListView';
import { AsOfControl } from './panel/AsOfControl';
import { Legend } from './panel/Legend';
import { Panel } from './panel/Panel';
import { describeSelection, formatDay, plural, summarizeMap } from './panel/format';
import { OpenFile } from './authoring/OpenFile';
import type { Loaded } from './model/load';
import { SearchBox } from './search/SearchBox';
import { useUrlSync } from './url/useUrlSync';
import { ViewToggle } from './list/ViewToggle';

type Props = { index: Index; loaded: Loaded; onOpenFiles: (files: File[]) => void };

export function App({ index, loaded, onOpenFiles }: Props) {
  useUrlSync(index);
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
      if (event.key === 'Escape') useStore.getState().clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { dataset } = index;
  return (
    <div className="app">
      <header className="masthead">
        <p className="brand">Stancemap</p>
        <h1>{dataset.title}</h1>
        <SearchBox index={index} />
      </header>
      {loaded.kind !== 'built-in' && (
        <p className="banner" role="note">
          Showing <strong>{dataset.title}</strong>, loaded from <code>{loaded.origin}</code>
          {loaded.kind === 'file' ? ' on this computer' : ''}: not the built-in dataset. Its statements are its author’s.{' '}
          <a href="./">Open the built-in dataset</a>
        </p>
      )}
      <main className={wide ? 'main main-wide-panel' : 'main'}>
        <section className="graph" aria-label="Map of stances" aria-describedby="map-summary">
          <div className="toolbar">
            <ViewToggle />
            <AsOfControl index={index} />
          </div>
          <p id="map-summary" className="sr-only">{summarizeMap(index)}</p>
          <div className="stage">
            <div className="graph-canvas" hidden={view !== 'graph'}>
              <GraphView index={index} />
            </div>
            {view === 'list' && <ListView index={index} />}
          </div>
          <Legend index={index} />
        </section>
        <Panel index={index} />
      </main>
      <footer className="footer">
        <p className="footer-facts">
          {dataset.version && <span>Version {dataset.version}</span>}
          {dataset.updated && <span>Updated {formatDay(dataset.updated)}</span>}
          <span>
            {plural(dataset.actors.length, 'actor')} · {plural(dataset.statements.length, 'statement')} · {plural(dataset.sources.length, 'source')}
          </span>
        </p>
        <p className="footer-tools">
          <OpenFile onFiles={onOpenFiles} />
          <button type="button" className="small-button" aria-pressed={arranging} onClick={() => toggleArranging(!arranging)}>
            Arrange
          </button>
        </p>
      </footer>
      <p className="sr-only" aria-live="polite">{describeSelection(index, selection)}</p>
    </div>
  );
}
