import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, scriptSnippet } from './snippets';

const view = 'https://news.example/maps/stancemap/?actor=china&q=a%26b';

describe('embed snippets', () => {
  it('turn a view into its embed address, keeping the view', () => {
    expect(embedUrl(view)).toBe('https://news.example/maps/stancemap/?actor=china&q=a%26b&embed=1');
  });

  it('escape the address and a hostile title inside attributes', () => {
    const title = 'Say "hi" <script>&';
    expect(iframeSnippet(view, title)).toBe(
      '<iframe src="https://news.example/maps/stancemap/?actor=china&amp;q=a%26b&amp;embed=1" title="Say &quot;hi&quot; &lt;script&gt;&amp;" style="width:100%;height:980px;max-height:150vh;border:0" loading="lazy"></iframe>',
    );
  });

  it('load embed.js from beside the page, whatever the view', () => {
    expect(scriptSnippet(view, 't')).toBe(
      '<div data-stancemap-src="https://news.example/maps/stancemap/?actor=china&amp;q=a%26b&amp;embed=1" data-stancemap-title="t"></div><script src="https://news.example/maps/stancemap/embed.js" async></script>',
    );
  });
});
