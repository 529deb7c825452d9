// The editor (its own chunk, never in embeds): the source text to quote from, a form per list, the
// validator's findings linked to their fields, and the map and panel above following every change.
import { useEffect, useMemo, useState } from 'react';
import type { Loaded } from '../load/load';
import type { Archives } from '../model/archives';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import { plural } from '../model/format';
import { useStore } from '../store/useStore';
import { EditorBar } from './EditorBar';
import { useEditor } from './editorStore';
import { fieldId, LIST_NAMES } from './fields';
import { ListTab } from './ListTab';
import { MetaForm } from './MetaForm';
import { LISTS, type List } from './operations';
import { ProblemList, type Focus } from './ProblemList';
import { SourcePane } from './SourcePane';
import { useSession } from './useSession';
import './editor.css';

type Tab = 'source' | List | 'meta';
type Props = {
  /** The dataset as it was loaded: the session and its draft belong to it. */
  base: Loaded;
  /** The map shows each valid version as the author edits. */
  onEdited: (dataset: Dataset, archives: Archives) => void;
};

export default function Editor({ base, onEdited }: Props) {
  const { offer, decide, ready } = useSession(base);
  const session = useEditor((s) => s.session);
  const present = ready ? session!.history.present : null;
  const report = useMemo(() => present && validateDataset(present.dataset, present.archives, { missingArchive: 'warning' }), [present]);
  const [tab, setTab] = useState<Tab>('source');
  const [selected, setSelected] = useState<Record<string, number>>({});
  const [fresh, setFresh] = useState<{ list: List; index: number } | null>(null);
  // The statement whose quote the next selection replaces, if the author asked for that.
  const [requoting, setRequoting] = useState<number | null>(null);

  useEffect(() => {
    if (!present || !report?.dataset) return;
    useEditor.getState().markValid(present.dataset);
    onEdited(present.dataset, present.archives);
  }, [present, report, onEdited]);

  if (offer) {
    return (
      <section className="editor" aria-label="Editor">
        <div className="edit-offer" role="alertdialog" aria-labelledby="offer-title">
          <h2 id="offer-title">Restore your draft?</h2>
          <p>
            This browser keeps unsaved edits to this map from {new Date(offer.savedAt).toLocaleString()}.
          </p>
          <button type="button" className="primary-button" onClick={() => decide(true)}>Restore the draft</button>{' '}
          <button type="button" className="small-button" onClick={() => decide(false)}>Discard it and start again</button>
        </div>
      </section>
    );
  }
  if (!present || !report) return <section className="editor" aria-label="Editor"><p className="empty" role="status">Opening the editor…</p></section>;

  const { dataset } = present;
  const go = (target: Focus) => {
    setTab(target.list);
    if (target.list !== 'meta') setSelected({ ...selected, [target.list]: target.index });
    // The field's form renders with this event's updates; it is there by the next frame.
    requestAnimationFrame(() => document.getElementById(fieldId(target.list, target.key))?.focus());
  };
  const tabs: [Tab, string][] = [['source', 'Source text'], ...LISTS.map((list): [Tab, string] => [list, `${LIST_NAMES[list].plural} (${dataset[list].length})`]), ['meta', 'About the map']];
  return (
    <section className="editor" aria-label="Editor">
      <EditorBar onClose={() => useStore.getState().setEditing(false)} />
      <ProblemList problems={report.problems} onGo={go} />
      <div className="edit-tabs" role="tablist" aria-label="What to edit">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`edit-tab-${id}`} aria-selected={tab === id} aria-controls="edit-tabpanel" onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div className="edit-tabpanel" id="edit-tabpanel" role="tabpanel" aria-labelledby={`edit-tab-${tab}`}>
        {tab === 'source' && (
          <SourcePane
            snapshot={present}
            requoting={requoting === null ? null : present.dataset.statements[requoting] ?? null}
            onRequoted={() => {
              setRequoting(null);
              setTab('statements');
            }}
          />
        )}
        {tab === 'meta' && <MetaForm dataset={dataset} problems={report.problems} />}
        {tab !== 'source' && tab !== 'meta' && (
          <ListTab
            dataset={dataset}
            list={tab}
            problems={report.problems}
            selected={selected[tab] ?? 0}
            onSelect={(index) => setSelected({ ...selected, [tab]: index })}
            fresh={fresh?.list === tab ? fresh.index : null}
            onAdded={(index) => {
              setFresh({ list: tab, index });
              setSelected({ ...selected, [tab]: index });
            }}
            onQuote={(statement) => {
              setRequoting(statement ?? null);
              setTab('source');
            }}
          />
        )}
      </div>
      <p className="edit-count">{plural(dataset.statements.length, 'statement')} from {plural(dataset.sources.length, 'source')}</p>
    </section>
  );
}
