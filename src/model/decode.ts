// Bytes to text for files an author opens. Invalid UTF-8 still opens (the replacement character �
// stands in for each unreadable byte), but never without a word: the quotes may have changed.
import type { Problem } from './problems';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeText(bytes: ArrayBuffer | Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false };
  }
}

/** The warning for a file that was not valid UTF-8, naming it. */
export const notUtf8 = (name: string): Problem => ({
  path: name,
  message: 'is not valid UTF-8 text, so some characters could not be read and show as �; save it as UTF-8',
  level: 'warning',
});
