// An archived text cut into paragraphs and segments, each segment knowing which quotes of the
// dataset cover it: what the reader view and the published archive pages draw as highlights. Pure.
import { anchorQuote, paragraphs, type Anchor } from './anchor';

export type Quoted = { id: string; quote: string; occurrence?: number };
/** A run of text; `quotes` are the statements covering it, innermost (shortest) first. */
export type Segment = { start: number; text: string; quotes: string[] };
export type Paragraph = { start: number; end: number; segments: Segment[] };
export type MarkedSource = { paragraphs: Paragraph[]; anchors: Map<string, Anchor> };

export function markSource(text: string, statements: readonly Quoted[]): MarkedSource {
  const anchors = new Map<string, Anchor>();
  for (const statement of statements) {
    const result = anchorQuote(text, statement.quote, statement.occurrence);
    if (result.ok) anchors.set(statement.id, result.anchor);
  }
  const cuts = new Set<number>();
  for (const anchor of anchors.values()) cuts.add(anchor.start).add(anchor.end);
  const byLength = [...anchors].sort((a, b) => a[1].end - a[1].start - (b[1].end - b[1].start));
  const marked = paragraphs(text).map((paragraph): Paragraph => {
    const points = [paragraph.start, ...[...cuts].filter((at) => at > paragraph.start && at < paragraph.end).sort((a, b) => a - b), paragraph.end];
    const segments = points.slice(0, -1).map((start, i): Segment => ({
      start,
      text: text.slice(start, points[i + 1]),
      quotes: byLength.filter(([, a]) => a.start <= start && a.end >= points[i + 1]).map(([id]) => id),
    }));
    return { ...paragraph, segments };
  });
  return { paragraphs: marked, anchors };
}

/** The paragraph holding a quote's start, so the reader sees the quote with its paragraph around it. */
export const paragraphOf = (marked: MarkedSource, id: string): Paragraph | undefined => {
  const anchor = marked.anchors.get(id);
  return anchor && marked.paragraphs.find((p) => p.start <= anchor.start && anchor.start < p.end);
};
