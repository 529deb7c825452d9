import { BUILT_IN } from '../load/load';
import type { Index } from '../model/relations';
import type { Statement } from '../model/schema';
import { archivePage, passageId } from '../model/sourceLinks';

/**
 * The published archive page at a quote's passage. Only the built-in dataset's pages are written by
 * the build (under data/); another dataset's archives are shown in the reader view only.
 */
export function sourcePageHref(index: Index, statement: Statement): string | undefined {
  if (index.dataset !== BUILT_IN.dataset) return undefined;
  const page = archivePage(index.sources.get(statement.source)!);
  return page && `data/${page}#${passageId(statement.id)}`;
}

/** What Copy citation names as the archived copy: the page's full address, or the archive's path. */
export function archiveForCitation(index: Index, statement: Statement): string | undefined {
  const href = sourcePageHref(index, statement);
  if (href) return new URL(href, window.location.href).href;
  return index.sources.get(statement.source)!.archive;
}
