import type { Index } from '../model/relations';
import type { Statement } from '../model/schema';
import { permalink } from '../url/useUrlSync';
import { CopyActions } from './CopyActions';
import { actorName, citation, formatDay, speakerOf } from '../model/format';

type Props = { index: Index; statement: Statement; about?: string; selected?: boolean };

/** One quote with its full provenance: who, when, through which channel, reported by whom. */
export function StatementCard({ index, statement, about, selected }: Props) {
  const speaker = speakerOf(index, statement);
  const source = index.sources.get(statement.source)!;
  const direct = statement.mode === 'direct';
  const others = statement.targets.filter((id) => id !== about);

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
        {statement.date ? (
          <time dateTime={statement.date}>{formatDay(statement.date)}</time>
        ) : (
          <span className="undated">day not given in the source</span>
        )}
      </p>
      {statement.via && <p className="meta">Via: {statement.via}</p>}
      {about && others.length > 0 && <p className="meta">Also about {others.map((id) => actorName(index, id)).join(', ')}</p>}
      {statement.context && <p className="meta context">{statement.context}</p>}
      <p className="source">
        Reported by{' '}
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.publisher}
          {source.title ? `: ${source.title}` : ''}
        </a>
        , <time dateTime={source.published}>{formatDay(source.published)}</time>
      </p>
      <CopyActions
        items={[
          { label: 'Copy link', done: 'Link copied', text: () => permalink(index, { kind: 'statement', id: statement.id }) },
          { label: 'Copy citation', done: 'Citation copied', text: () => citation(index, statement) },
        ]}
      />
    </article>
  );
}
