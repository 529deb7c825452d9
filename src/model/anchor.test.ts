import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, findQuote, paragraphs } from './anchor';
import { buildIndex } from './relations';
import type { Dataset } from './schema';
import { markSource, paragraphOf } from './sourceMarks';
import { encodeFragmentText, originalAt, textFragment } from './sourceLinks';
import { renderSourcePage } from './sourcePage';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const text = readFileSync(`data/${dataset.sources[0].archive}`, 'utf8');
const REPEATED = 'China supports Russia and Ukraine to resolve the issue through negotiation';

describe('anchoring a quote in its archived text (TextQuoteSelector)', () => {
  it('anchors every quote of the dataset at the archive’s own words', () => {
    for (const s of dataset.statements) {
      const result = anchorQuote(text, s.quote, s.occurrence);
      expect(result.ok, s.id).toBe(true);
      if (!result.ok) continue;
      expect(text.slice(result.anchor.start, result.anchor.end)).toBe(result.anchor.selector.exact);
      expect(text.slice(0, result.anchor.start).endsWith(result.anchor.selector.prefix)).toBe(true);
      expect(text.slice(result.anchor.end).startsWith(result.anchor.selector.suffix)).toBe(true);
    }
  });

  it('tells the two occurrences of a repeated phrase apart, and needs a pin to choose', () => {
    const [first, second] = findQuote(text, REPEATED);
    expect(findQuote(text, REPEATED)).toHaveLength(2);
    expect(anchorQuote(text, REPEATED)).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 });
    const one = anchorQuote(text, REPEATED, 1);
    const two = anchorQuote(text, REPEATED, 2);
    expect(one.ok && one.anchor.start).toBe(first.start);
    expect(two.ok && two.anchor.start).toBe(second.start);
    expect(one.ok && one.anchor.selector.prefix).toMatch(/changes\.\.\. \(and\) $/);
    expect(two.ok && two.anchor.selector.prefix).toMatch(/“$/);
    expect(anchorQuote(text, REPEATED, 3)).toEqual({ ok: false, reason: 'no-such-occurrence', occurrences: 2 });
  });

  it('finds nothing for a quote that does not occur, or differs in a word', () => {
    expect(anchorQuote(text, 'China backs Russia and Ukraine')).toEqual({ ok: false, reason: 'missing', occurrences: 0 });
    expect(findQuote(text, '')).toEqual([]);
  });

  it('folds typography as the quote check does, and maps back to the original characters', () => {
    const archive = 'He said  “it’s…\nover” today.';
    const [range] = findQuote(archive, '"it\'s... over"');
    expect(archive.slice(range.start, range.end)).toBe('“it’s…\nover”');
  });

  it('splits the text into its paragraphs', () => {
    expect(paragraphs('a\n\nb c\nd\n\n\n e').map((p) => 'a\n\nb c\nd\n\n\n e'.slice(p.start, p.end).trim())).toEqual(['a', 'b c\nd', 'e']);
    expect(paragraphs(text)).toHaveLength(text.split(/\n\s*\n/).filter((p) => p.trim()).length);
  });
});

describe('marking a source for the reader', () => {
  const marked = markSource(text, dataset.statements);
  it('covers exactly each quote’s words, nested quotes included', () => {
    for (const s of dataset.statements) {
      const words = marked.paragraphs.flatMap((p) => p.segments).filter((seg) => seg.quotes.includes(s.id)).map((seg) => seg.text).join('');
      expect(words, s.id).toBe(text.slice(marked.anchors.get(s.id)!.start, marked.anchors.get(s.id)!.end));
    }
    // The offer the Kremlin considered sits inside the sentence about the Kremlin's announcement: innermost first.
    const inner = marked.paragraphs.flatMap((p) => p.segments).find((seg) => seg.quotes.includes('zelenskiy-offers-non-aligned-status-talks'))!;
    expect(inner.quotes).toEqual(['zelenskiy-offers-non-aligned-status-talks', 'kremlin-considering-zelenskiy-offer']);
  });

  it('finds the paragraph around a quote', () => {
    const p = paragraphOf(marked, 'xi-supports-resolution-through-negotiation')!;
    expect(text.slice(p.start, p.end)).toMatch(/^The “situation in eastern Ukraine/);
  });

  it('writes an archive page with an id and a mark on every quoted passage, escaped', () => {
    const { html, css } = renderSourcePage(buildIndex(dataset), dataset.sources[0].id, text, 'page.css');
    for (const s of dataset.statements) {
      expect(html).toContain(`id="q-${s.id}"`);
      expect(css).toContain(`body:has(#q-${s.id}:target) mark[data-q~="${s.id}"]`);
    }
    // Nothing inline and no data: URL, so the page holds under default-src 'self'.
    expect(html).toContain('<link rel="stylesheet" href="page.css">');
    expect(html).not.toMatch(/<style|style=|data:/);
    expect(renderSourcePage(buildIndex(dataset), dataset.sources[0].id, `${text}\n\n<script>x</script>`, 'page.css').html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('text fragment links to the original', () => {
  it('encode the characters that mean something inside #:~:text=, and round-trip', () => {
    const term = 'non-aligned, status & more “quoted” 100%';
    const encoded = encodeFragmentText(term);
    expect(encoded).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(encoded)).toBe(term);
  });

  it('use the whole of a short quote, and the first and last words of a long one', () => {
    expect(textFragment('Xi also called for negotiations')).toBe(':~:text=Xi%20also%20called%20for%20negotiations');
    const long = dataset.statements.find((s) => s.id === 'putin-us-nato-ignored-security-concerns')!;
    const [, terms] = textFragment(long.quote).split('=');
    const [start, end] = terms.split(',').map(decodeURIComponent);
    expect(start).toBe('the US and Nato');
    expect(end).toBe('Russia’s strategic bottom line');
    expect(textFragment(REPEATED, 'changes... (and) ')).toMatch(/^:~:text=changes\.\.\.%20\(and\)-,China/);
  });

  it('replace any fragment of the source URL', () => {
    const source = { ...dataset.sources[0], url: 'https://example.org/a#top' };
    expect(originalAt(source, dataset.statements[0])).toMatch(/^https:\/\/example\.org\/a#:~:text=/);
  });
});
