// The editor session's life: it starts from the dataset on the page with all its archived texts,
// offers back a draft kept for that dataset, writes every change to the draft store as it happens,
// warns before the page is left with unsaved changes, and takes Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z.
import { useEffect, useState } from 'react';
import { archiveText, type Loaded } from '../load/load';
import type { Archives } from '../model/archives';
import { draftStore, fingerprint, type Draft } from './drafts';
import { isDirty, useEditor } from './editorStore';
import { draftProblem, setDraftProblem } from './draftMarker';

let store: ReturnType<typeof draftStore> | null = null;
/** One store for the page; IndexedDB opens on first use. */
export const drafts = () => (store ??= draftStore());

const reason = (error: unknown) => `the browser refused to store them (${((error as Error)?.message || String(error)).replace(/\.$/, '')})`;

/** Writes the draft, and says plainly when it could not be kept; a later write that succeeds clears that. */
function keep(draft: Draft) {
  if (draftProblem() && typeof indexedDB === 'undefined') return;
  try {
    drafts().save(draft).then(() => setDraftProblem(null), (error: unknown) => setDraftProblem(reason(error)));
  } catch (error) {
    setDraftProblem(reason(error));
  }
}

/** The draft key of a loaded dataset: a restored draft continues under the key it was saved with. */
export const baseOf = (loaded: Loaded): string => loaded.draft ?? fingerprint(loaded.dataset!);

async function allArchives(loaded: Loaded): Promise<Archives> {
  const paths = [...new Set(loaded.dataset!.sources.flatMap((s) => (s.archive ? [s.archive] : [])))];
  const texts = await Promise.all(paths.map(async (path) => [path, await archiveText(loaded, path).catch(() => undefined)] as const));
  return new Map(texts.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

export const restore = (draft: Draft) => useEditor.getState().begin(draft.base, draft.origin, { dataset: draft.dataset, archives: new Map(draft.archives) }, { dataset: draft.lastValid, archives: new Map(draft.archives) });

/** Starts (or resumes) the session for `base`; gives a stored draft to offer, or null once decided. */
export function useSession(base: Loaded): { offer: Draft | null; decide: (restoreIt: boolean) => void; ready: boolean } {
  const key = baseOf(base);
  const session = useEditor((s) => s.session);
  const ready = session?.base === key;
  const [offer, setOffer] = useState<Draft | null>(null);

  useEffect(() => {
    if (useEditor.getState().session?.base === key) return;
    let live = true;
    const stored = Promise.resolve()
      .then(() => drafts().load(key))
      .catch((error: unknown) => void setDraftProblem(reason(error)));
    void Promise.all([allArchives(base), stored]).then(([archives, draft]) => {
      if (!live) return;
      const wanted = useEditor.getState().restoreOnOpen === key;
      useEditor.getState().setRestoreOnOpen(null);
      if (draft && wanted) return restore(draft);
      useEditor.getState().begin(key, base.origin, { dataset: base.dataset!, archives });
      if (draft) setOffer(draft);
    });
    return () => {
      live = false;
    };
  }, [base, key]);

  // Every change reaches IndexedDB as it happens (the store keeps only the latest of a burst).
  useEffect(
    () =>
      useEditor.subscribe((state, before) => {
        const s = state.session;
        if (!s || s.history.present === before.session?.history.present || s.history.past.length + s.history.future.length === 0) return;
        const { dataset, archives } = s.history.present;
        keep({ base: s.base, origin: s.origin, title: dataset.title, savedAt: Date.now(), dataset, lastValid: s.lastValid, archives: [...archives] });
      }),
    [],
  );

  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!isDirty(useEditor.getState().session)) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers show the prompt only with a returnValue
    };
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target as Element).closest?.('.search, dialog')) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) useEditor.getState().redo();
      else useEditor.getState().undo();
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const decide = (restoreIt: boolean) => {
    if (offer && restoreIt) restore(offer);
    else if (offer) void drafts().remove(offer.base);
    setOffer(null);
  };
  return { offer, decide, ready: ready && !offer };
}
