// The static picture painted on a 2D canvas: the scene staticScene.ts computes for the canvas's box,
// in the live graph's colours. Shared by StaticCanvas (in the app) and earlyPicture.ts (before it).
import type { Index } from '../../model/relations';
import { canvasMeasure } from '../scene/measure';
import { FONT } from '../scene/scene';
import { kindOutline } from '../scene/outlines';
import { isLargeIndex } from '../scene/limits';
import { PALETTES, type Palette } from '../../model/tones';
import { largeScene, staticScene, roughMeasure, type LargeScene, type StaticNode, type StaticScene } from '../scene/staticScene';

/** The live graph's own colours (stylesheet.ts), so the swap to it changes nothing. */
type Colours = Omit<Palette, 'tones' | 'highlight'> & Palette['tones'];
const coloursOf = ({ tones, ...rest }: Palette): Colours => ({ ...rest, ...tones });

/** The node's outline, as every drawing of the map traces it (scene/outlines.ts). */
function trace(context: CanvasRenderingContext2D, { kind, at }: StaticNode, size: number) {
  const drawn = kindOutline(kind, at, size);
  context.beginPath();
  if (drawn.type === 'ellipse') context.ellipse(drawn.centre.x, drawn.centre.y, drawn.rx, drawn.ry, 0, 0, Math.PI * 2);
  else if (drawn.type === 'polygon') drawn.points.forEach(({ x, y }, i) => (i ? context.lineTo(x, y) : context.moveTo(x, y)));
  else context.roundRect(drawn.x, drawn.y, drawn.width, drawn.height, drawn.radius);
  context.closePath();
}

