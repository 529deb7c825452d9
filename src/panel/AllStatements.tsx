import { useMemo } from 'react';
import { targetIds } from '../model/provenance';
import type { Index } from '../model/relations';
import { makeVisibility } from '../model/filter';
import { shownOf } from '../model/counts';
import { useStore } from '../store/useStore';
import { StatementCard } from './StatementCard';

// Past this, a full list would slow the overview down more than it helps; the map and search remain.
const LIMIT = 400;

/**
 * Every statement, by the actor who made it, folded away under the actor list. It is part of the
 * prerendered page, so readers without JavaScript and search engines get the full content.
 */
export function AllStatements({ index }: { index: Index }) {
  const { actors, statements: every } = index.dataset;
  const hiddenStances = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const statements = useMemo(() => every.filter(makeVisibility(index, { hiddenStances, asOf })), [every, index, hiddenStances, asOf]);
  if (every.length > LIMIT) return null;
  return (
    <details className="all-statements">
      <summary>
        <h2 className="section-heading">
          All statements <span className="count">{statements.length === every.length ? every.length : shownOf(statements.length, every.length, 'statement')}</span>
        </h2>
      </summary>
      {actors.map((actor) => {
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
