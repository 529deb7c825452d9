import { useEffect, useMemo, useState } from 'react';
import { targetIds } from '../model/provenance';
import type { Index } from '../model/relations';
import { makeVisibility } from '../model/filter';
import { shownOf } from '../model/counts';
import { afterPaint } from '../util/afterPaint';
import { useStore } from '../store/useStore';
import { StatementCard } from './StatementCard';

// Past this, a full list would slow the overview down more than it helps; the map and search remain.
const LIMIT = 400;
const IDLE_TIMEOUT_MS = 3000;

/**
 * Every statement, by the actor who made it, folded away under the actor list. It is part of the
 * prerendered page, so readers without JavaScript and search engines get the full content.
 * Elsewhere (a map from ?data= or a file) the cards come once the page is idle, or when the fold
 * opens: hundreds of them would hold back the map's picture and the live graph.
 */
export function AllStatements({ index, prerendered }: { index: Index; prerendered: boolean }) {
  const { actors, statements: every } = index.dataset;
  const hiddenStances = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const statements = useMemo(() => every.filter(makeVisibility(index, { hiddenStances, asOf })), [every, index, hiddenStances, asOf]);
  const [listed, setListed] = useState(prerendered);
  useEffect(() => {
    if (listed) return;
    const list = () => setListed(true);
    if (!window.requestIdleCallback) return afterPaint(list);
    const idle = window.requestIdleCallback(list, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(idle);
  }, [listed]);
  if (every.length > LIMIT) return null;
  return (
    <details className="all-statements" onToggle={() => setListed(true)}>
      <summary>
        <h2 className="section-heading">
          All statements <span className="count">{statements.length === every.length ? every.length : shownOf(statements.length, every.length, 'statement')}</span>
        </h2>
      </summary>
      {listed && actors.map((actor) => {
        const own = statements.filter((s) => s.actor === actor.id);
        if (!own.length) return null;
        return (
          <section key={actor.id} aria-label={`Statements by ${actor.name}`}>
            <h3 className="all-actor">{actor.name}</h3>
            {own.map((statement) => (
              <StatementCard key={statement.id} index={index} statement={statement} about={targetIds(statement)[0]} />
            ))}
          </section>
        );
      })}
    </details>
  );
}
