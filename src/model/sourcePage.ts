// The archived text of a source as a small, readable HTML page that works without JavaScript:
// every quoted passage is marked, and has an id (q-<statement id>) that the prerendered statements
// link to; the linked passage is highlighted by CSS alone (:target inside :has). Written at build time.
import { escapeXml } from './escape';
import { formatDay, speakerOf } from './format';
import { dayOf } from './provenance';
import type { Index } from './relations';
import { markSource, type Segment } from './sourceMarks';
import { passageId } from './sourceLinks';

const STYLE = `body{max-width:40rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,'Times New Roman',serif;color:#1d1f23;background:#fff}
header{font:0.9rem/1.45 system-ui,sans-serif;border-bottom:1px solid #d0d3d8;margin-bottom:1.5rem;padding-bottom:1rem}
h1{font-size:1.3rem;margin:0 0 0.4rem}
mark{background:#e8f1f8;color:inherit;border-bottom:1px dotted #0072b2}
.anchor{scroll-margin-top:30vh}
.note{color:#4a4f57}`;

const highlight = (id: string) =>
  `body:has(#${passageId(id)}:target) mark[data-q~="${id}"]{background:#f0e442;border-bottom:2px solid #1d1f23}`;

/**
 * The page and its stylesheet, to be written side by side (`x.html`, `x.css`): a page with no inline
 * style and no data: URL holds under `Content-Security-Policy: default-src 'self'`, as the app does.
 * `stylesheet` is the stylesheet's file name, which the page links to.
 */
export function renderSourcePage(index: Index, sourceId: string, text: string, stylesheet: string): { html: string; css: string } {
  const source = index.sources.get(sourceId)!;
  const statements = index.dataset.statements.filter((s) => s.source === sourceId);
  const marked = markSource(text, statements);
  const opening = new Map<number, string[]>();
  for (const [id, anchor] of marked.anchors) opening.set(anchor.start, [...(opening.get(anchor.start) ?? []), id]);
  const titles = new Map(statements.map((s) => [s.id, `${speakerOf(index, s).name}${dayOf(s) ? `, ${formatDay(dayOf(s)!)}` : ''}`]));

  const segment = (seg: Segment) => {
    const anchors = (opening.get(seg.start) ?? []).map((id) => `<span class="anchor" id="${escapeXml(passageId(id))}"></span>`).join('');
    const body = escapeXml(seg.text).replace(/\n/g, '<br>');
    if (!seg.quotes.length) return anchors + body;
    const title = seg.quotes.map((id) => titles.get(id)).join('; ');
    return `${anchors}<mark data-q="${escapeXml(seg.quotes.join(' '))}" title="${escapeXml(title)}">${body}</mark>`;
  };
  const heading = `${source.publisher}${source.title ? `: ${source.title}` : ''}`;
  const css = `${STYLE}\n${[...marked.anchors.keys()].map(highlight).join('\n')}\n`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="../../favicon.svg">
<title>${escapeXml(`Archived text: ${heading}`)}</title>
<link rel="stylesheet" href="${escapeXml(stylesheet)}">
</head>
<body>
<header>
<h1>Archived text: ${escapeXml(heading)}</h1>
<p>Published ${escapeXml(formatDay(source.published))}. Original: <a href="${escapeXml(source.url)}" rel="noopener noreferrer">${escapeXml(source.url)}</a></p>
${source.metadataFrom ? `<p class="note">Where these details come from: ${escapeXml(source.metadataFrom)}</p>\n` : ''}<p class="note">The body text as archived for checking quotes word for word. Marked passages are quoted in the map; the one you followed a link to is highlighted.</p>
</header>
<main>
${marked.paragraphs.map((p) => `<p>${p.segments.map(segment).join('')}</p>`).join('\n')}
</main>
</body>
</html>
`;
  return { html, css };
}
