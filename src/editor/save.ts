// What the editor writes: the dataset as JSON (with $schema and positions), its schema, and the
// archived text of every source beside it, at the paths the sources name, so the folder (or the
// zip, unpacked) passes `npm run validate` and opens again as the same dataset.
import type { Archives } from '../model/archives';
import type { Dataset } from '../model/schema';
// The committed schema (a unit test holds it equal to the zod schema): generating it here would pull
// zod's JSON Schema writer into the validator's chunk, which every reader loads.
import schemaText from '../../data/schema.json?raw';

type Positions = NonNullable<Dataset['positions']>;

/** The dataset as saved: `$schema` first, positions from the live map when it has them. */
export function forSaving(dataset: Dataset, positions?: Positions | null): Dataset {
  const { positions: own, ...rest } = dataset;
  delete rest.$schema;
  const placed = positions && Object.keys(positions).length ? positions : own;
  // Only actors the dataset still has: a position of a deleted actor would fail validation.
  const kept = placed && Object.fromEntries(dataset.actors.filter((a) => Object.hasOwn(placed, a.id)).map((a) => [a.id, placed[a.id]]));
  return { $schema: './schema.json', ...rest, ...(kept && Object.keys(kept).length ? { positions: kept } : {}) };
}

export const datasetText = (dataset: Dataset): string => `${JSON.stringify(dataset, null, 2)}\n`;

/** A path that stays inside the saved folder: never absolute, never climbing out with "..". */
export const staysInside = (path: string): boolean => !/^[\\/]|^[a-zA-Z]:|(^|[\\/])\.\.([\\/]|$)/.test(path);

/** Every file of the saved dataset, by path relative to the dataset file (archives outside it are left out). */
export function savedFiles(name: string, dataset: Dataset, archives: Archives): Map<string, string> {
  const files = new Map<string, string>([
    [name, datasetText(dataset)],
    ['schema.json', schemaText],
  ]);
  for (const source of dataset.sources) {
    const text = source.archive === undefined ? undefined : archives.get(source.archive);
    if (source.archive !== undefined && text !== undefined && staysInside(source.archive)) files.set(source.archive, text);
  }
  return files;
}

/** One zip of the files (fflate, loaded only when an author downloads). */
export async function zipFiles(files: Map<string, string>): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  return zipSync(Object.fromEntries([...files].map(([path, text]) => [path, strToU8(text)])), { level: 6 });
}
