// The list view's body, virtualised: only the actors on screen (and a few either side) are in the
// page, so a map of 20,000 actors lists as quickly as one of ten. Loaded with the list view only.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { visibleWeights, type Filter } from '../model/filter';
import type { Index } from '../model/relations';
import type { Actor } from '../model/schema';
import type { Selection } from '../model/selection';
import { KIND_LABEL, actorName, plural } from '../model/format';
import { useStore, type ViewState } from '../store/useStore';

const pick = (s: ViewState) => ({ selection: s.selection, hiddenStances: s.hiddenStances, asOf: s.asOf });

const buttonsIn = (root: Element) => [...root.querySelectorAll<HTMLButtonElement>('button[data-twin]')];

/**
 * Arrow keys move between the list's buttons, as they would between rows of the map. The rows next
 * to the focused one are always rendered (overscan); Home and End scroll the far end into the page first.
 */
function arrows(virtualizer: Virtualizer<HTMLDivElement, Element>, count: number) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key) || !count) return;
    const root = event.currentTarget;
    const buttons = buttonsIn(root);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    event.preventDefault();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      buttons[event.key === 'ArrowDown' ? at + 1 : at - 1]?.focus();
      return;
    }
    const row = event.key === 'Home' ? 0 : count - 1;
    virtualizer.scrollToIndex(row, { align: event.key === 'Home' ? 'start' : 'end' });
    const focus = () => {
      const item = root.querySelector(`[data-index="${row}"]`);
      if (!item) return requestAnimationFrame(focus);
      const inItem = buttonsIn(item);
      inItem[event.key === 'Home' ? 0 : inItem.length - 1]?.focus();
    };
    requestAnimationFrame(focus);
  };
}

/** The accessible twin of the graph: every actor and every visible relation, as buttons. */
export default function TwinList({ index }: { index: Index }) {
  const { selection, hiddenStances, asOf } = useStore(useShallow(pick));
  const pairs = useMemo(() => listedPairs(index, { hiddenStances, asOf }), [index, hiddenStances, asOf]);

  const { actors } = index.dataset;
  const scroller = useRef<HTMLDivElement>(null);
  // Where the rows begin below the hint, measured once the list is in the page.
  const [margin, setMargin] = useState(0);
  const measureTop = useCallback((element: HTMLDivElement | null) => {
    if (element) setMargin(element.offsetTop);
  }, []);
  // No React Compiler here to be confused by the virtualiser's unstable functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: actors.length,
    getScrollElement: () => scroller.current,
    // A first guess at an actor's height (its row and its relations); each is measured once drawn.
    estimateSize: (i) => 40 + 34 * (pairs.get(actors[i].id)?.size ?? 0),
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => actors[i].id,
  });
  const items = virtualizer.getVirtualItems();
  const shift = (items[0]?.start ?? 0) - virtualizer.options.scrollMargin;

  return (
    <div className="list-view" ref={scroller} onKeyDown={arrows(virtualizer, actors.length)}>
      <p className="list-hint">Each actor, then the actors it spoke about. Tab or the arrow keys move; Enter selects.</p>
      <div ref={measureTop} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        <ul className="twin" style={{ transform: `translateY(${shift}px)` }}>
          {items.map(({ index: i, key }) => (
            <li key={key} data-index={i} ref={virtualizer.measureElement} aria-setsize={actors.length} aria-posinset={i + 1}>
              <TwinActor index={index} actor={actors[i]} targets={pairs.get(actors[i].id)} selection={selection} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type Listed = { stances: string[]; count: number; inferred: boolean };

/** Visible relations per speaking actor, merged by target: the list selects pairs, as the graph does. */
function listedPairs(index: Index, filter: Filter): Map<string, Map<string, Listed>> {
  const byActor = new Map<string, Map<string, Listed>>();
  for (const [id, weight] of visibleWeights(index, filter)) {
    const relation = index.relations.get(id)!;
    const targets = byActor.get(relation.from) ?? new Map<string, Listed>();
    byActor.set(relation.from, targets);
    const entry = targets.get(relation.to) ?? { stances: [], count: 0, inferred: true };
    entry.stances.push(index.stances.get(relation.stance)!.label + (relation.inferred ? ' (inferred)' : ''));
    entry.inferred &&= relation.inferred;
    entry.count += weight;
    targets.set(relation.to, entry);
  }
  return byActor;
}

type RowProps = { index: Index; actor: Actor; targets: Map<string, Listed> | undefined; selection: Selection };

/** One actor's row: its button, then a button for each actor it spoke about. */
function TwinActor({ index, actor, targets, selection }: RowProps) {
  const { selectActor, selectRelation } = useStore.getState();
  const current = selection?.kind === 'actor' && selection.id === actor.id;
  return (
    <>
      <button type="button" data-twin className="twin-actor" aria-current={current || undefined} onClick={() => selectActor(actor.id)}>
        <span className={`kind-icon kind-${actor.kind}`} aria-hidden="true" />
        <span className="twin-name">{actor.name}</span>
        <span className="count">{KIND_LABEL[actor.kind]}</span>
      </button>
      {targets && targets.size > 0 && (
        <ul aria-label={`${actor.name} spoke about`}>
          {[...targets].map(([to, { stances, count }]) => (
            <li key={to}>
              <button
                type="button"
                data-twin
                className="twin-relation"
                aria-current={(selection?.kind === 'relation' && selection.from === actor.id && selection.to === to) || undefined}
                onClick={() => selectRelation(actor.id, to)}
              >
                <span aria-hidden="true">→ </span>
                <span className="sr-only">about </span>
                {actorName(index, to)}: {stances.join(', ')} <span className="count">({plural(count, 'remark')})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
