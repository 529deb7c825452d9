// The page's own reactions to the store, apart from what it renders.
import { useEffect, type RefObject } from 'react';
import { useStore } from '../store/useStore';

/** Where the panel becomes a sheet (styles.css holds the same width). */
const NARROW = '(max-width: 820px)';

/**
 * Narrow screens open a selection as a sheet over the lower half of the page: the map goes to the
 * top, above it, so the reader sees both. Off in embeds, which never scroll their host.
 */
export function useSheetScroll(graph: RefObject<HTMLElement | null>, on: boolean): void {
  useEffect(() => {
    if (!on) return;
    return useStore.subscribe(({ selection }, previous) => {
      if (!selection || selection === previous.selection || !window.matchMedia?.(NARROW).matches) return;
      // In the frame that paints the panel, once React has rendered it: reading the layout now would force one.
      requestAnimationFrame(() => {
        const box = graph.current?.querySelector('.stage')?.getBoundingClientRect();
        if (box && (box.top < 0 || box.top > 8)) window.scrollBy({ top: box.top });
      });
    });
  }, [graph, on]);
}

/** Escape clears the selection, except in an open dialog, which takes its own Escape. */
export function useEscapeClears(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target as Element).closest?.('dialog')) useStore.getState().clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
