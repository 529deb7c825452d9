import type { Index, RelationGroup } from '../model/relations';
import { useStore } from '../store/useStore';
import { StatementCard } from './StatementCard';
import { ToneSwatch } from './ToneSwatch';
import { actorName, plural } from './format';

/**
 * Statements grouped by relation. `perspective` says which end the reader is looking from, so the
 * heading names the other end ("to United States" or "from Russia").
 */
export function RelationGroupList({ index, groups, perspective }: { index: Index; groups: RelationGroup[]; perspective: 'from' | 'to' | 'pair' }) {
  const selectRelation = useStore((s) => s.selectRelation);
  return (
    <ul className="groups">
      {groups.map(({ relation, statements }) => {
        const stance = index.stances.get(relation.stance)!;
        const other = perspective === 'to' ? relation.from : relation.to;
        const lead = perspective === 'pair' ? '' : perspective === 'from' ? `To ${actorName(index, other)}` : `From ${actorName(index, other)}`;
        return (
          <li key={relation.id} className="group">
            <h4 className="group-heading">
              <button type="button" className="link-button" onClick={() => selectRelation(relation.id)} title="Show this relation on the map">
                <ToneSwatch tone={stance.tone} color={stance.color} />
                {lead && <span className="group-target">{lead}</span>}
                <span className="group-stance">{stance.label}</span>
              </button>
              <span className="count">{plural(statements.length, 'statement')}</span>
            </h4>
            {statements.map((statement) => (
              <StatementCard key={statement.id} index={index} statement={statement} about={perspective === 'from' ? relation.to : undefined} />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
