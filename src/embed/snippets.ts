// What an author pastes into an article: a link, an iframe, or a one-line script. Pure, so the
// exact markup is tested without a browser.

/** The address of the embed for a view: the same URL with ?embed=1. */
export function embedUrl(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('embed', '1');
  return url.toString();
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(viewUrl: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl(viewUrl))}" title="${escapeAttribute(title)}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>`;
}

/** embed.js sits beside index.html in the build; the div becomes a self-resizing iframe. */
export function scriptSnippet(viewUrl: string, title: string): string {
  const script = new URL('embed.js', viewUrl.split(/[?#]/)[0]).toString();
  return `<div data-stancemap-src="${escapeAttribute(embedUrl(viewUrl))}" data-stancemap-title="${escapeAttribute(title)}"></div><script src="${escapeAttribute(script)}" async></script>`;
}
