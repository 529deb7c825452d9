// What a link preview and a CMS read from a built page: Open Graph and Twitter card tags, and a
// static oEmbed response with its discovery link. Pure, so the exact markup is tested without a build.
import { escapeXml } from '../model/escape';
import { iframeSnippet } from './snippets';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type PageShare = {
  title: string;
  description: string;
  /** The page's absolute address; without it the tags that need one are left out. */
  url?: string;
  /** The card image's absolute address. */
  image?: string;
  imageAlt: string;
  /** The oEmbed response's absolute address. */
  oembed?: string;
};

const meta = (key: 'property' | 'name', name: string, content: string) => `<meta ${key}="${name}" content="${escapeXml(content)}" />`;

/**
 * The head tags for a page. Open Graph requires absolute URLs, so og:url, og:image and the oEmbed
 * link are written only when the page's address is known (STANCEMAP_SITE_URL at build time).
 */
export function shareTags({ title, description, url, image, imageAlt, oembed }: PageShare): string {
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Stancemap'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
  ];
  if (url) tags.push(meta('property', 'og:url', url), `<link rel="canonical" href="${escapeXml(url)}" />`);
  if (image) {
    tags.push(
      meta('property', 'og:image', image),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', String(CARD_WIDTH)),
      meta('property', 'og:image:height', String(CARD_HEIGHT)),
      meta('property', 'og:image:alt', imageAlt),
      meta('name', 'twitter:image:alt', imageAlt),
    );
  }
  if (oembed) tags.push(`<link rel="alternate" type="application/json+oembed" href="${escapeXml(oembed)}" title="${escapeXml(title)}" />`);
  return tags.join('\n    ');
}

export type OEmbed = {
  version: '1.0';
  type: 'rich';
  provider_name: 'Stancemap';
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
};

// The iframe is as wide as the column it is pasted into; oEmbed asks for a number, so this is the
// width its height was chosen for.
const FRAME_WIDTH = 640;

/** A page's oEmbed response (oembed.com, section 2.3.4): the same iframe the share dialog offers. */
export function oembedResponse({ url, title, image, site }: { url: string; title: string; image?: string; site: string }): OEmbed {
  const html = iframeSnippet(url, title);
  // The snippet sets the frame's height; the response must give the same number.
  const height = /height:(\d+)px/.exec(html);
  if (!height) throw new Error(`oEmbed: the iframe snippet no longer sets a height in pixels: ${html}`);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Stancemap',
    provider_url: site,
    title,
    html,
    width: FRAME_WIDTH,
    height: Number(height[1]),
    ...(image ? { thumbnail_url: image, thumbnail_width: CARD_WIDTH, thumbnail_height: CARD_HEIGHT } : {}),
  };
}

/**
 * STANCEMAP_SITE_URL as the base every page address is made from (ending in "/"), or an error
 * naming what is wrong with it. Absent is not an error: the build then leaves the absolute URLs out.
 */
export function siteBase(given: string | undefined): { base: string | null; error?: string } {
  if (!given) return { base: null };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { base: null, error: `STANCEMAP_SITE_URL is not a URL: "${given}"` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { base: null, error: `STANCEMAP_SITE_URL must start with https:// or http://, not "${url.protocol}"` };
  if (url.search || url.hash) return { base: null, error: `STANCEMAP_SITE_URL must be the site's folder, without ?query or #fragment: "${given}"` };
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return { base: url.toString() };
}
