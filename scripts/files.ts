import { readFileSync } from 'node:fs';

/** A text file's contents, or undefined when it cannot be read (the caller reports that in its own words). */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
