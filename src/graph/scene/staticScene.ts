// The static picture's drawing, in CSS pixels of a canvas of a given size: the geometry the live
// graph will have once Cytoscape has loaded (the same fit, sizes, curves and label spots, scene.ts),
// so the swap from one to the other cannot be seen. Pure.
import type { Index } from '../../model/relations';
import type { Tone } from '../../model/vocabulary';
import { dashPattern, edgeWidth, lineCap, TONE_STYLE } from '../../model/tones';
import { hasReverse, type PairTone } from '../../model/pairs';
import { allWeights, pairViews } from './pairEdges';
import { hasAllPositions } from './positions';
import { bounds, controlPoint, fitViewport, margins, placeLabels, sizesFor, toScreen, type Measure, type Point, type SceneEdge, type Sizes, type Viewport } from './scene';

export type StaticNode = { id: string; label: string; kind: string; at: Point };
export type StaticEdge = {
  id: string;
  tone: PairTone;
  /** Drawn with a hollow head: the editors inferred the target. */
  inferred: boolean;
  width: number;
  dash: number[];
  cap: 'round' | 'butt';
  /** The line from the source's rim to the arrow's base: straight, or a curve pulled towards `control`. */
  start: Point;
  control: Point | null;
  base: Point;
  /** The arrowhead's three corners, its tip first. */
  arrow: [Point, Point, Point];
  label: { lines: string[]; at: Point; width: number; height: number } | null;
};
export type StaticScene = { width: number; height: number; sizes: Sizes; viewport: Viewport; nodes: StaticNode[]; edges: StaticEdge[] };

/** A rough text width where no canvas can measure (the server prerendering the default view). */
export const roughMeasure: Measure = (text, fontPx, bold) => text.length * fontPx * (bold ? 0.6 : 0.53);

const round = (n: number) => Math.round(n * 100) / 100;
const pt = (p: Point) => `${round(p.x)},${round(p.y)}`;
// As SVG writes them (StaticMap): the scene keeps numbers, which a canvas draws without parsing text.
export const svgPath = ({ start, control, base }: StaticEdge) => (control ? `M${pt(start)} Q${pt(control)} ${pt(base)}` : `M${pt(start)} L${pt(base)}`);
export const svgPoints = ({ arrow }: StaticEdge) => arrow.map(pt).join(' ');
const towards = (from: Point, to: Point, distance: number): Point => {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
};

/** The fit for a box and every actor on screen: what both scenes start from. */
function placeActors(index: Index, width: number, height: number, measure: Measure) {
  const positions = index.dataset.positions ?? {};
  const sizes = sizesFor(width);
  const placed = index.dataset.actors.map((actor) => ({ id: actor.id, label: actor.short ?? actor.name, kind: actor.kind, at: positions[actor.id] }));
  const widest = Math.max(0, ...placed.map((n) => measure(n.label, sizes.nodeFont, true)));
  const viewport = fitViewport(bounds(placed.map((n) => n.at)), width, height, sizes, widest);
  const nodes: StaticNode[] = placed.map((n) => ({ ...n, at: toScreen(n.at, viewport) }));
  return { sizes, placed, viewport, nodes, screen: new Map(nodes.map((n) => [n.id, n.at])) };
}

/**
 * A big map's picture, as the live graph's large stylesheet draws it (paint.ts): the fit, the actors
 * on screen and each arrow's tone, without the curves, arrowheads and labels it never shows (at
 * 2,000 actors those cost more than the rest of the picture).
 */
export type LargeScene = { width: number; height: number; viewport: Viewport; nodes: StaticNode[]; edges: Array<{ id: string; from: string; to: string; tone: PairTone }> };

export function largeScene(index: Index, width: number, height: number, measure: Measure): LargeScene {
  const { viewport, nodes } = placeActors(index, width, height, measure);
  const views = pairViews(index, allWeights(index));
  const edges = [...index.pairs.values()].map((pair) => ({ id: pair.id, from: pair.from, to: pair.to, tone: views.get(pair.id)!.tone }));
  return { width, height, viewport, nodes, edges };
}

