// The static picture for maps too big for an SVG of every element (StaticMap): the same scene
// (staticScene.ts), painted once on a 2D canvas, and again when its box changes size.
import { useLayoutEffect, useRef } from 'react';
import type { Index } from '../../model/relations';
import type { PALETTES } from '../../model/tones';
import { drawPicture } from './paint';

export function StaticCanvas({ index, theme }: { index: Index; theme: keyof typeof PALETTES }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // The observer reports the size it starts with too: painted once for each size, not twice.
    let size = '';
    const draw = () => {
      const { width, height } = canvas.getBoundingClientRect();
      if (`${width}×${height}` === size) return;
      if (drawPicture(canvas, index, theme)) size = `${width}×${height}`;
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [index, theme]);
  return <canvas ref={ref} className="static-map" role="img" aria-label={`Map of ${index.dataset.title}`} />;
}
