// The built-in dataset's archived texts, bundled as separate chunks that load on first use (the
// validation that follows page load, and the source reader). The build chooses them with the dataset
// (scripts/siteData.ts): the archives it names, read relative to it.
import TEXTS from 'virtual:stancemap/archives';
import type { Archives } from '../model/archives';

/** Every archived text of the built-in dataset, keyed by the path its sources write. */
export async function builtInArchives(): Promise<Archives> {
  return new Map(await Promise.all([...TEXTS].map(async ([path, load]) => [path, await load()] as const)));
}

/** One archived text of the built-in dataset, or undefined for a path it does not hold. */
export async function builtInArchive(path: string): Promise<string | undefined> {
  return TEXTS.get(path)?.();
}
