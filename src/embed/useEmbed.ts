// Inside a host page's iframe: report the content height whenever it changes, obey the host's
// commands, and tell the host what the reader selects. Outside an iframe this does nothing.
import { useEffect, type RefObject } from 'react';
import type { Index } from '../model/relations';
import { createEchoGuard } from '../store/echoGuard';
import { useStore } from '../store/useStore';
import type { EmbedOptions } from './embedOptions';
import { parseCommand, resizeMessages, selectedMessage, type Command } from './messages';

function apply(command: Command): void {
  const store = useStore.getState();
  if (command.method === 'select') store.select(command.selection);
  if (command.method === 'filter') store.setHiddenStances(command.hiddenStances);
  if (command.method === 'asof') store.setAsOf(command.asOf);
  if (command.method === 'clear') store.clear();
}

export function useEmbed(index: Index, options: EmbedOptions, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = window.parent;
    if (!options.embed || host === window || !root.current) return;
    const post = (message: unknown) => host.postMessage(message, '*');

    let height = 0;
    const observer = new ResizeObserver(() => {
      const next = Math.ceil(root.current?.getBoundingClientRect().height ?? 0);
      if (next && next !== height) {
        height = next;
        for (const message of resizeMessages(height, window.location.href, options.id, options.pymId)) post(message);
      }
    });
    observer.observe(root.current);

    const fromHost = createEchoGuard();
    const onMessage = (event: MessageEvent) => {
      // Only the page that holds this frame may drive it; its commands are checked against the data.
      if (event.source !== host) return;
      const command = parseCommand(event.data, index);
      if (!command) return;
      fromHost.apply(() => apply(command));
    };
    window.addEventListener('message', onMessage);
    const stop = useStore.subscribe((state, previous) => {
      if (state.selection !== previous.selection && !fromHost.applying) post(selectedMessage(state.selection, window.location.href));
    });
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
      stop();
    };
  }, [index, options, root]);
}
