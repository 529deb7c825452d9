// Module constants, one per theme: react-cytoscapejs re-applies a stylesheet whose identity changes,
// so none may be rebuilt during render. Sizes are CSS pixels at the default view (graph/scene.ts),
// turned into graph units by the fit's zoom, so the map reads the same on a phone and a wall screen.
import type { Core, EdgeSingular, StylesheetJson } from 'cytoscape';
import { dashPattern, edgeWidth, lineCap, PALETTES, TONE_STYLE, type Palette } from '../../model/tones';
import { KIND_SHAPES } from '../scene/outlines';
import { FONT, sizesFor, type Sizes } from '../scene/scene';

/** Scratch key: the fit's zoom and the sizes in CSS pixels it was made for (set by graph/fit.ts). */
export const SCENE = 'stancemapScene';
export type SceneScratch = { zoom: number; sizes: Sizes };

type Ele = { cy: () => Core; data: (key: string) => unknown };
const scene = (ele: Ele): SceneScratch => (ele.cy().scratch(SCENE) as SceneScratch | undefined) ?? { zoom: 1, sizes: sizesFor(900) };
/** A size given in CSS pixels at the default view, in graph units. */
// Typed as `never` because Cytoscape's types want a string mapper for some numeric properties.
const px = (value: number | ((sizes: Sizes, ele: Ele) => number)): never =>
  ((ele: Ele) => {
    const { zoom, sizes } = scene(ele);
    return (typeof value === 'number' ? value : value(sizes, ele)) / zoom;
  }) as never;
const weightOf = (ele: Ele) => Number(ele.data('weight')) || 1;
/** Cytoscape sizes arrows from the line width (getArrowWidth); this scale makes them a set size on screen. */
const arrowScale = (ele: Ele) => {
  const { zoom } = scene(ele);
  const width = edgeWidth(weightOf(ele)) / zoom;
  return (24 + 3 * edgeWidth(weightOf(ele))) / zoom / Math.max((width * 13.37) ** 0.9, 29);
};
// Cytoscape accepts a function for any property, though its types do not always say so.
const fn = <T>(f: (ele: EdgeSingular) => unknown) => f as unknown as T;

// Shape carries the actor kind, so a kind is readable without colour.

function toneRules(tones: Palette['tones'], selector: string): StylesheetJson {
  return Object.entries(TONE_STYLE).map(([tone, { line }]) => ({
    selector: `${selector}[tone = "${tone}"]`,
    style: {
      // Both broken styles are dashes of tones.ts's pattern, so every drawing of the map agrees.
      'line-style': line === 'solid' ? ('solid' as const) : ('dashed' as const),
      ...(line === 'solid' ? {} : { 'line-dash-pattern': fn<number[]>((e) => dashPattern(line, edgeWidth(weightOf(e))).map((d) => d / scene(e).zoom)) }),
      'line-cap': lineCap(line),
      'line-color': tones[tone as keyof typeof tones],
      'target-arrow-color': tones[tone as keyof typeof tones],
    },
  }));
}

