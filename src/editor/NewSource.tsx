// A new source from its text, pasted or dropped: the text becomes the source's archive, which every
// quote taken from it is then checked against. Nothing about the source is guessed: the author
// gives the publisher, link and day, and a headline only if they have it.
import { useState } from 'react';
import type { Source } from '../model/schema';
import { decodeText } from '../model/decode';
import { validateDataset } from '../model/validate';
import { useEditor, type Snapshot } from './editorStore';
import { fieldErrors, fieldId } from './fields';
import { TextInput } from './inputs';
import { addItem, deriveId, idsOf } from './operations';

export function NewSource({ snapshot, onAdded }: { snapshot: Snapshot; onAdded: (id: string) => void }) {
  const { dataset, archives } = snapshot;
  const [fields, setFields] = useState({ publisher: '', url: '', published: '', title: '' });
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const id = deriveId(`${fields.publisher} ${fields.published}`, idsOf(dataset, 'sources'));
  const archive = `sources/${id}.txt`;
  const source: Source = { id, ...fields, archive };
  // Checked with the dataset, as it would be once added (a keystroke's worth of work for one article).
  const next = { dataset: addItem(dataset, 'sources', source), archives: new Map(archives).set(archive, text) };
  const errors = fieldErrors(validateDataset(next.dataset, next.archives).problems, 'sources', dataset.sources.length);
  const textError = /\S/.test(text) ? undefined : 'Paste the text of the article or document, or drop its .txt file here';
  const set = (key: keyof typeof fields) => (value: string) => setFields({ ...fields, [key]: value });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const decoded = decodeText(await file.arrayBuffer());
    setText(decoded.text);
    setNote(decoded.valid ? `Read ${file.name}.` : `${file.name} is not valid UTF-8: check the text for garbled characters before quoting it.`);
  };
  return (
    <section className="edit-new-source" aria-labelledby="new-source-title">
      <h3 id="new-source-title">New source from text</h3>
      <TextInput id={fieldId('sources', 'publisher')} label="Publisher" value={fields.publisher} error={fields.publisher ? errors.get('publisher') : undefined} onChange={set('publisher')} />
      <TextInput id={fieldId('sources', 'url')} label="Link" type="url" value={fields.url} error={fields.url ? errors.get('url') : undefined} onChange={set('url')} />
      <TextInput id={fieldId('sources', 'published')} label="Published" type="date" value={fields.published} error={fields.published ? errors.get('published') : undefined} onChange={set('published')} />
      <TextInput id={fieldId('sources', 'title')} label="Headline (optional, exactly as published)" value={fields.title} onChange={set('title')} />
      <div
        className="edit-field"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation(); // not the page's own drop, which opens a whole dataset
          void readFile(event.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="edit-new-source-text">Text of the source</label>
        <textarea id="edit-new-source-text" rows={8} value={text} onChange={(event) => setText(event.target.value)} aria-describedby="edit-new-source-note" />
        <p className="edit-hint" id="edit-new-source-note">
          {note || textError} <label className="small-button file-button">Choose a .txt file<input type="file" accept=".txt,text/plain" className="sr-only" onChange={(event) => void readFile(event.target.files?.[0])} /></label>
        </p>
      </div>
      <p className="edit-actions">
        <button
          type="button"
          className="primary-button"
          disabled={errors.size > 0 || !!textError}
          onClick={() => {
            useEditor.getState().change(next);
            onAdded(id);
          }}
        >
          Add source
        </button>
        <span className="edit-hint"> Saved as {archive}, beside the dataset.</span>
      </p>
    </section>
  );
}
