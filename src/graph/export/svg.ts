// The drawn map as a standalone SVG, rebuilt from Cytoscape's own geometry (endpoints, control
// points, computed styles). Written here rather than with the cytoscape-svg extension, which is GPL.
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { escapeXml } from '../../model/escape';
import { outline } from '../scene/outlines';
import { FONT } from '../scene/scene';

const PAD = 24;
const HALO = '#ffffff';

const num = (value: number) => String(Math.round(value * 100) / 100);
const pt = (p: Position) => `${num(p.x)} ${num(p.y)}`;
const mid = (a: Position, b: Position): Position => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const ellipse = ({ x, y }: Position, rx: number, ry: number, paint: string) =>
  `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(rx)}" ry="${num(ry)}" ${paint}/>`;

/** An opacity attribute for faded, dimmed or isolated elements; nothing when fully opaque. */
function opacity(ele: NodeSingular | EdgeSingular): string {
  const value = Number(ele.numericStyle('opacity'));
  return Number.isFinite(value) && value < 1 ? ` opacity="${num(value)}"` : '';
}

/**
 * A label with a white halo and, where filters are drawn, a box behind it as on the canvas: the halo
 * alone leaves the line showing through the gaps between words.
 */
function label(text: string, at: Position, size: number, color: string, extra = ''): string {
  if (!text) return '';
  const lines = text.split('\n');
  // Centred on `at` as a block, as Cytoscape centres a wrapped label.
  const lead = size * 1.25;
  const rows = lines.map((line, i) => `<tspan x="${num(at.x)}" dy="${num(i ? lead : -((lines.length - 1) * lead) / 2)}">${escapeXml(line)}</tspan>`);
  return (
    `<text x="${num(at.x)}" y="${num(at.y)}" font-size="${num(size)}" fill="${escapeXml(color)}" stroke="${HALO}" ` +
    `stroke-width="3" stroke-linejoin="round" paint-order="stroke" text-anchor="middle" filter="url(#label-box)"${extra}>` +
    `${lines.length === 1 ? escapeXml(text) : rows.join('')}</text>`
  );
}

// The filter region is the text's own box, so the backdrop follows a rotated label.
const DEFS =
  '<defs><filter id="label-box" x="-0.04" y="-0.12" width="1.08" height="1.24">' +
  `<feFlood flood-color="${HALO}" flood-opacity="0.9"/><feComposite in="SourceGraphic"/></filter></defs>`;

/** The selection highlight Cytoscape draws beneath an element, or null where there is none. */
function underlay(ele: NodeSingular | EdgeSingular): { pad: number; color: string; opacity: number } | null {
  const opacity = Number(ele.numericStyle('underlay-opacity')) || 0;
  if (opacity <= 0) return null;
  return { pad: Number(ele.numericStyle('underlay-padding')) || 0, color: escapeXml(String(ele.style('underlay-color'))), opacity };
}

// Cytoscape's own arrow sizing (getArrowWidth): the triangle is 0.3 of this long and 0.3 wide.
const arrowSize = (width: number, scale: number) => Math.max((width * 13.37) ** 0.9, 29) * scale;

