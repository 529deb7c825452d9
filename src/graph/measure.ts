// Text widths for label layout, measured as Cytoscape measures them: on a canvas, in its font.
import { FONT, type Measure } from './scene';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** Null where there is no canvas (the server, when the default view is prerendered). */
export function canvasMeasure(): Measure | null {
  if (typeof document === 'undefined') return null;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const ctx = context;
  return (text, fontPx, bold) => {
    const key = `${bold ? 'b' : 'n'}${fontPx}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${bold ? 600 : 'normal'} ${fontPx}px ${FONT}`;
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
