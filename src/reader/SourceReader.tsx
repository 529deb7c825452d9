import { useEffect, useMemo, useRef, useState } from 'react';
import { archiveText, type Loaded } from '../load/load';
import type { Index } from '../model/relations';
import { formatDay, speakerOf } from '../model/format';
import { markSource, paragraphOf, type Segment } from '../model/sourceMarks';
import { originalAt, passageId } from '../model/sourceLinks';
import { useStore } from '../store/useStore';
import { Modal } from '../ui/Modal';

type Props = { index: Index; loaded: Loaded; statementId: string };

/**
 * The archived text of a statement's source, scrolled to the quote and highlighted with its
 * paragraph around it; the dataset's other quotes from that source are marked and open in turn.
 */
export default function SourceReader({ index, loaded, statementId }: Props) {
  const textBox = useRef<HTMLDivElement>(null);
  const statement = index.statements.get(statementId)!;
  const source = index.sources.get(statement.source)!;
  const [text, setText] = useState<{ path: string; body: string | null } | null>(null);
  const body = text && text.path === source.archive ? text.body : undefined;
  const { showInSource, selectStatement, closeSource } = useStore.getState();

  useEffect(() => {
    let live = true;
    const path = source.archive!;
    void archiveText(loaded, path)
      .catch(() => undefined)
      .then((found) => live && setText({ path, body: found ?? null }));
    return () => {
      live = false;
    };
  }, [loaded, source]);

  const sourceId = source.id;
  const marked = useMemo(
    () => (body ? markSource(body, index.dataset.statements.filter((s) => s.source === sourceId)) : null),
    [body, index, sourceId],
  );
  const anchor = marked?.anchors.get(statementId);
  const paragraph = marked && paragraphOf(marked, statementId);

  useEffect(() => {
    textBox.current?.querySelector('.quote-current')?.scrollIntoView({ block: 'center' });
  }, [marked, statementId]);

  const open = (id: string) => {
    showInSource(id);
    selectStatement(id);
  };
  const segment = (seg: Segment) => {
    if (seg.quotes.includes(statementId)) return <mark key={seg.start} className="quote-current">{seg.text}</mark>;
    if (!seg.quotes.length) return seg.text;
    const other = index.statements.get(seg.quotes[0])!;
    return (
      // A link, not a button: a button cannot wrap across lines inside running text.
      <a
        key={seg.start}
        href={`#${passageId(other.id)}`}
        className="quote-other"
        onClick={(event) => {
          event.preventDefault();
          open(other.id);
        }}
        title={`Quoted in the map: ${speakerOf(index, other).name}. Show this quote`}
      >
        {seg.text}
      </a>
    );
  };

  const head = (
    <>
      <p className="eyebrow">In the archived source</p>
      <h2 id="reader-title">{source.publisher}{source.title ? `: ${source.title}` : ''}, {formatDay(source.published)}</h2>
    </>
  );
  return (
    <Modal className="reader-dialog" labelledBy="reader-title" head={head} closeLabel="Close the source" onClose={closeSource}>
      <p className="reader-note">
        {speakerOf(index, statement).name}’s quote is highlighted; other passages the map quotes are underlined, and open in turn.{' '}
        <a href={originalAt(source, statement, anchor && statement.occurrence && statement.occurrence > 1 ? anchor.selector.prefix : undefined)} target="_blank" rel="noopener noreferrer">
          Open the original at this quote
        </a>
      </p>
      <div className="reader-text" aria-live="polite" ref={textBox}>
        {body === undefined && <p className="empty">Loading the archived text…</p>}
        {body === null && <p className="empty">The archived text of this source was not provided, so the quote cannot be shown in it.</p>}
        {marked && !anchor && <p className="empty">This quote was not found in the archived text.</p>}
        {marked?.paragraphs.map((p) => (
          <p key={p.start} className={p === paragraph ? 'para-current' : undefined}>{p.segments.map(segment)}</p>
        ))}
      </div>
    </Modal>
  );
}