function edgeSvg(edge: EdgeSingular): string {
  const source = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  const controls = edge.controlPoints() ?? [];
  const width = Number(edge.numericStyle('width')) || 1;
  const color = escapeXml(String(edge.data('color') ?? edge.style('line-color')));
  // The final tangent of a quadratic curve runs from its last control point to its end.
  const from = controls.at(-1) ?? source;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const dir = { x: (tip.x - from.x) / length, y: (tip.y - from.y) / length };
  const size = arrowSize(width, Number(edge.numericStyle('arrow-scale')) || 1);
  // The line stops at the arrow's base: a wide line running on to the tip would poke out of its sides.
  const base = { x: tip.x - dir.x * size * 0.3, y: tip.y - dir.y * size * 0.3 };
  const side = { x: -dir.y * size * 0.15, y: dir.x * size * 0.15 };

  // As Cytoscape draws it: one quadratic per control point, joined halfway between neighbours.
  let d = `M${pt(source)}`;
  if (!controls.length) d += ` L${pt(base)}`;
  controls.forEach((c, i) => (d += ` Q${pt(c)} ${pt(i + 1 < controls.length ? mid(c, controls[i + 1]) : base)}`));

  const dash = String(edge.style('line-style')) === 'solid' ? '' : (edge.numericStyle('line-dash-pattern') as number[]).map(num).join(' ');
  const cap = String(edge.style('line-cap'));
  const arrow = [tip, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }].map(pt).join(' ');
  // Labels sit level at the curve's midpoint, moved by their margins (graph/fit.ts places them), one line per row.
  const at = edge.midpoint();
  const shift = { x: at.x + (Number(edge.numericStyle('text-margin-x')) || 0), y: at.y + (Number(edge.numericStyle('text-margin-y')) || 0) };
  const text = label(String(edge.data('label') ?? ''), shift, Number(edge.numericStyle('font-size')) || 11, String(edge.style('color')), ' dominant-baseline="central"');

  // A hollow head marks a target the editors inferred.
  const head = String(edge.style('target-arrow-fill')) === 'hollow' ? `fill="${HALO}" stroke="${color}" stroke-width="1.5"` : `fill="${color}"`;
  const under = underlay(edge);
  const highlight = under
    ? `<path d="${d}" fill="none" stroke="${under.color}" stroke-width="${num(width + 2 * under.pad)}" stroke-linecap="round" opacity="${num(under.opacity)}"/>`
    : '';
  return (
    `<g${opacity(edge)}>${highlight}<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(width)}"` +
    `${dash ? ` stroke-dasharray="${dash}"` : ''}${cap === 'round' ? ' stroke-linecap="round"' : ''}/><polygon points="${arrow}" ${head}/>${text}</g>`
  );
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const [w, h] = [node.width(), node.height()];
  const border = Number(node.numericStyle('border-width')) || 0;
  const paint =
    `fill="${escapeXml(String(node.style('background-color')))}" ` +
    `stroke="${escapeXml(String(node.style('border-color')))}" stroke-width="${num(border)}"`;
  const drawn = outline(String(node.style('shape')), { x, y }, w, h);
  const shape =
    drawn.type === 'polygon'
      ? `<polygon points="${drawn.points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" ${paint}/>`
      : drawn.type === 'rect'
        ? `<rect x="${num(drawn.x)}" y="${num(drawn.y)}" width="${num(drawn.width)}" height="${num(drawn.height)}" rx="${num(drawn.radius)}" ${paint}/>`
        : ellipse(drawn.centre, drawn.rx, drawn.ry, paint);
  const margin = Number(node.numericStyle('text-margin-y')) || 0;
  const below = { x, y: y + h / 2 + border / 2 + margin };
  const text = label(String(node.data('label') ?? ''), below, Number(node.numericStyle('font-size')) || 13, String(node.style('color')),
    ` dominant-baseline="hanging" font-weight="${escapeXml(String(node.style('font-weight')))}"`);
  const under = underlay(node);
  // The stylesheet gives nodes a round highlight whatever their shape.
  const highlight = under ? ellipse({ x, y }, w / 2 + under.pad, h / 2 + under.pad, `fill="${under.color}" opacity="${num(under.opacity)}"`) : '';
  return `<g${opacity(node)}>${highlight}${shape}${text}</g>`;
}

/** The map as drawn now (filters, fading, arrangement), as SVG text titled with the dataset's title. */
export function graphToSvg(cy: Core, title: string): string {
  const visible = cy.elements(':visible');
  const box = visible.nonempty() ? visible.boundingBox() : { x1: 0, y1: 0, w: 0, h: 0 };
  const [x, y] = [box.x1 - PAD, box.y1 - PAD];
  const [width, height] = [Math.ceil(box.w + 2 * PAD), Math.ceil(box.h + 2 * PAD)];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}px" height="${height}px" ` +
      `viewBox="${num(x)} ${num(y)} ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    DEFS,
    `<rect x="${num(x)}" y="${num(y)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    // Edges first: Cytoscape draws them beneath the nodes.
    ...visible.edges().map((edge) => edgeSvg(edge)),
    ...visible.nodes().map((node) => nodeSvg(node)),
    '</svg>',
    '',
  ].join('\n');
}
