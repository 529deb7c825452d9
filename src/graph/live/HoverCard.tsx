// The card beside the pointer over an actor or an arrow: who or what it is, and how much backs it.
// Decorative for assistive technology: the same facts are in the panel and the list view.
import { useStore } from '../../store/useStore';
import { hoverFacts, type HoverTarget } from '../scene/hoverFacts';
import type { Index } from '../../model/relations';

export type Hover = { target: HoverTarget; x: number; y: number };

export function HoverCard({ index, hover }: { index: Index; hover: Hover }) {
  const hiddenStances = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const facts = hoverFacts(index, hover.target, { hiddenStances, asOf });
  if (!facts) return null;
  return (
    <div className="hover-card" aria-hidden="true" style={{ left: hover.x, top: hover.y }}>
      <p className="hover-title">{facts.title}</p>
      {facts.rows.length > 0 && (
        <ul>
          {facts.rows.map((row) => (
            <li key={row.label}>
              <span>{row.label}</span> <span className="hover-count">{row.tone.toLowerCase()} · {row.count}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hover-detail">{facts.detail}</p>
    </div>
  );
}
