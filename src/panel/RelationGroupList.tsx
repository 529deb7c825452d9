import type { Index, RelationGroup } from '../model/relations';
import { countRemarks, groupRemarks, splitRemarks } from '../model/provenance';
import type { Statement } from '../model/schema';
import { useStore } from '../store/useStore';
import { StatementCard } from './StatementCard';
import { ToneSwatch } from './ToneSwatch';
import { actorName, plural, remarksText } from '../model/format';
import { groupsWithin } from './useCardBudget';

type Props = {
  index: Index;
  groups: RelationGroup[];
  /** Which end the reader looks from: the heading names the other end, or only the stance for a pair. */
  perspective: 'from' | 'to' | 'pair';
  selectedStatement?: string;
  /** Cards to draw now (useCardBudget.ts): whole groups, in order, while some is left. */
  budget?: number;
};

/**
 * "2 remarks", "1 remark, 2 wordings" or "1 remark, 1 more inferred": a remark in several wordings
 * counts once, and one that only infers the target is counted apart.
 */
export function remarkCount(statements: readonly Statement[], target: string): string {
  const remarks = countRemarks(statements);
  const text = remarksText(splitRemarks(statements, target));
  return remarks === statements.length ? text : `${text}, ${plural(statements.length, 'wording')}`;
}

/** Statements grouped by relation (target + stance), and within it by remark; a heading opens that pair of actors. */
export function RelationGroupList({ index, groups, perspective, selectedStatement, budget = Infinity }: Props) {
  const selectRelation = useStore((s) => s.selectRelation);
  return (
    <ul className="groups">
      {groupsWithin(groups, budget).map(({ relation, statements }) => {
        const stance = index.stances.get(relation.stance)!;
        const other = perspective === 'to' ? relation.from : relation.to;
        const label = (
          <>
            <ToneSwatch tone={stance.tone} color={stance.color} />
            {perspective !== 'pair' && <span className="group-target">{`${perspective === 'from' ? 'To' : 'From'} ${actorName(index, other)}`}</span>}
            <span className="group-stance">{stance.label}</span>
          </>
        );
        const card = (statement: Statement) => (
          <StatementCard
            key={statement.id}
            index={index}
            statement={statement}
            about={perspective === 'from' ? relation.to : undefined}
            selected={statement.id === selectedStatement}
          />
        );
        return (
          <li key={relation.id} className="group" data-relation={relation.id}>
            <h4 className="group-heading">
              {perspective === 'pair' ? (
                <span className="group-label">{label}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => selectRelation(relation.from, relation.to)}>
                  {label}
                </button>
              )}
              <span className="count">{remarkCount(statements, relation.to)}</span>
            </h4>
            {relation.inferred && (
              <p className="inferred-arrow">
                <span className="inferred-tag"><span aria-hidden="true">◌ </span>Inferred arrow:</span> the source does not name {actorName(index, relation.to)} as the target; the editors read it in (reasons below).
              </p>
            )}
            {groupRemarks(statements).map((wordings) =>
              wordings.length === 1 ? card(wordings[0]) : (
                // A group, not a section: several remarks on one page must not be landmarks of one name.
                <div key={wordings[0].id} role="group" className="remark" aria-label={`One remark in ${wordings.length} wordings`}>
                  <p className="remark-head">One remark, {plural(wordings.length, 'wording')}: counted once</p>
                  {wordings.map(card)}
                </div>
              ),
            )}
          </li>
        );
      })}
    </ul>
  );
}
