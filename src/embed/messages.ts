// The postMessage protocol between an embed and its host page. Incoming commands are checked field by
// field against the loaded data; anything malformed or unknown is ignored without a word.
import { hiddenFromVisible } from '../model/filter';
import type { Index } from '../model/relations';
import { isRealDate } from '../model/dates';
import { knownSelection, namedSelection, type Selection } from '../model/selection';

export const SENDER = 'stancemap';

export type Command =
  | { method: 'select'; selection: NonNullable<Selection> }
  | { method: 'filter'; hiddenStances: string[] }
  | { method: 'asof'; asOf: string | null }
  | { method: 'clear' };

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function parseCommand(data: unknown, index: Index): Command | null {
  if (!isRecord(data) || data.sender !== SENDER) return null;
  switch (data.method) {
    case 'select': {
      const [actor, from, to, statement] = [data.actor, data.from, data.to, data.statement].map(str);
      const selection = knownSelection(index, namedSelection({ actor, from, to, statement }));
      return selection ? { method: 'select', selection } : null;
    }
    case 'filter': {
      // `stances` lists the stances to show, as the ?stance= parameter does; leaving it out shows all.
      if (data.stances === undefined) return { method: 'filter', hiddenStances: [] };
      if (!Array.isArray(data.stances) || !data.stances.every((s) => typeof s === 'string' && index.stances.has(s))) return null;
      return { method: 'filter', hiddenStances: hiddenFromVisible(index, data.stances as string[]) };
    }
    case 'asof': {
      if (data.date === null || data.date === undefined) return { method: 'asof', asOf: null };
      const date = str(data.date);
      return date && isRealDate(date) ? { method: 'asof', asOf: date } : null;
    }
    case 'clear':
      return { method: 'clear' };
    default:
      return null;
  }
}

/** What a command sets: `select` and `clear` both set the selection, so the later one wins. */
const slotOf = (command: Command) => (command.method === 'clear' ? 'select' : command.method);

/**
 * A flood of commands as the last one per thing they set: 10,000 selects from a host leave the
 * state the last one names, applied once instead of 10,000 times.
 */
export function coalesce(commands: readonly Command[]): Command[] {
  const last = new Map<string, Command>();
  for (const command of commands) last.set(slotOf(command), command);
  return [...last.values()];
}

/**
 * Height messages in the dialects newsroom resizers already speak, so they work unchanged: ours,
 * Datawrapper's, AMP's, and Pym.js's string protocol when a Pym parent gave the frame a childId.
 */
export function resizeMessages(height: number, src: string, id: string, pymId: string | null = null): unknown[] {
  return [
    { sender: SENDER, method: 'resize', height, src },
    { 'datawrapper-height': { [id]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
    ...(pymId ? [`pymxPYMx${pymId}xPYMxheightxPYMx${height}`] : []),
  ];
}

export function selectedMessage(selection: Selection, src: string): unknown {
  return { sender: SENDER, method: 'selected', selection, src };
}
