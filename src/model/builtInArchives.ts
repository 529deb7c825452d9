// The built-in dataset's archived texts, bundled as separate chunks that load on first use (the
// validation that follows page load, and the source reader).
import type { Archives } from './archives';

const TEXTS = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default' });

/** Every archived text of the built-in dataset, keyed by the path its sources write. */
export async function builtInArchives(): Promise<Archives> {
  return new Map(
    await Promise.all(Object.entries(TEXTS).map(async ([path, load]) => [path.replace('../../data/', ''), (await load()) as string] as const)),
  );
}

/** One archived text of the built-in dataset, or undefined for a path it does not hold. */
export async function builtInArchive(path: string): Promise<string | undefined> {
  const load = TEXTS[`../../data/${path}`];
  return load ? ((await load()) as string) : undefined;
}
