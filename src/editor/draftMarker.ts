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
