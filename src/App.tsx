import { useEffect } from 'react';
import type { Index } from './model/relations';
import { useStore } from './store/useStore';
import { GraphView } from './graph/GraphView';
import { Legend } from './panel/Legend';
import { Panel } from './panel/Panel';

export function App({ index, origin }: { index: Index; origin: string }) {
  // Two directions side by side need room: the panel widens while a relation is open.
  const relationOpen = useStore((s) => s.selection?.kind === 'relation');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useStore.getState().clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="masthead">
        <p className="brand">Stancemap</p>
        <h1>{index.dataset.title}</h1>
      </header>
      <main className={relationOpen ? 'main main-wide-panel' : 'main'}>
        <section className="graph" aria-label="Map of stances">
          <GraphView index={index} />
          <Legend kinds={[...new Set(index.dataset.actors.map((a) => a.kind))]} />
        </section>
        <Panel index={index} />
      </main>
      <footer className="footer">
        <span>
          {index.dataset.actors.length} actors · {index.dataset.statements.length} statements · {index.dataset.sources.length}{' '}
          {index.dataset.sources.length === 1 ? 'source' : 'sources'}
        </span>
        <span>Data: {origin}</span>
      </footer>
    </div>
  );
}
