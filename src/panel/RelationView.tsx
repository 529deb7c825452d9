import { relationView, type Index } from '../model/relations';
import { useStore } from '../store/useStore';
import { RelationGroupList } from './RelationGroupList';
import { ToneSwatch } from './ToneSwatch';
import { actorName } from './format';

/** The selected relation beside whatever the other side said back, so a one-way relation shows as one. */
export function RelationView({ index, relationKey }: { index: Index; relationKey: string }) {
  const selectActor = useStore((s) => s.selectActor);
  const view = relationView(index, relationKey);
  if (!view) return null;
  const { relation } = view.forward;
  const stance = index.stances.get(relation.stance)!;
  const from = actorName(index, relation.from);
  const to = actorName(index, relation.to);
  const actorButton = (id: string, name: string) => (
    <button type="button" className="link-button" onClick={() => selectActor(id)}>{name}</button>
  );

  return (
    <div className="view">
      <header className="view-header">
        <p className="eyebrow">Relation</p>
        <h2 tabIndex={-1} data-autofocus>
          {actorButton(relation.from, from)} <span aria-label="to">→</span> {actorButton(relation.to, to)}
        </h2>
        <p className="lede stance-line">
          <ToneSwatch tone={stance.tone} color={stance.color} /> {stance.label}
        </p>
        {stance.description && <p className="stance-description">{stance.description}</p>}
      </header>
      <div className="directions">
        <section aria-labelledby="forward-heading">
          <h3 id="forward-heading" className="section-heading">{from} on {to}</h3>
          <RelationGroupList index={index} groups={[view.forward]} perspective="pair" />
        </section>
        <section aria-labelledby="reverse-heading">
          <h3 id="reverse-heading" className="section-heading">{to} on {from}</h3>
          {view.reverse.length ? (
            <RelationGroupList index={index} groups={view.reverse} perspective="pair" />
          ) : (
            <p className="empty one-way">
              One-way: no statement by {to} about {from} in this dataset.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
