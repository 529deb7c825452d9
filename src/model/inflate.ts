// A zip's entries inflated under limits counted while inflating: the sizes a zip's headers state
// can lie, so each entry's bytes are counted as they come out, and inflation stops at the limit
// rather than after it. Used for the zips an author opens and, before read-excel-file sees it, for
// a workbook (an .xlsx file is a zip of XML parts).
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export type Limits = {
  /** Most bytes one entry may inflate to. */
  entry: number;
  /** Most bytes all entries together may inflate to. */
  total: number;
};
/** `limit` tells a zip refused for its size from one that is broken. */
export type Inflated = { files: Map<string, Uint8Array>; tooLarge: string[] } | { error: string; limit?: true };

/** Compressed bytes handed to the inflater at a time: deflate inflates at most ~1,000x, so a step stays ~16 MB. */
const STEP = 16 * 1024;

/** A zip's first bytes: a local file header ("PK\x03\x04"), or an empty zip's end record ("PK\x05\x06"). */
export const isZipData = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/** A whole zip ends with its directory's end record, within the last 64 KB (its comment's most). */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) return true;
  }
  return false;
}
const CUT_SHORT = 'ends before its last file does: it was cut short, perhaps by an unfinished download';

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The entries `keep` accepts, by full path. An entry past `limits.entry` is stopped and listed in
 * `tooLarge`; past `limits.total` in all, the whole zip is refused with an error naming the limit.
 */
export function inflateZip(bytes: Uint8Array, limits: Limits, keep: (name: string) => boolean = () => true): Inflated {
  if (!isZipData(bytes)) return { error: 'is not a zip file (it does not begin as one)' };
  const files = new Map<string, Uint8Array>();
  const tooLarge: string[] = [];
  let total = 0;
  let overTotal = false;
  let failure: string | undefined;
  // Entries begun and not finished: a zip cut short ends with one.
  let open = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!keep(file.name) || overTotal) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    open++;
    file.ondata = (error, chunk, final) => {
      if (error) {
        failure ??= `${file.name}: ${error.message}`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entry || total > limits.total) {
        overTotal ||= total > limits.total;
        if (!overTotal) tooLarge.push(file.name);
        open--;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      open--;
      files.set(file.name, join(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !overTotal && !failure; at += STEP) unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (error) {
    failure ??= (error as Error)?.message ?? String(error);
  }
  if (overTotal) return { error: `inflates to more than ${megabytes(limits.total)} in all, the most a zip may hold here; it was not read further`, limit: true };
  if (failure) return { error: `could not be read as a zip (${failure})` };
  if (open || !hasEndRecord(bytes)) return { error: CUT_SHORT };
  return { files, tooLarge };
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
