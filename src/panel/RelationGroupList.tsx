import type { Index, RelationGroup } from '../model/relations';
import { useStore } from '../store/useStore';
import { StatementCard } from './StatementCard';
import { ToneSwatch } from './ToneSwatch';
import { actorName, plural } from '../model/format';

type Props = {
  index: Index;
  groups: RelationGroup[];
  /** Which end the reader looks from: the heading names the other end, or only the stance for a pair. */
  perspective: 'from' | 'to' | 'pair';
  selectedStatement?: string;
};

/** Statements grouped by relation (target + stance); a heading opens that pair of actors. */
export function RelationGroupList({ index, groups, perspective, selectedStatement }: Props) {
  const selectRelation = useStore((s) => s.selectRelation);
  return (
    <ul className="groups">
      {groups.map(({ relation, statements }) => {
        const stance = index.stances.get(relation.stance)!;
        const other = perspective === 'to' ? relation.from : relation.to;
        const label = (
          <>
            <ToneSwatch tone={stance.tone} color={stance.color} />
            {perspective !== 'pair' && <span className="group-target">{`${perspective === 'from' ? 'To' : 'From'} ${actorName(index, other)}`}</span>}
            <span className="group-stance">{stance.label}</span>
          </>
        );
        return (
          <li key={relation.id} className="group">
            <h4 className="group-heading">
              {perspective === 'pair' ? (
                <span className="group-label">{label}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => selectRelation(relation.from, relation.to)}>
                  {label}
                </button>
              )}
              <span className="count">{plural(statements.length, 'statement')}</span>
            </h4>
            {statements.map((statement) => (
              <StatementCard
                key={statement.id}
                index={index}
                statement={statement}
                about={perspective === 'from' ? relation.to : undefined}
                selected={statement.id === selectedStatement}
              />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
