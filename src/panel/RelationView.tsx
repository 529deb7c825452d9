import { narrow } from '../model/filter';
import { pairGroups, type Index } from '../model/relations';
import type { Statement } from '../model/schema';
import { useStore } from '../store/useStore';
import { HiddenNote } from './HiddenNote';
import { RelationGroupList, type Fold } from './RelationGroupList';
import { actorName } from '../model/format';
import { cardsIn, useCardBudget } from './useCardBudget';

type Props = { index: Index; from: string; to: string; visible: (s: Statement) => boolean; selectedStatement?: string; fold?: Fold };

/** What A said about B beside what B said about A, so a one-way relation shows as one. */
export function RelationView({ index, from, to, visible, selectedStatement, fold }: Props) {
  const selectActor = useStore((s) => s.selectActor);
  const budget = useCardBudget();
  const all = pairGroups(index, from, to);
  const forward = narrow(all.forward, visible);
  const reverse = narrow(all.reverse, visible);
  // A chosen statement is drawn at once, wherever it is, to be scrolled to.
  const budgets = selectedStatement ? [Infinity, Infinity] : [budget, budget - cardsIn(forward.groups)];
  const [a, b] = [actorName(index, from), actorName(index, to)];
  const actorButton = (id: string, name: string) => (
    <button type="button" className="link-button" onClick={() => selectActor(id)}>{name}</button>
  );
  const column = (id: string, title: string, groups: typeof forward.groups, speaker: string, subject: string, budget: number) => (
    <section aria-labelledby={id}>
      <h3 id={id} className="section-heading">{title}</h3>
      {groups.length ? (
        <RelationGroupList index={index} groups={groups} perspective="pair" selectedStatement={selectedStatement} budget={budget} fold={fold} />
      ) : (
        <p className="empty one-way">
          <span className="one-way-mark">One-way.</span> No statement by {speaker} about {subject} {forward.hidden + reverse.hidden ? 'shown' : 'in this dataset'}.
        </p>
      )}
    </section>
  );

  return (
    <div className="view">
      <header className="view-header">
        <p className="eyebrow">Relation</p>
        <h2 tabIndex={-1}>
          {actorButton(from, a)}{' '}
          {reverse.groups.length ? <span aria-label="and">⇄</span> : <span aria-label="to">→</span>} {actorButton(to, b)}
        </h2>
      </header>
      <HiddenNote count={forward.hidden + reverse.hidden} />
      <div className="directions">
        {column('forward-heading', `${a} on ${b}`, forward.groups, a, b, budgets[0])}
        {column('reverse-heading', `${b} on ${a}`, reverse.groups, b, a, budgets[1])}
      </div>
    </div>
  );
}
