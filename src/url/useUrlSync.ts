// Mirrors the store and the address bar. A new selection pushes a history entry, so Back and Forward
// walk through selections; filter, date and search changes replace the current entry.
import { useEffect } from 'react';
import type { Index } from '../model/relations';
import { sameSelection, type Selection } from '../model/selection';
import { afterPaint } from '../util/afterPaint';
import { createEchoGuard } from '../store/echoGuard';
import { initialState, useStore, type ViewState } from '../store/useStore';
import { cleanView, parseUrl, serializeView } from './urlState';

const currentView = (): ViewState => {
  const { selection, hiddenStances, asOf, query, view } = useStore.getState();
  return { selection, hiddenStances, asOf, query, view };
};

/** Reads the URL into the store; called once at start-up and on Back/Forward. */
export function readUrl(index: Index): void {
  useStore.getState().applyView(cleanView(parseUrl(window.location.search), index));
}

// history.pushState throws in some sandboxed iframes; the view still works, only the URL stays put.
function writeUrl(method: 'pushState' | 'replaceState', search: string): void {
  try {
    window.history[method](null, '', `${window.location.pathname}${search}${window.location.hash}`);
  } catch {
    /* no history here */
  }
}

/**
 * `embedded`: inside a host's iframe every change replaces the entry, since pushing would put the
 * map's steps into the host page's own Back button.
 */
export function useUrlSync(index: Index, embedded = false): void {
  useEffect(() => {
    // Canonical form first: unknown ids dropped, parameters in a stable order (a history write costs
    // milliseconds, so only when the address differs).
    const canonical = serializeView(currentView(), index, window.location.search);
    if (canonical !== window.location.search) writeUrl('replaceState', canonical);
    const popping = createEchoGuard();
    // The address bar is off a click's critical path: changes made within one frame are written
    // once, after it has painted, as a push if any of them was a reader's new selection.
    let push = false;
    let cancel: (() => void) | null = null;
    const write = () => {
      cancel = null;
      const search = serializeView(currentView(), index, window.location.search);
      if (search !== window.location.search) writeUrl(push ? 'pushState' : 'replaceState', search);
      push = false;
    };
    const stop = useStore.subscribe((state, previous) => {
      // A view restored by Back/Forward only tidies its own entry; it must not push a new one.
      if (!popping.applying && !embedded && !sameSelection(state.selection, previous.selection)) push = true;
      cancel ??= afterPaint(write);
    });
    const onPop = () => {
      // The entry being left keeps what it had: a write still waiting would land on the one arrived at.
      cancel?.();
      cancel = null;
      push = false;
      popping.apply(() => readUrl(index));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      // The next mount writes the view it starts from in canonical form.
      cancel?.();
      stop();
      window.removeEventListener('popstate', onPop);
    };
  }, [index, embedded]);
}

/** An absolute link that opens just this selection, on the same dataset. */
export function permalink(index: Index, selection: Selection): string {
  const keep = new URLSearchParams();
  const data = new URLSearchParams(window.location.search).get('data');
  if (data) keep.set('data', data);
  const search = serializeView({ ...initialState, selection }, index, keep.toString());
  // Built from href, not origin: in a sandboxed iframe the origin reads "null".
  return `${window.location.href.split(/[?#]/)[0]}${search}`;
}
