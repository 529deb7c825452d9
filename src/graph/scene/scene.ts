// Pure geometry of the default view, shared by the static picture (StaticMap) and the live graph,
// so the swap from one to the other cannot be seen: the same fit, the same sizes in CSS pixels, the
// same wrapped labels at the same places, and the same labels left out where they would collide.
// Nothing here touches the DOM or Cytoscape; text is measured by a function the caller passes.

/** The labels' font, on the canvas and in the static picture alike. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export type Point = { x: number; y: number };
export type Box = { x1: number; y1: number; x2: number; y2: number };
/** Width in CSS pixels of a line of text at a font size; bold for node labels. */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

/** Sizes in CSS pixels at the default view; they grow with the canvas, within readable bounds. */
export type Sizes = { node: number; nodeFont: number; edgeFont: number; labelWidth: number; curve: number; lineHeight: number };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Every label at least 11 px on screen, at any width. */
export const MIN_FONT = 11;

export function sizesFor(width: number): Sizes {
  return {
    node: Math.round(clamp(width * 0.03, 22, 34)),
    nodeFont: Math.round(clamp(width * 0.0125, 12, 15)),
    edgeFont: Math.round(clamp(width * 0.0105, MIN_FONT, 13)),
    labelWidth: Math.round(clamp(width * 0.16, 120, 190)),
    curve: Math.round(clamp(width * 0.03, 18, 32)),
    lineHeight: 1.25,
  };
}

export function bounds(points: Iterable<Point>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y } of points) {
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  }
  return Number.isFinite(box.x1) ? box : { x1: 0, y1: 0, x2: 0, y2: 0 };
}

export type Viewport = { zoom: number; pan: Point };

/** The band along the top of the map kept for its controls (zoom buttons, hints), in CSS pixels. */
export const CONTROLS_BAND = 44;

/** Room around the node centres for the nodes themselves, the labels under them and the controls, in CSS pixels. */
export function margins(sizes: Sizes, widestNodeLabel: number) {
  // A name wider than an arrow label's column runs into its neighbours wherever the map puts it: room
  // for all of it at the sides would shrink the map to a point (a 60-character name at 390 px did).
  const side = Math.max(sizes.node / 2, Math.min(widestNodeLabel, sizes.labelWidth) / 2) + 10;
  return { left: side, right: side, top: CONTROLS_BAND + sizes.node / 2, bottom: sizes.node / 2 + 6 + sizes.nodeFont * sizes.lineHeight + 10 };
}

/** The viewport that fits the node centres into a width × height canvas with the margins, centred. */
export function fitViewport(box: Box, width: number, height: number, sizes: Sizes, widestNodeLabel: number): Viewport {
  const m = margins(sizes, widestNodeLabel);
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  const [roomW, roomH] = [Math.max(1, width - m.left - m.right), Math.max(1, height - m.top - m.bottom)];
  const zoom = clamp(Math.min(w ? roomW / w : Infinity, h ? roomH / h : Infinity, 4), 0.05, 4);
  return {
    zoom,
    pan: { x: m.left + (roomW - w * zoom) / 2 - box.x1 * zoom, y: m.top + (roomH - h * zoom) / 2 - box.y1 * zoom },
  };
}

export const toScreen = (p: Point, v: Viewport): Point => ({ x: p.x * v.zoom + v.pan.x, y: p.y * v.zoom + v.pan.y });

/** Lines broken at spaces to fit `maxWidth`; a word longer than that stays whole on its own line. */
export function wrap(lines: readonly string[], maxWidth: number, fontPx: number, measure: Measure): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure(next, fontPx, false) > maxWidth) {
        out.push(current);
        current = word;
      } else current = next;
    }
    if (current) out.push(current);
  }
  return out;
}

/** A pair's stances as a short stacked list: at most three, the rest counted. */
export function stanceLines(labels: readonly string[]): string[] {
  return labels.length <= 3 ? [...labels] : [...labels.slice(0, 2), `+${labels.length - 2} more`];
}

export type SceneNode = { id: string; label: string; at: Point };
export type SceneEdge = { id: string; from: string; to: string; lines: string[]; weight: number; curved: boolean };
/** Where a drawn edge label sits, as an offset from the curve's midpoint in CSS pixels, and its size; null: left out. */
export type LabelSpot = { text: string; mid: Point; offset: Point; width: number; height: number } | null;

/** The curve's control point as Cytoscape's unbundled bezier places it: on the left normal of source → target, `curve` px out. */
export function controlPoint(a: Point, b: Point, curved: boolean, sizes: Sizes): Point {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (!curved) return mid;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: mid.x - ((b.y - a.y) / length) * sizes.curve, y: mid.y + ((b.x - a.x) / length) * sizes.curve };
}

