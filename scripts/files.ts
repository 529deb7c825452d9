import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { collectArchives, type Archives } from '../src/model/archives';
import { decodeText, notUtf8 } from '../src/model/decode';
import type { Problem } from '../src/model/problems';
import type { Dataset } from '../src/model/schema';
import { parseJson, validateDataset } from '../src/model/validate';

/** A text file's contents, or undefined when it cannot be read (the caller reports that in its own words). */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A dataset file checked as `npm run validate` checks it, with the archived texts read relative to it. */
export function readDataset(given: string): { problems: Problem[]; dataset: Dataset | null; archives: Archives } {
  const file = resolve(given);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problems: [{ path: '(data)', message: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, level: 'error' }], dataset: null, archives: new Map() };
  }
  const { text, valid } = decodeText(bytes);
  const garbled = valid ? [] : [notUtf8(given)];
  const { raw, error } = parseJson(text);
  if (error) return { problems: [...garbled, { path: '(data)', message: error, level: 'error' }], dataset: null, archives: new Map() };
  const archives = collectArchives(raw, (path) => readText(resolve(dirname(file), path)));
  const report = validateDataset(raw, archives);
  return { problems: [...garbled, ...report.problems], dataset: garbled.some((p) => p.level === 'error') ? null : report.dataset, archives };
}
