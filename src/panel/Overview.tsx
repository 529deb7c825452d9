import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';
import { AllStatements } from './AllStatements';
import { KIND_LABEL, plural } from '../model/format';
import { remarkKey, targetIds } from '../model/provenance';

// A long list of buttons would cost more to draw than it helps to read: big maps list their most
// vocal actors, and search and the list view reach the rest.
const SHOWN = 100;

export function Overview({ index }: { index: Index }) {
  const selectActor = useStore((s) => s.selectActor);
  const { dataset } = index;
  // Remarks, not statements: two wordings of one remark count once.
  const said = new Map<string, Set<string>>();
  const about = new Map<string, Set<string>>();
  const bump = (map: Map<string, Set<string>>, id: string, key: string) => map.set(id, (map.get(id) ?? new Set()).add(key));
  for (const statement of dataset.statements) {
    bump(said, statement.actor, remarkKey(statement));
    targetIds(statement).forEach((id) => bump(about, id, remarkKey(statement)));
  }
  const saidBy = (id: string) => said.get(id)?.size ?? 0;

  const actors = dataset.actors.length > SHOWN
    ? [...dataset.actors].sort((a, b) => saidBy(b.id) - saidBy(a.id)).slice(0, SHOWN)
    : dataset.actors;

  return (
    <div className="view">
      <header className="view-header">
        <p className="lede">{dataset.description}</p>
        <p className="hint">Select an actor or a line on the map to read the statements behind it.</p>
      </header>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading" className="section-heading">Actors</h2>
        <ul className="actor-list">
          {actors.map((actor) => (
            <li key={actor.id}>
              <button type="button" className="actor-button" onClick={() => selectActor(actor.id)}>
                <span className={`kind-icon kind-${actor.kind}`} aria-hidden="true" />
                <span className="actor-name">{actor.name}</span>
                <span className="actor-meta">
                  {KIND_LABEL[actor.kind]} · {plural(saidBy(actor.id), 'remark')}, {about.get(actor.id)?.size ?? 0} about it
                </span>
              </button>
            </li>
          ))}
        </ul>
        {actors.length < dataset.actors.length && (
          <p className="hint">
            The {SHOWN} actors with the most remarks, of {dataset.actors.length}. Search (press /) or the list view reaches every actor.
          </p>
        )}
      </section>
      <AllStatements index={index} />
    </div>
  );
}
