// Embeds talk to their host page (embedRuntime.ts); that code loads only inside a host's frame, so
// the page read on its own never pays for it.
import { useEffect, type RefObject } from 'react';
import type { Index } from '../model/relations';
import type { EmbedOptions } from './embedOptions';

export function useEmbed(index: Index, options: EmbedOptions, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = window.parent;
    const element = root.current;
    if (!options.embed || host === window || !element) return;
    // A host may speak before this code has loaded: its messages wait, in order.
    const early: MessageEvent[] = [];
    const hold = (event: MessageEvent) => early.push(event);
    window.addEventListener('message', hold);
    let stop: (() => void) | null = null;
    let live = true;
    void import('./embedRuntime').then(({ startEmbed }) => {
      window.removeEventListener('message', hold);
      if (live) stop = startEmbed(index, options, element, host, early);
    });
    return () => {
      live = false;
      window.removeEventListener('message', hold);
      stop?.();
    };
  }, [index, options, root]);
}
