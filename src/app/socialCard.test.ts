import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/relations';
import { creditLine } from '../model/format';
import { cardSvg, wrapText } from './socialCard';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8'));
const index = buildIndex(dataset);

describe('social card', () => {
  it('carries the title, the key of the tones used, the credit and every actor of the picture', () => {
    const svg = cardSvg(index);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain(`>${wrapText(dataset.title, 1104, 44, 2)[0]}<`);
    for (const tone of new Set(dataset.stances.map((s: { tone: string }) => s.tone))) expect(svg).toContain(`class="static-edge static-${tone}"`);
    expect(svg).toContain('>Confrontational<');
    expect(svg).toContain(creditLine(index).replace(/&/g, '&amp;').split(' · ')[0]);
    for (const actor of index.dataset.actors) expect(svg).toContain(`data-actor="${actor.id}"`);
  });

  it("marks an actor's own card with its name and its node", () => {
    const actor = index.dataset.actors[0];
    const svg = cardSvg(index, { actor: actor.id });
    expect(svg).toContain(`>${actor.name}<`);
    expect(svg).toContain(`class="static-actor static-marked" data-actor="${actor.id}"`);
    expect(cardSvg(index)).not.toContain('static-actor static-marked');
  });

  it('escapes hostile dataset text', () => {
    const svg = cardSvg(buildIndex({ ...dataset, title: 'A <script>&' }));
    expect(svg).toContain('A &lt;script&gt;&amp;');
    expect(svg).not.toContain('<script>');
  });

  it('renders to a 1200 × 630 PNG without a browser, the map drawn in its tones', () => {
    const png = new Resvg(cardSvg(index), { font: { loadSystemFonts: true } }).render();
    expect([png.width, png.height]).toEqual([1200, 630]);
    const pixels = png.pixels;
    let confrontational = 0;
    // Okabe-Ito vermilion #D55E00, the confrontational tone's colour.
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 0xd5 && pixels[i + 1] === 0x5e && pixels[i + 2] === 0) confrontational++;
    expect(confrontational).toBeGreaterThan(100);
  });

  it('wraps a long title into lines that fit, ending in an ellipsis past the last', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith(' …')).toBe(true);
    expect(wrapText('short', 100, 20, 2)).toEqual(['short']);
  });
});
