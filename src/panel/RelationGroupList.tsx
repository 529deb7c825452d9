import { useState } from 'react';
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
  /** Embeds, whose frame must stay short: the relations and the remarks of each shown before a "Show all" button. */
  fold?: Fold;
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
export type Fold = { relations: number; remarks: number };
const NO_FOLD: Fold = { relations: Infinity, remarks: Infinity };
// The key the whole list's fold is kept under, beside each relation's (relation ids are never empty).
const WHOLE_LIST = '';

export function RelationGroupList({ index, groups, perspective, selectedStatement, budget = Infinity, fold = NO_FOLD }: Props) {
  const selectRelation = useStore((s) => s.selectRelation);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setUnfolded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // A chosen statement is never folded away: its relation shows, and shows in full.
  const holdsSelected = (group: RelationGroup) => group.statements.some((s) => s.id === selectedStatement);
  const listFoldable = groups.length > fold.relations && !groups.slice(fold.relations).some(holdsSelected);
  const listFolded = listFoldable && !unfolded.has(WHOLE_LIST);
  return (
    <>
    <ul className="groups">
      {groupsWithin(listFolded ? groups.slice(0, fold.relations) : groups, budget).map((group) => {
        const { relation, statements } = group;
        const stance = index.stances.get(relation.stance)!;
        const remarks = groupRemarks(statements);
        const foldable = remarks.length > fold.remarks && !holdsSelected(group);
        const folded = foldable && !unfolded.has(relation.id);
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
            {remarks.slice(0, folded ? fold.remarks : undefined).map((wordings) =>
              wordings.length === 1 ? card(wordings[0]) : (
                // A group, not a section: several remarks on one page must not be landmarks of one name.
                <div key={wordings[0].id} role="group" className="remark" aria-label={`One remark in ${wordings.length} wordings`}>
                  <p className="remark-head">One remark, {plural(wordings.length, 'wording')}: counted once</p>
                  {wordings.map(card)}
                </div>
              ),
            )}
            {foldable && (
              <button type="button" className="small-button show-all" aria-expanded={!folded} onClick={() => toggle(relation.id)}>
                {folded ? `Show all ${plural(statements.length, 'statement')}` : 'Show fewer'}
              </button>
            )}
          </li>
        );
      })}
    </ul>
    {listFoldable && (
      <button type="button" className="small-button show-all" aria-expanded={!listFolded} onClick={() => toggle(WHOLE_LIST)}>
        {listFolded ? `Show all ${plural(groups.length, 'relation')}` : 'Show fewer relations'}
      </button>
    )}
    </>
  );
}
