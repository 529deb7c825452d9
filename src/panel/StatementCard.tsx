import type { Index } from '../model/relations';
import type { Statement } from '../model/schema';
import { permalink } from '../url/useUrlSync';
import { useStore } from '../store/useStore';
import { CopyActions } from './CopyActions';
import { actorName, citation, formatDay, speakerOf } from '../model/format';
import { dateInference, dayOf, targetIds, targetInference } from '../model/provenance';
import { originalAt } from '../model/sourceLinks';
import { archiveForCitation, sourcePageHref } from './sourceHref';
import { InferredNote } from './InferredNote';

type Props = { index: Index; statement: Statement; about?: string; selected?: boolean };

/** One quote with its full provenance: who, when, through which channel, reported by whom, and what the editors inferred. */
export function StatementCard({ index, statement, about, selected }: Props) {
  const showInSource = useStore((s) => s.showInSource);
  const speaker = speakerOf(index, statement);
  const source = index.sources.get(statement.source)!;
  const direct = statement.mode === 'direct';
  const others = targetIds(statement).filter((id) => id !== about);
  const day = dayOf(statement);
  const dayInferred = dateInference(statement);
  const inferredTargets = targetIds(statement).flatMap((id) => {
    const why = targetInference(statement, id);
    return why ? [{ id, why }] : [];
  });
  const page = sourcePageHref(index, statement);
  const open = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    showInSource(statement.id);
  };

  return (
    <article className={selected ? 'statement is-selected' : 'statement'} data-statement={statement.id} aria-current={selected || undefined}>
      <blockquote className={direct ? 'quote quote-direct' : 'quote quote-reported'} cite={source.url}>
        {direct ? <p>“{statement.quote}”</p> : <p>{statement.quote}</p>}
      </blockquote>
      {!direct && <p className="mode-note">The report’s paraphrase, not a direct quote</p>}
      <p className="attribution">
        <span className="speaker">{speaker.name}</span>
        <span className="role">, {speaker.role ?? 'institutional statement'}</span>
        {' · '}
        {day ? <time dateTime={day}>{formatDay(day)}</time> : <span className="undated">day not given in the source</span>}
      </p>
      {dayInferred && <InferredNote label="Date inferred">{dayInferred}</InferredNote>}
      {inferredTargets.map(({ id, why }) => (
        <InferredNote key={id} label={`Target inferred: ${actorName(index, id)}`}>{why}</InferredNote>
      ))}
      {statement.via && <p className="meta">Via: {statement.via}</p>}
      {statement.translation && <p className="meta">Translation: {statement.translation}</p>}
      {about && others.length > 0 && <p className="meta">Also about {others.map((id) => actorName(index, id)).join(', ')}</p>}
      {statement.context && <p className="meta context">{statement.context}</p>}
      <p className="source">
        Reported by{' '}
        <a href={originalAt(source, statement)} target="_blank" rel="noopener noreferrer" title="Opens the original at this quote, where the browser supports it">
          {source.publisher}
          {source.title ? `: ${source.title}` : ''}
        </a>
        , <time dateTime={source.published}>{formatDay(source.published)}</time>
      </p>
      <div className="card-actions">
        {source.archive && (page ? (
          <a className="small-button show-in-source" href={page} onClick={open}>Show in source</a>
        ) : (
          <button type="button" className="small-button show-in-source" onClick={open}>Show in source</button>
        ))}
        <CopyActions
          items={[
            { label: 'Copy link', done: 'Link copied', text: () => permalink(index, { kind: 'statement', id: statement.id }) },
            { label: 'Copy citation', done: 'Citation copied', text: () => citation(index, statement, archiveForCitation(index, statement)) },
          ]}
        />
      </div>
    </article>
  );
}
