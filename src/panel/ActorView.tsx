import { narrow } from '../model/filter';
import { actorGroups, type Index, type RelationGroup } from '../model/relations';
import type { Statement } from '../model/schema';
import { HiddenNote } from './HiddenNote';
import { RelationGroupList, type Fold } from './RelationGroupList';
import { inferredApart, KIND_LABEL } from '../model/format';
import { countRemarks, splitRemarks } from '../model/provenance';
import { shownOf } from '../model/counts';
import { cardsIn, useCardBudget } from './useCardBudget';

// A statement with several targets appears in several groups but counts once, and so does a remark in several wordings.
const unique = (groups: RelationGroup[]) => new Map(groups.flatMap((g) => g.statements.map((s) => [s.id, s]))).values();
const count = (groups: RelationGroup[]) => countRemarks(unique(groups));

/** "3 remarks, 2 more inferred": what is said about an actor, the remarks that only infer it counted apart. */
function aboutCount(shown: RelationGroup[], all: RelationGroup[], actorId: string): string {
  const now = splitRemarks(unique(shown), actorId);
  const whole = splitRemarks(unique(all), actorId);
  return inferredApart(shownOf(now.named, whole.named, 'remark'), now.inferred);
}

export function ActorView({ index, actorId, visible, fold }: { index: Index; actorId: string; visible: (s: Statement) => boolean; fold?: Fold }) {
  const budget = useCardBudget();
  const actor = index.actors.get(actorId);
  if (!actor) return null;
  const all = actorGroups(index, actorId);
  const by = narrow(all.by, visible);
  const about = narrow(all.about, visible);
  const name = actor.short ?? actor.name;

  return (
    <div className="view">
      <header className="view-header">
        <p className="eyebrow">{KIND_LABEL[actor.kind]}</p>
        <h2 tabIndex={-1}>{actor.name}</h2>
        {actor.description && <p className="lede">{actor.description}</p>}
      </header>
      <HiddenNote count={count(all.by.concat(all.about)) - count(by.groups.concat(about.groups))} />
      {/* An actor that said nothing here starts with what was said about it: a quote comes first either way. */}
      <div className={by.groups.length ? 'actor-sections' : 'actor-sections about-first'}>
        <section aria-labelledby="by-heading">
          <h3 id="by-heading" className="section-heading">
            What {name} said <span className="count">{shownOf(count(by.groups), count(all.by), 'remark')}</span>
          </h3>
          {by.groups.length ? <RelationGroupList index={index} groups={by.groups} perspective="from" budget={budget} fold={fold} /> : <p className="empty">No statements by {actor.name} shown.</p>}
        </section>
        <section aria-labelledby="about-heading">
          <h3 id="about-heading" className="section-heading">
            Said about {name} <span className="count">{aboutCount(about.groups, all.about, actorId)}</span>
          </h3>
          {about.groups.length ? <RelationGroupList index={index} groups={about.groups} perspective="to" budget={budget - cardsIn(by.groups)} fold={fold} /> : <p className="empty">No statements about {actor.name} shown.</p>}
        </section>
      </div>
    </div>
  );
}
