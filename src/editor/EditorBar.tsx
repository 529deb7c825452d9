// Undo, redo, and getting the work out: a zip of the dataset with its schema and archived texts,
// or, where the browser can write to a folder (the File System Access API), the same files saved
// into a folder the author picks, and saved again there with one click.
import { useState } from 'react';
import { downloadBlob, fileSlug } from '../authoring/download';
import { currentPositions } from '../graph/live/instance';
import { isDirty, useEditor } from './editorStore';
import { forSaving, savedFiles, zipFiles } from './save';

type Folder = { getFileHandle: (name: string, o: { create: boolean }) => Promise<{ createWritable: () => Promise<{ write: (t: string) => Promise<void>; close: () => Promise<void> }> }>; getDirectoryHandle: (name: string, o: { create: boolean }) => Promise<Folder> };
type Picker = { showDirectoryPicker?: (o: { mode: 'readwrite'; id?: string }) => Promise<Folder> };

let folder: Folder | null = null;

async function writeInto(root: Folder, files: Map<string, string>) {
  for (const [path, text] of files) {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function EditorBar({ onClose }: { onClose: () => void }) {
  const session = useEditor((s) => s.session)!;
  const { undo, redo, markSaved } = useEditor.getState();
  const [status, setStatus] = useState('');
  const { dataset, archives } = session.history.present;
  const name = `${fileSlug(dataset.title)}.json`;
  const files = () => savedFiles(name, forSaving(dataset, currentPositions()), archives);
  const picker = (window as Picker).showDirectoryPicker;

  const download = async () => {
    const zip = await zipFiles(files());
    downloadBlob(`${fileSlug(dataset.title)}.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
    markSaved();
    setStatus(`Downloaded ${fileSlug(dataset.title)}.zip at ${time(Date.now())}: unzip it and run npm run validate ${name} to check it.`);
  };
  const save = async () => {
    try {
      folder ??= await picker!({ mode: 'readwrite', id: 'stancemap' });
      await writeInto(folder, files());
      markSaved();
      setStatus(`Saved ${name}, schema.json and the archived texts at ${time(Date.now())}.`);
    } catch (error) {
      // Cancelling the picker is an AbortError: nothing to report.
      if ((error as Error)?.name !== 'AbortError') setStatus(`Could not save: ${(error as Error)?.message ?? String(error)}. Download the dataset instead.`);
    }
  };
  const dirty = isDirty(session);
  return (
    <div className="editor-bar">
      <h2 className="editor-title">Editing <span>{dataset.title}</span></h2>
      <p className="editor-kept" role="status">
        {session.history.past.length ? 'Every change is kept in this browser. ' : ''}
        {status || (dirty ? 'Not yet downloaded or saved.' : 'No changes since it was opened or saved.')}
      </p>
      <div className="editor-actions">
        <button type="button" className="small-button" disabled={!session.history.past.length} onClick={undo} aria-keyshortcuts="Control+Z Meta+Z">Undo</button>
        <button type="button" className="small-button" disabled={!session.history.future.length} onClick={redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo</button>
        <button type="button" className="small-button" onClick={() => void download()}>Download dataset</button>
        {picker && <button type="button" className="small-button" onClick={() => void save()}>{folder ? 'Save' : 'Save to folder…'}</button>}
        <button type="button" className="small-button" onClick={onClose}>Close editor</button>
      </div>
    </div>
  );
}
