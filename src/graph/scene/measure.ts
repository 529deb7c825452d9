// Text widths for label layout, measured as Cytoscape measures them: on a canvas, in its font.
import { FONT, type Measure } from './scene';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();
let lastFont = '';

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
      // Setting a font parses it, every time: only when it changes.
      const font = `${bold ? 600 : 'normal'} ${fontPx}px ${FONT}`;
      if (font !== lastFont) ctx.font = lastFont = font;
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
