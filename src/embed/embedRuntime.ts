// Inside a host page's iframe: report the content height whenever it changes, obey the host's
// commands, and tell the host what the reader selects. Loaded only by embeds (useEmbed.ts).
import type { Index } from '../model/relations';
import { createEchoGuard } from '../store/echoGuard';
import { useStore } from '../store/useStore';
import type { EmbedOptions } from './embedOptions';
import { coalesce, parseCommand, resizeMessages, selectedMessage, type Command } from './messages';

function apply(command: Command): void {
  const store = useStore.getState();
  if (command.method === 'select') store.select(command.selection);
  if (command.method === 'filter') store.setHiddenStances(command.hiddenStances);
  if (command.method === 'asof') store.setAsOf(command.asOf);
  if (command.method === 'clear') store.clear();
}

/**
 * Starts the frame's side of the conversation with its host page; returns the stop. `early`: the
 * messages that arrived while this code was loading, answered first, in order.
 */
export function startEmbed(index: Index, options: EmbedOptions, root: HTMLElement, host: Window, early: readonly MessageEvent[]): () => void {
  const post = (message: unknown) => host.postMessage(message, '*');

  let height = 0;
  const observer = new ResizeObserver(() => {
    const next = Math.ceil(root.getBoundingClientRect().height);
    if (next && next !== height) {
      height = next;
      for (const message of resizeMessages(height, window.location.href, options.id, options.pymId)) post(message);
    }
  });
  observer.observe(root);

  const fromHost = createEchoGuard();
  // Commands wait for the next frame and are applied as the last state per kind: a host sending
  // thousands at once queues one render, not thousands.
  let pending: Command[] = [];
  let frame = 0;
  const flush = () => {
    frame = 0;
    const commands = coalesce(pending);
    pending = [];
    fromHost.apply(() => commands.forEach(apply));
  };
  const onMessage = (event: MessageEvent) => {
    // Only the page that holds this frame may drive it; its commands are checked against the data.
    if (event.source !== host) return;
    const command = parseCommand(event.data, index);
    if (!command) return;
    pending.push(command);
    frame ||= requestAnimationFrame(flush);
  };
  early.forEach(onMessage);
  window.addEventListener('message', onMessage);
  const stop = useStore.subscribe((state, previous) => {
    if (state.selection !== previous.selection && !fromHost.applying) post(selectedMessage(state.selection, window.location.href));
  });
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('message', onMessage);
    stop();
  };
}
