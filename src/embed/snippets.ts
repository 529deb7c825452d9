// What an author pastes into an article: a link, an iframe, or a one-line script. Pure, so the
// exact markup is tested without a browser.
import { escapeXml } from '../model/escape';

/** The address of the embed for a view: the same URL with ?embed=1. */
export function embedUrl(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('embed', '1');
  return url.toString();
}

/**
 * A plain iframe cannot follow its content, so it is given the height of the embed's map with its
 * headline, toolbar, key and credit and a compact panel (the map is 520 px beside the panel on a wide
 * page; on a phone 293 px above it, leaving room for a statement or two), never more than 1.5 screens.
 * The rest scrolls inside the frame, its credit line kept in view.
 */
export const IFRAME_HEIGHT = 980;

export function iframeSnippet(viewUrl: string, title: string): string {
  return `<iframe src="${escapeXml(embedUrl(viewUrl))}" title="${escapeXml(title)}" style="width:100%;height:${IFRAME_HEIGHT}px;max-height:150vh;border:0" loading="lazy"></iframe>`;
}

/** embed.js sits beside index.html in the build; the div becomes a self-resizing iframe. */
export function scriptSnippet(viewUrl: string, title: string): string {
  const script = new URL('embed.js', viewUrl.split(/[?#]/)[0]).toString();
  return `<div data-stancemap-src="${escapeXml(embedUrl(viewUrl))}" data-stancemap-title="${escapeXml(title)}"></div><script src="${escapeXml(script)}" async></script>`;
}
