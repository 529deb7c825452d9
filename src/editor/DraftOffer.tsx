// At page load, the drafts this browser keeps: one of this very dataset is offered back in the editor;
// one of another dataset opens as that dataset (labelled a draft), never applied to the one on screen.
import { useState } from 'react';
import type { Loaded } from '../load/load';
import { useStore } from '../store/useStore';
import { listDrafts, type Draft, type DraftInfo } from './drafts';
import { useEditor } from './editorStore';
import { baseOf, drafts } from './useSession';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Props = { base: Loaded; onShow: (loaded: Loaded) => void };

/** A draft of another dataset opens as itself (its last valid version), labelled, with the editor on it. */
function openAsItself(draft: Draft, show: Props['onShow']) {
  useStore.getState().reset();
  useEditor.getState().setRestoreOnOpen(draft.base);
  show({ dataset: draft.lastValid, problems: [], kind: 'file', origin: `${draft.origin}, a draft kept in this browser`, archives: new Map(draft.archives), draft: draft.base });
  useStore.getState().setEditing(true);
}

export default function DraftOffer({ base, onShow }: Props) {
  const [list, setList] = useState(() => listDrafts().slice(0, 3));
  const [error, setError] = useState('');
  const editing = useStore((s) => s.editing);
  const session = useEditor((s) => s.session);
  if (editing || session || !list.length) return null;
  const key = baseOf(base);

  const discard = (info: DraftInfo) => {
    void drafts().remove(info.base);
    setList(list.filter((d) => d !== info));
  };
  const open = async (info: DraftInfo) => {
    if (info.base === key) {
      useEditor.getState().setRestoreOnOpen(key);
      useStore.getState().setEditing(true);
      return;
    }
    const draft = await drafts().load(info.base).catch(() => undefined);
    if (draft) openAsItself(draft, onShow);
    else setError(`The draft of “${info.title}” could not be read from this browser’s storage.`);
  };
  return (
    <div className="banner draft-offer" role="region" aria-label="Unsaved drafts">
      {list.map((info) => (
        <p key={info.base}>
          {info.base === key ? (
            <>You have unsaved edits to this map, from {when(info.savedAt)}. </>
          ) : (
            <>This browser keeps a draft of <strong>{info.title}</strong> (from {info.origin}), from {when(info.savedAt)}. </>
          )}
          <button type="button" className="small-button" onClick={() => void open(info)}>{info.base === key ? 'Restore them in the editor' : 'Open the draft'}</button>{' '}
          <button type="button" className="small-button" onClick={() => discard(info)}>Discard</button>
        </p>
      ))}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