function makeStylesheet({ ink: INK, paper: PAPER, card, organisation, tones }: Palette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': px((s) => s.nodeFont),
        'font-weight': 600,
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': px(6),
        'text-background-color': PAPER,
        'text-background-opacity': 0.85,
        'text-background-padding': px(2),
        'text-background-shape': 'roundrectangle',
        width: px((s) => s.node),
        height: px((s) => s.node),
        'background-color': card,
        'border-width': px(2.5),
        'border-color': INK,
      },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: `node[kind = "${kind}"]`, style: { shape: shape as 'ellipse' } })),
    { selector: 'node[kind = "alliance"], node[kind = "organization"]', style: { 'background-color': organisation } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': px((s) => s.edgeFont),
        'line-height': 1.25,
        // Labels arrive wrapped (scene.ts), so the only breaks are theirs.
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
        // Edge labels give way when the map is zoomed out too far to read them.
        'min-zoomed-font-size': 9,
        color: INK,
        'text-background-color': PAPER,
        'text-background-opacity': 0.92,
        'text-background-padding': px(2),
        'curve-style': 'straight',
        width: fn<number>((e) => edgeWidth(weightOf(e)) / scene(e).zoom),
        'target-arrow-shape': 'triangle',
        'arrow-scale': fn<number>(arrowScale),
      },
    },
    {
      selector: 'edge.pair[?curved]',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': fn<number[]>((e) => [scene(e).sizes.curve / scene(e).zoom]), 'control-point-weights': [0.5] },
    },
    // Where the fit put a pair's label, or where settleLabels.ts moved a stance's along its curve.
    { selector: 'edge', style: { 'text-margin-x': fn<number>((e) => Number(e.data('ldx')) || 0), 'text-margin-y': fn<number>((e) => Number(e.data('ldy')) || 0) } },
    // An arrow whose label shows is drawn over the others, so that no unlabelled arrow crosses its
    // words (Cytoscape draws a label with its arrow; the static picture paints labels over all arrows).
    { selector: 'edge.pair[?label]', style: { 'z-index': 1 } },
    // A stance's arrows fan out between their two actors when the pair is opened.
    { selector: 'edge.stance', style: { display: 'none', 'curve-style': 'bezier', 'control-point-step-size': px((s) => s.curve * 1.6), 'text-max-width': px((s) => s.labelWidth) } },
    { selector: 'edge.stance.open', style: { display: 'element' } },
    { selector: 'edge.pair.open', style: { display: 'none' } },
    ...toneRules(tones, 'edge'),
    // Stances of several tones: a hollow double rail in ink, as the legend shows it.
    {
      selector: 'edge[tone = "mixed"]',
      style: { 'line-style': 'solid', 'line-color': PAPER, 'line-outline-width': px(1.6), 'line-outline-color': INK, 'target-arrow-color': INK },
    },
    // A stance's own colour, where the dataset gives one, wins over its tone's.
    { selector: 'edge[color]', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)' } },
    // The editors' inference, not the source's words: a hollow arrowhead (and "(inferred)" in the label).
    { selector: 'edge[?inferred]', style: { 'target-arrow-fill': 'hollow', 'arrow-scale': fn<number>((e) => arrowScale(e) * 1.15) } },
    // Selection is weight, never a wash of another colour over the tones.
    { selector: 'node.selected', style: { 'border-width': px(5), 'outline-width': px(2), 'outline-color': INK, 'outline-offset': px(3) } },
    { selector: 'edge.selected', style: { 'line-outline-width': px(1.5), 'line-outline-color': INK, 'font-weight': 700 } },
    { selector: '.isolated', style: { opacity: 0.4 } },
    { selector: '.faded', style: { opacity: 0.16 } },
    { selector: '.dim', style: { opacity: 0.12 } },
    { selector: '.hidden', style: { display: 'none' } },
    // A label left out where it would overlap (settleLabels.ts): still measured, never drawn.
    { selector: '.unlabelled', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    // Cytoscape's own selection state is not used: the store's selection drives the .selected class.
    { selector: ':selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08, 'overlay-color': INK } },
  ];
}

/**
 * What big maps (see LARGE_GRAPH) draw instead, to stay fluid: constant sizes (no function per
 * element), straight haystack edges, which skip the bezier maths, with the direction shown by a
 * mid-line arrow (haystack edges have no end arrows), and node labels only once they can be read.
 */
function large({ ink: INK, paper: PAPER, card, organisation, tones }: Palette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-family': FONT, 'font-size': 13, 'font-weight': 600, color: INK, 'text-valign': 'bottom', 'text-margin-y': 6,
        'min-zoomed-font-size': 8, 'text-background-color': PAPER, 'text-background-opacity': 0.85, width: 24, height: 24,
        'background-color': card, 'border-width': 2, 'border-color': INK,
      },
    },
    { selector: 'node[kind = "alliance"], node[kind = "organization"]', style: { 'background-color': organisation } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.5, 'mid-target-arrow-shape': 'triangle', 'line-color': INK, 'mid-target-arrow-color': INK } },
    ...Object.entries(tones).map(([tone, color]) => ({ selector: `edge[tone = "${tone}"]`, style: { 'line-color': color, 'mid-target-arrow-color': color } })),
    { selector: 'edge[color]', style: { 'line-color': 'data(color)', 'mid-target-arrow-color': 'data(color)' } },
    { selector: 'node.selected', style: { 'border-width': 5 } },
    { selector: '.isolated', style: { opacity: 0.4 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: ':selected', style: { 'overlay-opacity': 0 } },
  ];
}

export const STYLESHEETS = {
  light: { normal: makeStylesheet(PALETTES.light), large: large(PALETTES.light) },
  dark: { normal: makeStylesheet(PALETTES.dark), large: large(PALETTES.dark) },
} as const;
