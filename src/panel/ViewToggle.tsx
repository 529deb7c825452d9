import { useStore, VIEWS } from '../store/useStore';

const LABELS = { graph: 'Graph', list: 'List' } as const;

/** Switches the main area between the canvas and its accessible list twin. */
export function ViewToggle() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  return (
    <div className="view-toggle" role="group" aria-label="Show the map as">
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
