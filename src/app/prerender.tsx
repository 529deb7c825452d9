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
import { useStore } from '../store/useStore';
import { cardSvg } from './socialCard';
import { oembedResponse, shareTags, siteBase } from '../embed/shareMeta';

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

/** The share tags' and oEmbed's builders, for the build (scripts/vite/socialCards.ts may not import src/embed). */
export const share = { oembedResponse, shareTags, siteBase };

/** What the social card and the actors' pages need to know of the built-in dataset. */
export function shareFacts() {
  const { dataset } = buildIndex(BUILT_IN.dataset!);
  return { title: dataset.title, description: dataset.description, actors: dataset.actors.map(({ id, name }) => ({ id, name })) };
}

/** The default view's card, or an actor's, as SVG (app/socialCard.tsx). */
export const renderCard = (actor?: string) => cardSvg(buildIndex(BUILT_IN.dataset!), actor ? { actor } : null);

/**
 * An actor's page: the app as it opens on that actor, its statements in the panel. The store is
 * set for the one render and put back, so the default view's render is never affected.
 */
export function renderActor(id: string): { root: string; title: string } {
  const name = BUILT_IN.dataset!.actors.find((actor) => actor.id === id)?.name;
  if (!name) throw new Error(`prerender: no actor "${id}" in the built-in dataset`);
  useStore.getState().selectActor(id);
  try {
    return { root: render(), title: renderToStaticMarkup(<title>{pageTitle(`${name} · ${BUILT_IN.dataset!.title}`)}</title>) };
  } finally {
    useStore.getState().reset();
  }
}
