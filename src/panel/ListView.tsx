import { useMemo, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleWeights } from '../model/filter';
import type { Index } from '../model/relations';
import { KIND_LABEL, actorName, plural } from '../model/format';
import { useStore, type ViewState } from '../store/useStore';

const pick = (s: ViewState) => ({ selection: s.selection, hiddenStances: s.hiddenStances, asOf: s.asOf });

/** Arrow keys move between the list's buttons, as they would between rows of the map. */
function onArrows(event: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-twin]')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key]!;
  if (buttons[next]) {
    event.preventDefault();
    buttons[next].focus();
  }
}

/** The accessible twin of the graph: every actor and every visible relation, as buttons. */
export function ListView({ index }: { index: Index }) {
  const { selection, hiddenStances, asOf } = useStore(useShallow(pick));
  const { selectActor, selectRelation } = useStore.getState();
  // Visible relations per speaking actor, merged by target: the list selects pairs, as the graph does.
  const pairs = useMemo(() => {
    const byActor = new Map<string, Map<string, { stances: string[]; count: number; inferred: boolean }>>();
    for (const [id, weight] of visibleWeights(index, { hiddenStances, asOf })) {
      const relation = index.relations.get(id)!;
      const targets = byActor.get(relation.from) ?? new Map();
      byActor.set(relation.from, targets);
      const entry = targets.get(relation.to) ?? { stances: [], count: 0, inferred: true };
      entry.stances.push(index.stances.get(relation.stance)!.label + (relation.inferred ? ' (inferred)' : ''));
      entry.inferred &&= relation.inferred;
      entry.count += weight;
      targets.set(relation.to, entry);
    }
    return byActor;
  }, [index, hiddenStances, asOf]);

  return (
    <div className="list-view" onKeyDown={onArrows}>
      <p className="list-hint">Each actor, then the actors it spoke about. Tab or the arrow keys move; Enter selects.</p>
      <ul className="twin">
        {index.dataset.actors.map((actor) => {
          const targets = [...(pairs.get(actor.id) ?? new Map()).entries()];
          const current = selection?.kind === 'actor' && selection.id === actor.id;
          return (
            <li key={actor.id}>
              <button type="button" data-twin className="twin-actor" aria-current={current || undefined} onClick={() => selectActor(actor.id)}>
                <span className={`kind-icon kind-${actor.kind}`} aria-hidden="true" />
                <span className="twin-name">{actor.name}</span>
                <span className="count">{KIND_LABEL[actor.kind]}</span>
              </button>
              {targets.length > 0 && (
                <ul aria-label={`${actor.name} spoke about`}>
                  {targets.map(([to, { stances, count }]) => {
                    const here = selection?.kind === 'relation' && selection.from === actor.id && selection.to === to;
                    return (
                      <li key={to}>
                        <button type="button" data-twin className="twin-relation" aria-current={here || undefined} onClick={() => selectRelation(actor.id, to)}>
                          <span aria-hidden="true">→ </span>
                          <span className="sr-only">about </span>
                          {actorName(index, to)}: {stances.join(', ')} <span className="count">({plural(count, 'remark')})</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
