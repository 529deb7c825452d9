// Links from a statement to its words at their place: in the original page (a Text Fragment,
// https://wicg.github.io/scroll-to-text-fragment/) and in the published archive page. Pure.
import type { Source, Statement } from './schema';

/**
 * A fragment directive term. `-`, `,` and `&` have meanings inside `#:~:text=` (prefix/suffix
 * marks, the start/end separator, the directive separator); encodeURIComponent leaves `-` alone.
 */
export const encodeFragmentText = (text: string): string =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

// Long quotes are matched by their first and last words, which survive small layout differences
// (a line break, a link) inside the live page better than the whole span.
const EDGE_WORDS = 4;

/** `#:~:text=` for a quote: the whole quote when short, else its first and last words. */
export function textFragment(quote: string, prefix?: string): string {
  const words = quote.trim().split(/\s+/);
  const terms = words.length <= EDGE_WORDS * 2
    ? [words.join(' ')]
    : [words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
  const head = prefix && /\S/.test(prefix) ? `${encodeFragmentText(prefix.trim().split(/\s+/).slice(-3).join(' '))}-,` : '';
  return `:~:text=${head}${terms.map(encodeFragmentText).join(',')}`;
}

/** The source's own URL, scrolled to the quote by browsers that support text fragments. */
export function originalAt(source: Source, statement: Statement, prefix?: string): string {
  const url = source.url.replace(/#.*$/, '');
  return `${url}#${textFragment(statement.quote, prefix)}`;
}

/** The published archive page of a source (`sources/x.txt` -> `sources/x.html`), relative to the data file. */
export const archivePage = (source: Source): string | undefined =>
  source.archive?.replace(/\.txt$/i, '') && `${source.archive.replace(/\.txt$/i, '')}.html`;

/** The id of a quote's passage in its archive page. */
export const passageId = (statementId: string) => `q-${statementId}`;
