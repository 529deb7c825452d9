// Archived source texts: which paths a dataset names, and the texts read for them. One rule for the
// app (URL and files), the validate CLI and the import CLI. A Map, since the paths are data and one
// may be "__proto__" or "constructor".
export type Archives = Map<string, string>;

/** The distinct `archive` paths a raw (not yet validated) dataset names, in order. */
export function archivePaths(raw: unknown): string[] {
  const sources = (raw as { sources?: unknown } | null)?.sources;
  const paths = (Array.isArray(sources) ? sources : []).map((s) => (s as { archive?: unknown } | null)?.archive);
  return [...new Set(paths.filter((a): a is string => typeof a === 'string'))];
}

/** Reads each archive a dataset names; `read` gives undefined for one it cannot read, which the validator reports. */
export function collectArchives(raw: unknown, read: (path: string) => string | undefined): Archives {
  const archives: Archives = new Map();
  for (const path of archivePaths(raw)) {
    const text = read(path);
    if (text !== undefined) archives.set(path, text);
  }
  return archives;
}

/**
 * Static hosts (vite preview among them) answer a missing path with the site's index.html: that
 * page is not the archive, and reading it as one would let the built-in quotes "prove" anything.
 */
export const isHtmlPage = (text: string, contentType = ''): boolean =>
  /text\/html/i.test(contentType) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