export function staticScene(index: Index, width: number, height: number, measure: Measure): StaticScene {
  const { sizes, placed, viewport, nodes, screen } = placeActors(index, width, height, measure);
  const views = pairViews(index, allWeights(index));
  const sceneEdges: SceneEdge[] = [...index.pairs.values()].map((pair) => ({
    id: pair.id, from: pair.from, to: pair.to, lines: views.get(pair.id)!.lines, weight: views.get(pair.id)!.weight, curved: hasReverse(index.pairs, pair),
  }));
  const spots = placeLabels(placed, sceneEdges, viewport, sizes, measure);
  // Cytoscape ends an edge at the node's border, which is drawn half outside the shape.
  const rim = sizes.node / 2 + 1.25;

  const edges = sceneEdges.map((edge): StaticEdge => {
    const { tone, weight, inferred } = views.get(edge.id)!;
    const lineWidth = edgeWidth(weight);
    const [a, b] = [screen.get(edge.from)!, screen.get(edge.to)!];
    const control = controlPoint(a, b, edge.curved, sizes);
    const start = towards(a, control, rim);
    const tip = towards(b, control, rim);
    // Cytoscape's triangle, sized as the stylesheet's arrow-scale makes it on screen.
    const size = (24 + 3 * lineWidth) * (inferred ? 1.15 : 1);
    const base = towards(tip, control, size * 0.3);
    const normal = towards({ x: 0, y: 0 }, { x: -(tip.y - base.y), y: tip.x - base.x }, size * 0.15);
    const spot = spots.get(edge.id);
    const line = tone === 'mixed' ? 'solid' : TONE_STYLE[tone as Tone].line;
    return {
      id: edge.id,
      tone,
      inferred,
      width: lineWidth,
      dash: dashPattern(line, lineWidth),
      cap: lineCap(line),
      start,
      control: edge.curved ? control : null,
      base,
      arrow: [tip, { x: base.x + normal.x, y: base.y + normal.y }, { x: base.x - normal.x, y: base.y - normal.y }],
      label: spot ? { lines: spot.text.split('\n'), at: { x: spot.mid.x + spot.offset.x, y: spot.mid.y + spot.offset.y }, width: spot.width, height: spot.height } : null,
    };
  });
  return { width, height, sizes, viewport, nodes, edges };
}

/** The drawing's fit in a box this wide: a box (width − across) × ratio + along pixels high shows it without empty bands. */
function widthFit(index: Index, measure: Measure, width: number): { ratio: number; across: number; along: number } | null {
  const positions = index.dataset.positions;
  if (!positions || !hasAllPositions(index)) return null;
  const sizes = sizesFor(width);
  const widest = Math.max(0, ...index.dataset.actors.map((a) => measure(a.short ?? a.name, sizes.nodeFont, true)));
  const box = bounds(index.dataset.actors.map((a) => positions[a.id]));
  const m = margins(sizes, widest);
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  if (!w) return null;
  return { ratio: round(h / w), across: round(m.left + m.right), along: round(m.top + m.bottom) };
}

// The narrow map box's least height, and its greatest as a share of the screen's height.
const STAGE_MIN = 240;
const STAGE_MAX_VH = 75;

/**
 * The map box's height on narrow screens, as CSS that follows the screen's width: the drawing's
 * height at the fit for that width, so the box shows the drawing without empty bands. Null for
 * maps without positions (their layout is not known before it runs).
 */
export function fittedStageHeight(index: Index, measure: Measure = roughMeasure): string | null {
  // Below 733 px wide every size is at its floor (scene.ts), so the phone's sizes hold for all of them.
  const fit = widthFit(index, measure, 390);
  return fit && `clamp(${STAGE_MIN}px, calc((100vw - ${fit.across}px) * ${fit.ratio} + ${fit.along}px), ${STAGE_MAX_VH}vh)`;
}

/** The height in pixels of a box this wide that shows the drawing without empty bands; null as above. */
export function fittedHeight(index: Index, width: number, measure: Measure = roughMeasure): number | null {
  const fit = widthFit(index, measure, width);
  return fit && (width - fit.across) * fit.ratio + fit.along;
}

/** fittedStageHeight's value in pixels on a narrow screen of this size; null as above. */
export function fittedStageHeightAt(index: Index, width: number, screenHeight: number, measure: Measure = roughMeasure): number | null {
  const height = fittedHeight(index, width, measure);
  return height && Math.min(Math.max(STAGE_MIN, height), (STAGE_MAX_VH / 100) * screenHeight);
}
