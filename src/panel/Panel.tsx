import { useEffect, useRef } from 'react';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';
import { ActorView } from './ActorView';
import { Overview } from './Overview';
import { RelationView } from './RelationView';

export function Panel({ index }: { index: Index }) {
  const selection = useStore((s) => s.selection);
  const clear = useStore((s) => s.clear);
  const scroller = useRef<HTMLDivElement>(null);

  // A new selection starts at the top of the panel, as a new page would.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [selection]);

  return (
    <aside className="panel" aria-label="Statements">
      {selection && (
        <div className="panel-bar">
          <button type="button" className="close-button" onClick={clear} aria-label="Close selection and show the overview">
            <span aria-hidden="true">←</span> Overview
          </button>
        </div>
      )}
      <div className="panel-scroll" ref={scroller}>
        {selection?.kind === 'actor' && <ActorView key={selection.id} index={index} actorId={selection.id} />}
        {selection?.kind === 'relation' && <RelationView key={selection.id} index={index} relationKey={selection.id} />}
        {!selection && <Overview index={index} />}
      </div>
    </aside>
  );
}
