import { actorGroups, type Index } from '../model/relations';
import { RelationGroupList } from './RelationGroupList';
import { KIND_LABEL, plural } from './format';

export function ActorView({ index, actorId }: { index: Index; actorId: string }) {
  const actor = index.actors.get(actorId);
  if (!actor) return null;
  const { by, about } = actorGroups(index, actorId);
  // A statement with several targets appears in several groups but counts once.
  const count = (groups: typeof by) => new Set(groups.flatMap((g) => g.statements.map((s) => s.id))).size;

  return (
    <div className="view">
      <header className="view-header">
        <p className="eyebrow">{KIND_LABEL[actor.kind]}</p>
        <h2 tabIndex={-1} data-autofocus>{actor.name}</h2>
        {actor.description && <p className="lede">{actor.description}</p>}
      </header>
      <section aria-labelledby="by-heading">
        <h3 id="by-heading" className="section-heading">
          What {actor.short ?? actor.name} said <span className="count">{plural(count(by), 'statement')}</span>
        </h3>
        {by.length ? <RelationGroupList index={index} groups={by} perspective="from" /> : <p className="empty">No statements by {actor.name} in this dataset.</p>}
      </section>
      <section aria-labelledby="about-heading">
        <h3 id="about-heading" className="section-heading">
          Said about {actor.short ?? actor.name} <span className="count">{plural(count(about), 'statement')}</span>
        </h3>
        {about.length ? <RelationGroupList index={index} groups={about} perspective="to" /> : <p className="empty">No statements about {actor.name} in this dataset.</p>}
      </section>
    </div>
  );
}
