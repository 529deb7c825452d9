// A zip an author opens (the editor's download, or any folder zipped): its files, as if they had been
// opened one by one. fflate loads with it. Entries are named by their last path part, which is how
// archives are matched to a dataset's `archive` paths; folders and macOS metadata are left out.
const LARGEST_ENTRY = 100 * 1024 * 1024;

export const isZip = (name: string) => /\.zip$/i.test(name);

/** The zip's files, or an error worded as a problem message. */
export async function unzipFiles(file: File): Promise<{ files: File[]; skipped: string[] } | { error: string }> {
  const { unzipSync } = await import('fflate');
  const skipped: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
      filter: (entry) => {
        // A zip bomb or a video in the folder: named, not inflated.
        if (entry.originalSize > LARGEST_ENTRY) skipped.push(entry.name);
        return entry.originalSize <= LARGEST_ENTRY && !entry.name.endsWith('/') && !/(^|\/)__MACOSX\//.test(entry.name);
      },
    });
  } catch (error) {
    return { error: `is not a readable zip file: ${(error as Error)?.message ?? String(error)}` };
  }
  const files = Object.entries(entries).map(([path, bytes]) => new File([bytes as BlobPart], path.split('/').pop()!));
  return { files, skipped };
}
