import { describe, expect, it } from 'vitest';
import { oembedResponse, shareTags, siteBase } from './shareMeta';
import { iframeSnippet } from './snippets';

const page = { title: 'Say "hi" <b>', description: 'Who said what & where', imageAlt: 'A map' };

describe('share tags', () => {
  it('give a large card with absolute URLs and the oEmbed link when the address is known', () => {
    const tags = shareTags({ ...page, url: 'https://news.example/map/', image: 'https://news.example/map/card.png', oembed: 'https://news.example/map/oembed.json' });
    expect(tags).toContain('<meta property="og:title" content="Say &quot;hi&quot; &lt;b&gt;" />');
    expect(tags).toContain('<meta property="og:description" content="Who said what &amp; where" />');
    expect(tags).toContain('<meta property="og:url" content="https://news.example/map/" />');
    expect(tags).toContain('<meta property="og:image" content="https://news.example/map/card.png" />');
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain('<link rel="alternate" type="application/json+oembed" href="https://news.example/map/oembed.json" title="Say &quot;hi&quot; &lt;b&gt;" />');
  });

  it('leave out what needs an absolute URL when there is none', () => {
    const tags = shareTags(page);
    expect(tags).toContain('og:title');
    expect(tags).not.toMatch(/og:url|og:image|json\+oembed|canonical/);
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
  });
});

describe('oEmbed response', () => {
  it('is a rich type holding the share dialog\'s iframe, with its size', () => {
    const url = 'https://news.example/map/?actor=china';
    const response = oembedResponse({ url, title: 'China', image: 'https://news.example/map/actor/china.png', site: 'https://news.example/map/' });
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Stancemap',
      provider_url: 'https://news.example/map/',
      title: 'China',
      html: iframeSnippet(url, 'China'),
      width: 640,
      height: Number(/height:(\d+)px/.exec(iframeSnippet(url, 'China'))![1]),
      thumbnail_url: 'https://news.example/map/actor/china.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(response.html).toContain('src="https://news.example/map/?actor=china&amp;embed=1"');
  });
});

describe('site URL', () => {
  it('is the folder every address is made from', () => {
    expect(siteBase('https://news.example/maps/stancemap')).toEqual({ base: 'https://news.example/maps/stancemap/' });
    expect(siteBase('https://news.example/')).toEqual({ base: 'https://news.example/' });
    expect(siteBase(undefined)).toEqual({ base: null });
  });

  it('names what is wrong with a bad one', () => {
    expect(siteBase('news.example').error).toMatch(/not a URL: "news.example"/);
    expect(siteBase('ftp://news.example/').error).toMatch(/https:\/\/ or http:\/\/, not "ftp:"/);
    expect(siteBase('https://news.example/?a=1').error).toMatch(/without \?query or #fragment/);
  });
});