function paint(context: CanvasRenderingContext2D, scene: StaticScene, colours: Colours) {
  const { sizes } = scene;
  const toneColour = (tone: string) => (tone === 'mixed' ? colours.ink : colours[tone as 'neutral']);
  for (const { start, control, base, arrow: [tip, left, right], ...edge } of scene.edges) {
    // Traced from the scene's numbers: a Path2D from SVG text cost more to parse than to draw.
    context.beginPath();
    context.moveTo(start.x, start.y);
    if (control) context.quadraticCurveTo(control.x, control.y, base.x, base.y);
    else context.lineTo(base.x, base.y);
    context.lineCap = edge.cap;
    if (edge.tone === 'mixed') {
      context.setLineDash([]);
      context.strokeStyle = colours.ink;
      context.lineWidth = edge.width + 3.2;
      context.stroke();
    }
    context.setLineDash(edge.dash);
    context.strokeStyle = edge.tone === 'mixed' ? colours.paper : toneColour(edge.tone);
    context.lineWidth = edge.width;
    context.stroke();
    context.setLineDash([]);
    context.beginPath();
    context.moveTo(tip.x, tip.y);
    context.lineTo(left.x, left.y);
    context.lineTo(right.x, right.y);
    context.closePath();
    context.fillStyle = edge.inferred ? colours.paper : toneColour(edge.tone);
    context.fill();
    if (edge.inferred) {
      context.strokeStyle = toneColour(edge.tone);
      context.lineWidth = 1.5;
      context.stroke();
    }
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.font = `${sizes.edgeFont}px ${FONT}`;
  const lineHeight = sizes.edgeFont * sizes.lineHeight;
  for (const { label } of scene.edges) {
    if (!label) continue;
    const { at, width, height } = label;
    context.globalAlpha = 0.92;
    context.fillStyle = colours.paper;
    context.fillRect(at.x - width / 2 - 2, at.y - height / 2 - 2, width + 4, height + 4);
    context.globalAlpha = 1;
    context.fillStyle = colours.ink;
    label.lines.forEach((line, i) => context.fillText(line, at.x, at.y - height / 2 + (i + 0.5) * lineHeight));
  }
  context.textBaseline = 'top';
  context.font = `600 ${sizes.nodeFont}px ${FONT}`;
  context.lineJoin = 'round';
  for (const node of scene.nodes) {
    trace(context, node, sizes.node);
    context.fillStyle = node.kind === 'alliance' || node.kind === 'organization' ? colours.organisation : colours.card;
    context.fill();
    context.strokeStyle = colours.ink;
    context.lineWidth = 2.5;
    context.stroke();
    const y = node.at.y + sizes.node / 2 + 6;
    context.strokeStyle = colours.paper;
    context.lineWidth = 3;
    context.strokeText(node.label, node.at.x, y);
    context.fillStyle = colours.ink;
    context.fillText(node.label, node.at.x, y);
  }
}

/**
 * Big maps as the live graph's large stylesheet draws them (stylesheet.ts): constant sizes in the
 * graph's own units, straight lines, node labels only once they can be read.
 */
function paintLarge(context: CanvasRenderingContext2D, scene: LargeScene, colours: Colours) {
  const { zoom } = scene.viewport;
  const at = new Map(scene.nodes.map((node) => [node.id, node.at]));
  context.lineWidth = 1.5 * zoom;
  for (const edge of scene.edges) {
    const [a, b] = [at.get(edge.from)!, at.get(edge.to)!];
    context.strokeStyle = edge.tone === 'mixed' ? colours.ink : colours[edge.tone];
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
  }
  const [size, font] = [24 * zoom, 13 * zoom];
  context.lineWidth = 2 * zoom;
  context.strokeStyle = colours.ink;
  for (const node of scene.nodes) {
    context.beginPath();
    context.arc(node.at.x, node.at.y, size / 2, 0, Math.PI * 2);
    context.fillStyle = node.kind === 'alliance' || node.kind === 'organization' ? colours.organisation : colours.card;
    context.fill();
    context.stroke();
  }
  // Cytoscape's min-zoomed-font-size for these labels.
  if (font < 8) return;
  context.font = `600 ${font}px ${FONT}`;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.fillStyle = colours.ink;
  for (const node of scene.nodes) context.fillText(node.label, node.at.x, node.at.y + size / 2 + 6 * zoom);
}

/** The early picture (app/earlyPicture.ts), kept for the app's picture to take over: once. */
let handedOver: { drawn: unknown[]; canvas: HTMLCanvasElement } | null = null;

/**
 * Sizes the canvas to its box (at the screen's pixel ratio) and paints the map into it; false when
 * the box is empty. `handOver`: keep this picture for the next one to copy if it shows the same.
 */
export function drawPicture(canvas: HTMLCanvasElement, index: Index, theme: keyof typeof PALETTES, { handOver = false } = {}): boolean {
  const context = canvas.getContext('2d');
  const { width, height } = canvas.getBoundingClientRect();
  if (!context || !width || !height) return false;
  const ratio = window.devicePixelRatio || 1;
  [canvas.width, canvas.height] = [Math.round(width * ratio), Math.round(height * ratio)];
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const colours = coloursOf(PALETTES[theme]);
  // Big maps draw neither curves nor edge labels; elsewhere the scene is the live graph's.
  const large = isLargeIndex(index);
  const measure = canvasMeasure() || roughMeasure;
  const scene = large ? largeScene(index, width, height, measure) : staticScene(index, width, height, measure);
  const drawn = [theme, large, canvas.width, canvas.height, scene];
  const earlier = handedOver;
  handedOver = null;
  // Compared here, not serialised when the early picture was kept: that picture is the first pixels
  // a reader waits for, and the scene's text took 3-15 ms at 500 actors.
  if (earlier && earlier.drawn.slice(0, 4).every((value, i) => value === drawn[i]) && JSON.stringify(earlier.drawn) === JSON.stringify(drawn)) {
    // The app taking over from the early picture, its dataset now checked and drawing the very same
    // scene: the pixels are copied, not painted a second time (40 ms at 500 actors).
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(earlier.canvas, 0, 0);
  } else if ('sizes' in scene) paint(context, scene, colours);
  else paintLarge(context, scene, colours);
  if (handOver) handedOver = { drawn, canvas };
  return true;
}
