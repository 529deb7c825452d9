// A zip an author opens (the editor's download, or any folder zipped): its files, as if they had been
// opened one by one. fflate loads with it. Entries are named by their last path part, which is how
// archives are matched to a dataset's `archive` paths; folders and macOS metadata are left out, and
// two entries that would take one name are refused by name rather than one silently winning.
import type { Limits } from '../model/inflate';

/** Documented in data/README.md. */
export const ZIP_LIMITS: Limits = { entry: 100 * 1024 * 1024, total: 200 * 1024 * 1024 };

export const isZip = (name: string) => /\.zip$/i.test(name);
const lastPart = (path: string) => path.split('/').pop()!;

/** The zip's files, or an error worded as a problem message. */
export async function unzipFiles(file: File): Promise<{ files: File[]; skipped: string[] } | { error: string }> {
  const { inflateZip } = await import('../model/inflate');
  const inflated = inflateZip(new Uint8Array(await file.arrayBuffer()), ZIP_LIMITS, (name) => !name.endsWith('/') && !/(^|\/)__MACOSX\//.test(name));
  if ('error' in inflated) return inflated;
  const byName = new Map<string, string[]>();
  for (const path of inflated.files.keys()) byName.set(lastPart(path), [...(byName.get(lastPart(path)) ?? []), path]);
  const twice = [...byName.values()].find((paths) => paths.length > 1);
  if (twice) return { error: `holds two files named ${lastPart(twice[0])}: ${twice.join(', ')}; it cannot tell which one is meant, so keep one` };
  const files = [...inflated.files].map(([path, bytes]) => new File([bytes as BlobPart], lastPart(path)));
  return { files, skipped: inflated.tooLarge };
}
