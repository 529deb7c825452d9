// The source is the canvas for quotes: its archived text, with the quotes the map already takes
// from it marked; the author selects a passage and makes a statement of it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../model/problems';
import type { Dataset, Statement } from '../model/schema';
import { markSource } from '../model/sourceMarks';
import { validateDataset } from '../model/validate';
import { useStore } from '../store/useStore';
import { useEditor, type Snapshot } from './editorStore';
import { pickQuote } from './fromSelection';
import { fieldErrors, fieldId } from './fields';
import { addItem, deriveId, idsOf, updateItem } from './operations';
import { selectedRange, touches } from './selectionRange';
import { StatementForm } from './StatementForm';
import { NewSource } from './NewSource';

function newStatement(dataset: Dataset, source: string, picked: { quote: string; occurrence?: number; mode: Statement['mode'] }): Statement {
  const words = picked.quote.split(/\s+/).slice(0, 5).join(' ');
  return { id: deriveId(words, idsOf(dataset, 'statements')), actor: '', targets: [], stance: '', quote: picked.quote, mode: picked.mode, source, ...(picked.occurrence ? { occurrence: picked.occurrence } : {}) };
}

function Pending({ snapshot, statement, onChange, onDone }: { snapshot: Snapshot; statement: Statement; onChange: (s: Statement) => void; onDone: () => void }) {
  const { dataset, archives } = snapshot;
  // The new statement is checked as part of the dataset, with the validator every dataset meets.
  const withIt = useMemo(() => addItem(dataset, 'statements', statement), [dataset, statement]);
  const problems: Problem[] = useMemo(() => validateDataset(withIt, archives, { missingArchive: 'warning' }).problems, [withIt, archives]);
  const errors = fieldErrors(problems, 'statements', dataset.statements.length);
  // Blank choices are not shown as faults until the author tries to add the statement.
  const [tried, setTried] = useState(false);
  const box = useRef<HTMLElement>(null);
  // On a phone the author is deep in the text when the form appears above it: bring it into view.
  // Braces: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const add = () => {
    if (errors.size) {
      setTried(true);
      return document.getElementById(fieldId('statements', [...errors.keys()][0]))?.focus();
    }
    useEditor.getState().edit(withIt);
    useStore.getState().selectStatement(statement.id);
    onDone();
  };
  return (
    <section className="edit-pending" aria-labelledby="pending-title" ref={box}>
      <h3 id="pending-title">New statement</h3>
      <StatementForm dataset={dataset} statement={statement} errors={tried ? errors : new Map()} taken={idsOf(dataset, 'statements')} onChange={(patch) => onChange({ ...statement, ...patch })} />
      <p className="edit-actions">
        <button type="button" className="primary-button" onClick={add}>Add to the map</button>{' '}
        <button type="button" className="small-button" onClick={onDone}>Cancel</button>
        {errors.size > 0 && <span className="edit-hint"> Choose who said it, about whom, and the stance.</span>}
      </p>
    </section>
  );
}

type PaneProps = {
  snapshot: Snapshot;
  /** A statement whose quote the selection is to replace, instead of making a new one. */
  requoting: Statement | null;
  onRequoted: () => void;
};

export function SourcePane({ snapshot, requoting, onRequoted }: PaneProps) {
  const { dataset, archives } = snapshot;
  const archived = dataset.sources.filter((s) => s.archive && archives.has(s.archive));
  const [sourceId, setSourceId] = useState(requoting?.source ?? archived[0]?.id ?? '');
  const source = archived.find((s) => s.id === sourceId) ?? archived[0];
  const text = source ? archives.get(source.archive!)! : '';
  const shownId = source?.id;
  // Not memoised: one article's marks take about a millisecond, and the text changes with every edit.
  const marked = source ? markSource(text, dataset.statements.filter((s) => s.source === shownId)) : null;
  const root = useRef<HTMLDivElement>(null);
  // A selection belongs to the text it was made in: another source shown means no selection.
  const [picked, setPicked] = useState<{ source: string; start: number; end: number } | null>(null);
  const range = picked && picked.source === shownId ? picked : null;
  const [pending, setPending] = useState<Statement | null>(null);
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    const onChange = () => {
      const element = root.current;
      const selection = document.getSelection();
      // A selection elsewhere (a form field, the button itself) keeps the last one made in the text.
      if (!element || !touches(element, selection)) return;
      const at = selectedRange(element, selection);
      setPicked(at && { source: element.dataset.source ?? '', ...at });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const create = () => {
    if (!source || !range) return;
    const picked = pickQuote(text, range);
    if ('error' in picked) return setMessage(picked.error);
    setMessage('');
    if (!requoting) return setPending(newStatement(dataset, source.id, picked));
    // Only the quote, its occurrence and its source change: who said it, about whom, stays.
    const index = dataset.statements.indexOf(requoting);
    useEditor.getState().edit(updateItem(dataset, 'statements', index, { quote: picked.quote, occurrence: picked.occurrence, source: source.id }));
    onRequoted();
  };
  const selectedText = range ? text.slice(range.start, range.end) : '';

  return (
    <div className="edit-source">
      <div className="edit-source-side">
        <div className="edit-source-head">
          {archived.length > 0 && (
            <label>
              Source{' '}
              <select value={source?.id} onChange={(event) => setSourceId(event.target.value)}>
                {archived.map((s) => <option key={s.id} value={s.id}>{s.publisher}{s.title ? `: ${s.title}` : ''}, {s.published}</option>)}
              </select>
            </label>
          )}
          <button type="button" className="small-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>New source from text…</button>
        </div>
        {adding && <NewSource snapshot={snapshot} onAdded={(id) => (setAdding(false), setSourceId(id))} />}
        {pending ? (
          <Pending snapshot={snapshot} statement={pending} onChange={setPending} onDone={() => setPending(null)} />
        ) : (
          <div className="edit-selection-bar" aria-live="polite">
            <button type="button" className="primary-button" disabled={!range} onClick={create}>{requoting ? 'Use as the new quote' : 'New statement from selection'}</button>
          {requoting && <button type="button" className="small-button" onClick={onRequoted}>Cancel</button>}
            <span className="edit-hint">{message || (range ? `“${selectedText.length > 80 ? `${selectedText.slice(0, 80)}…` : selectedText}”` : requoting ? 'Select the words that are to replace the quote.' : 'Select words in the text to quote them.')}</span>
          </div>
        )}
      </div>
      {!source && <p className="empty">No source of this map has its archived text here. Add one with “New source from text”: quotes are then taken from it, word for word.</p>}
      {marked && (
        <div className="edit-source-text" ref={root} data-source={source!.id} aria-label={`Archived text of ${source!.publisher}`}>
          {marked.paragraphs.map((p) => (
            <p key={p.start}>
              {p.segments.map((seg) =>
                seg.quotes.length ? <mark key={seg.start} data-at={seg.start} title="Already quoted in the map">{seg.text}</mark> : <span key={seg.start} data-at={seg.start}>{seg.text}</span>,
              )}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
