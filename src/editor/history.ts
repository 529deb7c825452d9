// Undo and redo as a value: the past, the present and the undone future. Typing in one field is one
// step, not one per key: a change with the same key as the one before replaces it, as text editors
// group a run of typing.
export type History<T> = { past: T[]; present: T; future: T[]; lastKey: string | null };

/** How many steps back undo can go; older ones are dropped so a long session stays light. */
export const LIMIT = 500;

export const start = <T>(present: T): History<T> => ({ past: [], present, future: [], lastKey: null });

/** Records `next`; a redo future is discarded, as in every editor. `key` groups a run of edits to one field. */
export function commit<T>(history: History<T>, next: T, key: string | null = null): History<T> {
  if (next === history.present) return history;
  if (key !== null && key === history.lastKey) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], lastKey: key };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, lastKey: null };
}

/** Ends a run of typing, so the next change to the same field is a step of its own (on blur). */
export const seal = <T>(history: History<T>): History<T> => (history.lastKey === null ? history : { ...history, lastKey: null });
