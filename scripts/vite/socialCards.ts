// Link previews for the built site: Open Graph and Twitter card tags in index.html, a 1200 × 630
// card drawn from the static picture (src/app/socialCard.tsx) and turned into PNG by resvg (no
// browser), a static oEmbed response, and, where the map has at most MAX_ACTOR_PAGES actors, a
// page per actor with its own title, its statements and its own card. Open Graph and oEmbed want
// absolute URLs, which only STANCEMAP_SITE_URL can give; without it those parts are left out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import type { SiteData } from '../siteData.js';
import { afterBuild } from './prerender.js';

/** Past this many actors, a page each would swell the site for pages few would share. */
export const MAX_ACTOR_PAGES = 300;
const ROOT_OPEN = '<div id="root" data-prerendered="default">';

type Prerender = {
  /** src/embed/shareMeta.ts, reached through the module runner like the rest of the app. */
  share: Pick<typeof import('../../src/embed/shareMeta'), 'oembedResponse' | 'shareTags' | 'siteBase'>;
  render: () => string;
  shareFacts: () => { title: string; description: string; actors: Array<{ id: string; name: string }> };
  renderCard: (actor?: string) => string;
  renderActor: (id: string) => { root: string; title: string };
};

const png = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();

function insertHead(html: string, tags: string): string {
  if (!html.includes('</head>')) throw new Error('social cards: index.html has no </head>');
  return html.replace(/\s*<\/head>/, () => `\n    ${tags}\n  </head>`);
}

// After the prerender has written index.html (closeBundle hooks otherwise run side by side).
export const socialCards = (site: SiteData, siteUrl = process.env.STANCEMAP_SITE_URL): Plugin =>
  afterBuild<Prerender>(
    'stancemap-social-cards',
    site,
    (app, outDir, warn) => {
      const { base, error } = app.share.siteBase(siteUrl);
      if (error) throw new Error(error);
      if (!base) warn("STANCEMAP_SITE_URL is not set, so the build cannot make absolute URLs: og:url, og:image, oEmbed and the actors' pages are left out.");
      write(app, outDir, base);
    },
    'post',
  );

function write(app: Prerender, outDir: string, base: string | null) {
  const { oembedResponse, shareTags } = app.share;
  const { title, description, actors } = app.shareFacts();
  const file = join(outDir, 'index.html');
  const page = readFileSync(file, 'utf8');
  writeFileSync(join(outDir, 'card.png'), png(app.renderCard()));
  const alt = (name: string) => `A map of ${name}: the actors, arrows for the stances they stated, the key and the credit`;
  const share = (path: string, name: string, card: string, oembed: string, view: string) => ({
    title: name,
    description,
    imageAlt: alt(name),
    ...(base && { url: new URL(path, base).toString(), image: new URL(card, base).toString(), oembed: new URL(oembed, base).toString() }),
    view: base && new URL(view, base).toString(),
  });
  const main = share('', title, 'card.png', 'oembed.json', '');
  writeFileSync(file, insertHead(page, shareTags(main)));
  if (!base) return;
  writeFileSync(join(outDir, 'oembed.json'), JSON.stringify(oembedResponse({ url: main.view!, title, image: main.image, site: base })));
  if (actors.length > MAX_ACTOR_PAGES) return;

  const defaultRoot = `${ROOT_OPEN}${app.render()}</div>`;
  if (!page.includes('<html lang="en">')) throw new Error('social cards: index.html no longer opens with <html lang="en">');
  if (!page.includes(defaultRoot)) throw new Error("social cards: index.html no longer holds the default view's prerender");
  mkdirSync(join(outDir, 'actor'), { recursive: true });
  for (const actor of actors) {
    const name = `${actor.name} · ${title}`;
    const info = share(`actor/${actor.id}.html`, name, `actor/${actor.id}.png`, `actor/${actor.id}.oembed.json`, `?actor=${actor.id}`);
    const { root, title: titleTag } = app.renderActor(actor.id);
    // The page lives one folder down but loads the site's files: <base> points every relative URL
    // up, and the address becomes the app's own for that actor before the app reads it, so Back,
    // sharing and the panel's links behave as on any selection
    // (early-data.js makes the change: a strict Content Security Policy allows no inline script.)
    let html = page.replace('<html lang="en">', () => `<html lang="en" data-actor-page="${actor.id}">`).replace('<head>', () => '<head>\n    <base href="../" />');
    html = html.replace(/<title>[^<]*<\/title>/, () => titleTag).replace(defaultRoot, () => `<div id="root" data-prerendered="actor">${root}</div>`);
    writeFileSync(join(outDir, 'actor', `${actor.id}.html`), insertHead(html, shareTags(info)));
    writeFileSync(join(outDir, 'actor', `${actor.id}.png`), png(app.renderCard(actor.id)));
    writeFileSync(join(outDir, 'actor', `${actor.id}.oembed.json`), JSON.stringify(oembedResponse({ url: info.view!, title: name, image: info.image, site: base })));
  }
}
