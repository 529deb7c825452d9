// Every exported annotation is anchored by an independent implementation (approx-string-match, the
// matcher annotation clients such as Hypothesis use) in the archived text, where its selectors say.
import { readFileSync } from 'node:fs';
import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { ANNOTATION_CONTEXT, toAnnotations } from './annotations';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const path = dataset.sources[0].archive!;
const text = readFileSync(`data/${path}`, 'utf8');
const links = { statement: (s: { id: string }) => `https://example.org/map/?statement=${s.id}`, archive: () => `https://example.org/map/data/${path}` };

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
type Target = { source: string; selector: Selector | Selector[] };
type Annotation = { id: string; type: string; target: Target[]; body: Array<Record<string, unknown>> };

const collection = toAnnotations(dataset, new Map([[path, text]]), links) as { '@context': unknown[]; first: { items: Annotation[] }; total: number };
const items = collection.first.items;
/** A code-point offset back to a UTF-16 index, as a JavaScript client would use it. */
const utf16 = (points: number) => [...text].slice(0, points).join('').length;

describe('Web Annotations', () => {
  it('are one JSON-LD annotation per statement, in the W3C context', () => {
    expect(collection['@context'][0]).toBe(ANNOTATION_CONTEXT);
    expect(collection.total).toBe(dataset.statements.length);
    expect(items.map((a) => a.id)).toEqual(dataset.statements.map((s) => links.statement(s)));
    for (const annotation of items) expect(annotation.type).toBe('Annotation');
  });

  it('anchor every selector at its position in the archived text', () => {
    for (const annotation of items) {
      const archived = annotation.target.find((t) => t.source === links.archive())!;
      const [quote, position] = archived.selector as Selector[];
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      const start = utf16(position.start!);
      const end = utf16(position.end!);
      expect(text.slice(start, end), annotation.id).toBe(quote.exact);
      // The quote with its context occurs once, exactly where the position selector puts it.
      const context = `${quote.prefix}${quote.exact}${quote.suffix}`;
      const matches = search(text, context, 0);
      expect(matches.map((m) => m.start), annotation.id).toEqual([start - quote.prefix!.length]);
      // The exact words alone match there too (among other places, for a sentence the report gives twice).
      expect(search(text, quote.exact!, 0).map((m) => m.start)).toContain(start);
    }
  });

  it('point at the original article with the same words, and say which targets the editors inferred', () => {
    const sanctions = items.find((a) => a.id.endsWith('=wang-sanctions-never-effective'))!;
    const original = sanctions.target.find((t) => t.source === dataset.sources[0].url)!;
    expect((original.selector as Selector).exact).toBe(dataset.statements.find((s) => s.id === 'wang-sanctions-never-effective')!.quote);
    const facts = sanctions.body.find((b) => b.type === 'stancemap:Statement')!;
    expect(facts['stancemap:targets']).toEqual([
      expect.objectContaining({ 'stancemap:id': 'united-states', 'stancemap:inferred': expect.stringMatching(/name no one/) }),
      expect.objectContaining({ 'stancemap:id': 'european-union', 'stancemap:inferred': expect.stringMatching(/name no one/) }),
    ]);
    expect(facts).toMatchObject({ 'stancemap:stance': 'opposes-sanctions', 'stancemap:mode': 'direct', 'stancemap:date': '2022-02-25' });
    expect(facts['stancemap:dateInferred']).toMatch(/gives no day/);
    const putin = items.find((a) => a.id.endsWith('=putin-ready-high-level-negotiations'))!.body.find((b) => b.type === 'stancemap:Statement')!;
    expect(putin['stancemap:targets']).toEqual([{ 'stancemap:id': 'ukraine', 'stancemap:name': 'Ukraine' }]);
  });

  it('target only the original, by quote, when a source has no archived text', () => {
    const { first } = toAnnotations(dataset, new Map(), links) as typeof collection;
    for (const annotation of first.items) {
      expect(annotation.target).toHaveLength(1);
      expect(annotation.target[0].source).toBe(dataset.sources[0].url);
    }
  });
});
