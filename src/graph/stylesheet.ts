// Module constants, one per theme: react-cytoscapejs re-applies a stylesheet whose identity changes,
// so none may be rebuilt during render.
import type { Core, EdgeSingular, StylesheetJson } from 'cytoscape';
import { dashPattern, edgeWidth, lineCap, PALETTES, TONE_STYLE, type Palette } from '../model/tones';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Scratch key: how much node labels are enlarged when the map is shown small (set on resize). */
export const LABEL_SCALE = 'stancemapLabelScale';
/** A size that grows with the label scale; `power` below 1 grows it less than the labels. */
const scaled = (size: number, power = 1) => (ele: { cy: () => Core }) =>
  size * ((ele.cy().scratch(LABEL_SCALE) as number | undefined) ?? 1) ** power;

// Shape carries the actor kind, so a kind is readable without colour.
const KIND_SHAPES = { state: 'ellipse', alliance: 'hexagon', organization: 'round-rectangle', group: 'diamond' };

function makeStylesheet({ ink: INK, paper: PAPER, card, organisation, highlight: HIGHLIGHT, tones }: Palette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': scaled(13),
        'font-weight': 600,
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-background-color': PAPER,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        width: scaled(34, 0.5),
        height: scaled(34, 0.5),
        'background-color': card,
        'border-width': 2.5,
        'border-color': INK,
        'underlay-padding': 9,
        'underlay-opacity': 0,
        'underlay-color': HIGHLIGHT,
        'underlay-shape': 'ellipse',
      },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: shape as 'ellipse' },
    })),
    { selector: 'node[kind = "alliance"], node[kind = "organization"]', style: { 'background-color': organisation } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        // Edge labels give way when the map is zoomed out too far to read them.
        'min-zoomed-font-size': 7,
        color: INK,
        'text-rotation': 'autorotate',
        'text-background-color': PAPER,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'curve-style': 'bezier',
        'control-point-step-size': 46,
        width: (edge: EdgeSingular) => edgeWidth(edge.data('weight') as number),
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'underlay-padding': 5,
        'underlay-opacity': 0,
        'underlay-color': HIGHLIGHT,
      },
    },
    ...Object.entries(TONE_STYLE).map(([tone, { line }]) => ({
      selector: `edge[tone = "${tone}"]`,
      style: {
        // Both broken styles are dashes of tones.ts's pattern, so every drawing of the map agrees.
        'line-style': line === 'solid' ? ('solid' as const) : ('dashed' as const),
        // A function of the weight, which Cytoscape accepts for any property though its types do not say so.
        ...(line === 'solid' ? {} : { 'line-dash-pattern': ((edge: EdgeSingular) => dashPattern(line, edgeWidth(edge.data('weight') as number))) as unknown as number[] }),
        'line-cap': lineCap(line),
        'line-color': tones[tone as keyof typeof tones],
        'target-arrow-color': tones[tone as keyof typeof tones],
      },
    })),
    // A stance's own colour, where the dataset gives one, wins over its tone's.
    { selector: 'edge[color]', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)' } },
    { selector: 'node.selected', style: { 'underlay-opacity': 0.45, 'border-width': 4 } },
    { selector: 'edge.selected', style: { 'underlay-opacity': 0.45 } },
    { selector: '.isolated', style: { opacity: 0.4 } },
    { selector: '.faded', style: { opacity: 0.16 } },
    { selector: '.dim', style: { opacity: 0.12 } },
    { selector: '.hidden', style: { display: 'none' } },
    // Cytoscape's own selection state is not used: the store's selection drives the .selected class.
    { selector: ':selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08, 'overlay-color': INK } },
  ];
}

/**
 * What big maps (see LARGE_GRAPH) draw instead, to stay fluid: straight haystack edges, which skip
 * the bezier maths, with the direction shown by a mid-line arrow (haystack edges have no end
 * arrows), and node labels only once they are large enough to read.
 */
function large(palette: Palette): StylesheetJson {
  return [
    ...makeStylesheet(palette),
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'mid-target-arrow-shape': 'triangle', label: '' } },
    ...Object.entries(palette.tones).map(([tone, color]) => ({ selector: `edge[tone = "${tone}"]`, style: { 'mid-target-arrow-color': color } })),
    { selector: 'edge[color]', style: { 'mid-target-arrow-color': 'data(color)' } },
    { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
  ];
}

export const STYLESHEETS = {
  light: { normal: makeStylesheet(PALETTES.light), large: large(PALETTES.light) },
  dark: { normal: makeStylesheet(PALETTES.dark), large: large(PALETTES.dark) },
} as const;
