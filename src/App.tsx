import { useEffect } from 'react';
import type { Index } from './model/relations';
import { useStore } from './store/useStore';
import { GraphView } from './graph/GraphView';
import { ListView } from './list/ListView';
import { AsOfControl } from './panel/AsOfControl';
import { Legend } from './panel/Legend';
import { Panel } from './panel/Panel';
import { describeSelection, summarizeMap } from './panel/format';
import { SearchBox } from './search/SearchBox';
import { useUrlSync } from './url/useUrlSync';
import { ViewToggle } from './list/ViewToggle';

export function App({ index, origin }: { index: Index; origin: string }) {
  useUrlSync(index);
  const selection = useStore((s) => s.selection);
  const view = useStore((s) => s.view);
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
        <span>
          {dataset.actors.length} actors · {dataset.statements.length} statements · {dataset.sources.length}{' '}
          {dataset.sources.length === 1 ? 'source' : 'sources'}
        </span>
        <span>Data: {origin}</span>
      </footer>
      <p className="sr-only" aria-live="polite">{describeSelection(index, selection)}</p>
    </div>
  );
}