/** The point halfway along an arrow, on screen: a quadratic curve at t = 0.5. */
export function edgeMidpoint(a: Point, b: Point, curved: boolean, sizes: Sizes): Point {
  const c = controlPoint(a, b, curved, sizes);
  return { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
}

const PAD = 4;
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const boxAround = (c: Point, w: number, h: number): Box => ({ x1: c.x - w / 2 - PAD, y1: c.y - h / 2 - PAD, x2: c.x + w / 2 + PAD, y2: c.y + h / 2 + PAD });

/**
 * Boxes filed by the square cells of a grid that they touch, so a test looks only at the boxes near it:
 * the same answers as testing every box, but not quadratic (50 ms at 500 actors before, on every draw).
 */
const SPAN = 2 ** 20;

export class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  /** Boxes too big (or too odd: not finite, or absurdly far off) to file, tested every time. */
  private readonly wide: Box[] = [];
  constructor(private readonly cell = 64) {}

  // Cells are numbered, not named ("x,y" strings cost an allocation each, on a path run for every
  // label candidate of every arrow): columns and rows within ±2^20 of the origin. `visit` is called
  // for each cell's number until it returns true; false for a box too big or odd to file.
  private eachCell(box: Box, visit: (key: number) => boolean | void): boolean {
    const { cell } = this;
    const [x1, y1, x2, y2] = [Math.floor(box.x1 / cell), Math.floor(box.y1 / cell), Math.floor(box.x2 / cell), Math.floor(box.y2 / cell)];
    // NaN and the infinities fail these comparisons too.
    if (!(x1 >= -SPAN && y1 >= -SPAN && x2 < SPAN && y2 < SPAN) || (x2 - x1 + 1) * (y2 - y1 + 1) > 64) return false;
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) if (visit((x + SPAN) * 2 * SPAN + (y + SPAN))) return true;
    return true;
  }

  add(box: Box): void {
    const filed = this.eachCell(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
    if (!filed) this.wide.push(box);
  }

  /** Whether any filed box overlaps `box`. */
  hits(box: Box): boolean {
    if (this.wide.some((other) => overlaps(box, other))) return true;
    let hit = false;
    const filed = this.eachCell(box, (key) => (hit = !!this.cells.get(key)?.some((other) => overlaps(box, other))));
    return filed ? hit : [...this.cells.values()].some((list) => list.some((other) => overlaps(box, other)));
  }
}

/** The screen boxes of each node and of its label under it: what edge labels must keep clear of. */
export function nodeBoxes(nodes: readonly SceneNode[], v: Viewport, sizes: Sizes, measure: Measure): Box[] {
  return nodes.flatMap((node) => {
    const at = toScreen(node.at, v);
    const top = at.y + sizes.node / 2 + 6;
    const labelH = sizes.nodeFont * sizes.lineHeight;
    return [boxAround(at, sizes.node, sizes.node), boxAround({ x: at.x, y: top + labelH / 2 }, measure(node.label, sizes.nodeFont, true), labelH)];
  });
}

/**
 * Greedy label placement: heavier arrows first, each label at its midpoint or slid along its arrow,
 * and left out when no spot is clear of the nodes, their labels and the labels already placed.
 */
export function placeLabels(nodes: readonly SceneNode[], edges: readonly SceneEdge[], v: Viewport, sizes: Sizes, measure: Measure): Map<string, LabelSpot> {
  const at = new Map(nodes.map((n) => [n.id, toScreen(n.at, v)]));
  const taken = new BoxGrid();
  for (const box of nodeBoxes(nodes, v, sizes, measure)) taken.add(box);
  const spots = new Map<string, LabelSpot>();
  // Arrows share their few stances: each distinct label is wrapped and measured once.
  const sized = new Map<string, { lines: string[]; width: number; height: number }>();
  const size = (labels: string[]) => {
    const key = labels.join('\n');
    let label = sized.get(key);
    if (!label) {
      const lines = wrap(labels, sizes.labelWidth, sizes.edgeFont, measure);
      label = { lines, width: Math.max(...lines.map((line) => measure(line, sizes.edgeFont, false))), height: lines.length * sizes.edgeFont * sizes.lineHeight };
      sized.set(key, label);
    }
    return label;
  };
  const order = [...edges].sort((a, b) => b.weight - a.weight);
  for (const edge of order) {
    const [a, b] = [at.get(edge.from), at.get(edge.to)];
    if (!a || !b || !edge.lines.length) {
      spots.set(edge.id, null);
      continue;
    }
    const { lines, width: w, height: h } = size(edge.lines);
    const mid = edgeMidpoint(a, b, edge.curved, sizes);
    const along = { x: (b.x - a.x) / 2, y: (b.y - a.y) / 2 };
    let spot: LabelSpot = null;
    for (const t of [0, -0.3, 0.3, -0.55, 0.55]) {
      const offset = { x: along.x * t, y: along.y * t };
      const box = boxAround({ x: mid.x + offset.x, y: mid.y + offset.y }, w, h);
      if (!taken.hits(box)) {
        taken.add(box);
        spot = { text: lines.join('\n'), mid, offset, width: w, height: h };
        break;
      }
    }
    spots.set(edge.id, spot);
  }
  return spots;
}
