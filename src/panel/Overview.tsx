import { memo, useMemo } from 'react';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';
import { AllStatements } from './AllStatements';
import { inferredApart, KIND_LABEL } from '../model/format';
import type { RemarkSplit } from '../model/provenance';
import { actorCounts, shownOf } from '../model/counts';

// A long list of buttons would cost more to draw than it helps to read: big maps list their most
// vocal actors, and search and the list view reach the rest.
const SHOWN = 100;

const aboutText = (split: RemarkSplit = { named: 0, inferred: 0 }) => inferredApart(`${split.named} about it`, split.inferred);

// Memoised: the panel keeps it, hidden, for a frame after a selection replaced it, and re-renders meanwhile.
export const Overview = memo(function Overview({ index, prerendered }: { index: Index; prerendered: boolean }) {
  const selectActor = useStore((s) => s.selectActor);
  const hiddenStances = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const { dataset } = index;
  // Counts follow the stance filter and the 'as of' day, against the whole dataset.
  const all = useMemo(() => actorCounts(index, { hiddenStances: [], asOf: null }), [index]);
  const { said, about } = useMemo(() => actorCounts(index, { hiddenStances, asOf }), [index, hiddenStances, asOf]);

  const actors = dataset.actors.length > SHOWN
    ? [...dataset.actors].sort((a, b) => (all.said.get(b.id) ?? 0) - (all.said.get(a.id) ?? 0)).slice(0, SHOWN)
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
                  {KIND_LABEL[actor.kind]} · {shownOf(said.get(actor.id) ?? 0, all.said.get(actor.id) ?? 0, 'remark')}, {aboutText(about.get(actor.id))}
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
      <AllStatements index={index} prerendered={prerendered} />
    </div>
  );
});
