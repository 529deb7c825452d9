// Build-time only (see vite.config.ts): the default view of the built-in dataset as HTML, so readers
// without JavaScript, search engines and screen readers get every statement before any script runs.
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { Root } from './Root';
import { BUILT_IN } from '../load/load';
import { pageTitle } from '../model/format';
import { buildIndex } from '../model/relations';
import { archivePage } from '../model/sourceLinks';
import { renderSourcePage } from '../model/sourcePage';

/** The built-in dataset's archive pages and their stylesheets, at their paths relative to data/; `read` gives an archived text. */
export function renderSourcePages(read: (path: string) => string): { path: string; text: string }[] {
  const index = buildIndex(BUILT_IN.dataset!);
  return index.dataset.sources.flatMap((source) => {
    const path = archivePage(source);
    if (!path || !source.archive) return [];
    const stylesheet = path.replace(/\.html$/, '.css');
    const { html, css } = renderSourcePage(index, source.id, read(source.archive), stylesheet.split('/').pop()!);
    return [{ path, text: html }, { path: stylesheet, text: css }];
  });
}

/** The page's <title> element, escaped by React like the rest of the page. */
export const renderTitle = () => renderToStaticMarkup(<title>{pageTitle(BUILT_IN.dataset!.title)}</title>);

export function render(): string {
  return renderToString(
    <StrictMode>
      <Root initial={BUILT_IN} hydrated />
    </StrictMode>,
  );
}
