// The one thing the page's first chunk needs to know about drafts: whether this browser holds any.
// A synchronous localStorage read, so the draft store (IndexedDB) loads only when there is one.
export const LIST_KEY = 'stancemap:drafts';

export function hasDrafts(): boolean {
  try {
    return (globalThis.localStorage?.getItem(LIST_KEY) ?? '').includes('"base"');
  } catch {
    return false; // storage blocked (a sandboxed frame, privacy settings)
  }
}

// Whether drafts are being kept at all: the editor says so plainly when they are not (no IndexedDB,
// or a write or the opening refused: quota, a browser setting), and so does its error boundary.
// Here, not in the editor's store, because the boundary sits in the page's first chunk.
let problem: string | null = typeof indexedDB === 'undefined' ? 'this browser offers no storage for drafts' : null;
const listeners = new Set<() => void>();

/** Why changes are not being kept, or null while they are. */
export const draftProblem = (): string | null => problem;

export function setDraftProblem(next: string | null): void {
  if (next === problem) return;
  problem = next;
  listeners.forEach((listener) => listener());
}

export function onDraftProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
