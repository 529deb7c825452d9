// Build-time only (scripts/vite/socialCards.ts): the 1200 × 630 picture a link preview shows, as
// standalone SVG that resvg turns into PNG without a browser. It draws the static picture itself
// (StaticMap's Picture), with the title above it and the key and the credit below, so the preview
// is the map a reader will open, and a preview copied on its own still says whose words it shows.
import { renderToStaticMarkup } from 'react-dom/server';
import { Picture } from '../graph/picture/StaticMap';
import { roughMeasure } from '../graph/scene/staticScene';
import { FONT } from '../graph/scene/scene';
import { CARD_HEIGHT, CARD_WIDTH } from '../embed/shareMeta';
import { escapeXml } from '../model/escape';
import { creditLine } from '../model/format';
import { PALETTES, TONE_STYLE } from '../model/tones';
import { TONES } from '../model/vocabulary';
import type { Index } from '../model/relations';
import { ToneSwatch } from '../panel/ToneSwatch';

const PAD = 48;
const TITLE_PX = 44;
const SUB_PX = 24;
const SMALL_PX = 20;
const MAP_TOP = 150;
const MAP_BOTTOM = CARD_HEIGHT - 96;

const { ink, paper, card, organisation, highlight, tones } = PALETTES.light;
// graph.css's rules for the picture, with the light palette's values: resvg reads class selectors
// but no custom properties.
const STYLE = `
.static-edge path { fill: none; }
${TONES.map((tone) => `.static-${tone} { stroke: ${tones[tone]}; fill: ${tones[tone]}; }`).join('\n')}
.static-mixed { stroke: ${paper}; fill: ${ink}; }
.static-mixed .static-rail { stroke: ${ink}; }
.static-edge polygon { stroke: none; }
.static-edge polygon.static-hollow { fill: ${paper}; stroke-width: 1.5; }
${TONES.map((tone) => `.static-${tone} polygon.static-hollow { stroke: ${tones[tone]}; }`).join('\n')}
.static-edge-label rect { fill: ${paper}; opacity: 0.92; }
.static-edge-label text { fill: ${ink}; }
.static-node { fill: ${card}; stroke: ${ink}; stroke-width: 2.5; }
.static-alliance, .static-organization { fill: ${organisation}; }
.static-label { font-weight: 600; fill: ${ink}; paint-order: stroke; stroke: ${paper}; stroke-width: 3px; }
.static-marked .static-node { stroke: ${highlight}; stroke-width: 6; }
`;

/**
 * Text cut into at most `max` lines that fit `width` at this size (measured roughly, as the
 * prerender does); a title longer than that ends in "…" rather than running off the card.
 */
export function wrapText(text: string, width: number, px: number, max: number, bold = true): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && roughMeasure(`${last} ${word}`, px, bold) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let end = kept[max - 1];
  while (end.includes(' ') && roughMeasure(`${end} …`, px, bold) > width) end = end.slice(0, end.lastIndexOf(' '));
  kept[max - 1] = `${end} …`;
  return kept;
}

const textRows = (lines: string[], x: number, y: number, px: number, attrs: string) =>
  lines.map((line, i) => `<text x="${x}" y="${y + i * px * 1.2}" font-size="${px}" ${attrs}>${escapeXml(line)}</text>`).join('');

export type CardFocus = { actor: string } | null;

/** The card's SVG: the map's title (or an actor's name over it), its picture, its key and its credit. */
export function cardSvg(index: Index, focus: CardFocus = null): string {
  const { dataset } = index;
  const actor = focus ? index.actors.get(focus.actor) : undefined;
  const heading = actor ? actor.name : dataset.title;
  const titleLines = wrapText(heading, CARD_WIDTH - 2 * PAD, TITLE_PX, actor ? 1 : 2);
  const sub = actor ? wrapText(`Statements on ${dataset.title}`, CARD_WIDTH - 2 * PAD, SUB_PX, 1, false) : [];
  const top = PAD + TITLE_PX * 0.8;
  const picture = renderToStaticMarkup(
    <Picture index={index} box={{ width: CARD_WIDTH - 2 * PAD, height: MAP_BOTTOM - MAP_TOP }} measure={roughMeasure} marked={actor?.id ?? null} />,
  );
  // The key: the tones this map's stances use, each drawn as the map draws it.
  const used = TONES.filter((tone) => dataset.stances.some((stance) => stance.tone === tone));
  let x = PAD;
  const key = used
    .map((tone) => {
      const swatch = renderToStaticMarkup(<ToneSwatch tone={tone} color={tones[tone]} />);
      const label = TONE_STYLE[tone].label;
      const item = `<g transform="translate(${x} ${CARD_HEIGHT - 78}) scale(2)">${swatch}</g>` +
        `<text x="${x + 66}" y="${CARD_HEIGHT - 62}" font-size="${SMALL_PX}" fill="${ink}">${escapeXml(label)}</text>`;
      x += 66 + roughMeasure(label, SMALL_PX, false) + 36;
      return item;
    })
    .join('');
  const credit = wrapText(creditLine(index), CARD_WIDTH - 2 * PAD, SMALL_PX - 2, 1, false);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeXml(FONT)}">`,
    `<style>${STYLE}</style>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${paper}"/>`,
    textRows(titleLines, PAD, top, TITLE_PX, `font-weight="700" fill="${ink}"`),
    textRows(sub, PAD, top + TITLE_PX * 1.1, SUB_PX, `fill="${ink}"`),
    `<svg x="${PAD}" y="${MAP_TOP}" width="${CARD_WIDTH - 2 * PAD}" height="${MAP_BOTTOM - MAP_TOP}">${picture}</svg>`,
    key,
    `<line x1="${PAD}" y1="${CARD_HEIGHT - 44}" x2="${CARD_WIDTH - PAD}" y2="${CARD_HEIGHT - 44}" stroke="${ink}" stroke-opacity="0.2"/>`,
    textRows(credit, PAD, CARD_HEIGHT - 18, SMALL_PX - 2, `fill="${ink}"`),
    '</svg>',
  ].join('');
}
