// Mirrors the store and the address bar. A new selection pushes a history entry, so Back and Forward
// walk through selections; filter, date and search changes replace the current entry.
import { useEffect } from 'react';
import type { Index } from '../model/relations';
import { sameSelection, type Selection } from '../model/selection';
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
    // Canonical form first: unknown ids dropped, parameters in a stable order.
    writeUrl('replaceState', serializeView(currentView(), index, window.location.search));
    const popping = createEchoGuard();
    const stop = useStore.subscribe((state, previous) => {
      const search = serializeView(currentView(), index, window.location.search);
      if (search === window.location.search) return;
      // A view restored by Back/Forward only tidies its own entry; it must not push a new one.
      const push = !popping.applying && !embedded && !sameSelection(state.selection, previous.selection);
      writeUrl(push ? 'pushState' : 'replaceState', search);
    });
    const onPop = () => popping.apply(() => readUrl(index));
    window.addEventListener('popstate', onPop);
    return () => {
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
