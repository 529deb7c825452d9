// A picture of the map drawn from the dataset's own positions, as plain SVG: what a reader sees
// before Cytoscape has loaded (and all a reader without JavaScript sees). Drawn for the measured box
// with the live graph's geometry (staticScene.ts), so nothing moves when the live graph takes over.
import { kindOutline } from '../scene/outlines';
import { lazyChunk } from '../../util/lazyChunk';
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { Index } from '../../model/relations';
import { canvasMeasure } from '../scene/measure';
import { fittedHeight, fittedStageHeightAt, staticScene, roughMeasure, svgPath, svgPoints, type StaticNode } from '../scene/staticScene';
import type { Measure } from '../scene/scene';
import { hasAllPositions } from '../scene/positions';
import type { StaticCanvas as StaticCanvasType } from './StaticCanvas';

// Above this an SVG of every element costs more to build (and to throw away) than it shows: a canvas draws it.
const MAX_SVG_ACTORS = 400;
// The server cannot know the reader's screen. It draws two pictures, each for a box that holds the
// drawing without empty bands, which the SVG then scales to fit the screen's box as the fit does,
// centred; styles show the one for the screen's width until the app has measured the box and redrawn
// the picture for it. A phone 390 px wide (most readers: there the box is the screen's width and its
// height the fitted one, styles.css; other phones scale it by a few per cent), and the map's 752 px
// on a 1440 × 900 desktop. One 900 × 560 picture moved by 10 to 20 px when the app redrew it.
const serverBoxes = (index: Index) => [
  // Its box as styles set it on a 390 × 844 phone (without positions there is no picture).
  { className: 'for-narrow', width: 390, height: fittedStageHeightAt(index, 390, 844) ?? 292.5 },
  { className: 'for-wide', width: 752, height: fittedHeight(index, 752) ?? 560 },
];

// The canvas picture is for maps that were not prerendered (?data=, a file): its chunk stays off the
// default view, and main.tsx fetches it beside such a dataset, so it is there for the first render.
const canvasChunk = lazyChunk(() => import('./StaticCanvas').then((module) => module.StaticCanvas));
export const preloadStaticCanvas: () => Promise<typeof StaticCanvasType> = canvasChunk.load;

function shape({ kind, at }: StaticNode, size: number) {
  const common = { className: `static-node static-${kind}` };
  const drawn = kindOutline(kind, at, size);
  if (drawn.type === 'ellipse') return <circle {...common} cx={drawn.centre.x} cy={drawn.centre.y} r={drawn.rx} />;
  if (drawn.type === 'polygon') return <polygon {...common} points={drawn.points.map(({ x, y }) => `${x},${y}`).join(' ')} />;
  return <rect {...common} x={drawn.x} y={drawn.y} width={drawn.width} height={drawn.height} rx={drawn.radius} />;
}

/**
 * `prerendered`: the page's HTML holds this picture (the default view), to be hydrated as it is.
 * Any other map gets the canvas picture: hundreds of SVG elements would cost more to create.
 */
export function StaticMap({ index, prerendered, theme }: { index: Index; prerendered: boolean; theme: 'light' | 'dark' }) {
  const ref = useRef<SVGSVGElement>(null);
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    // The map box, which the picture fills: of the server's two pictures, one is not displayed.
    const host = ref.current?.parentElement;
    if (!host) return;
    const measure = () => {
      const { width, height } = host.getBoundingClientRect();
      // A transition: the page already shows the server's picture, scaled to the box; redrawing it
      // for the box's own size can wait for a task of its own, off the hydration's long one.
      if (width && height) startTransition(() => setBox((old) => (old?.width === width && old.height === height ? old : { width, height })));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  const onCanvas = !prerendered || index.dataset.actors.length > MAX_SVG_ACTORS;
  const [Canvas, setCanvas] = useState(canvasChunk.now);
  useEffect(() => {
    if (!onCanvas || Canvas) return;
    let mounted = true;
    preloadStaticCanvas().then(
      (loaded) => mounted && setCanvas(() => loaded),
      // No picture then: the live graph still follows.
      (error: unknown) => console.warn('The map picture could not be loaded:', error),
    );
    return () => {
      mounted = false;
    };
  }, [onCanvas, Canvas]);

  if (!hasAllPositions(index) || (onCanvas && !Canvas)) return <p className="static-loading">Loading the map…</p>;
  if (onCanvas && Canvas) return <Canvas index={index} theme={theme} />;
  if (box) return <Picture index={index} box={box} measure={canvasMeasure() || roughMeasure} svgRef={ref} />;
  return serverBoxes(index).map(({ className, ...server }, i) => (
    <Picture key={className} index={index} box={server} measure={roughMeasure} className={className} svgRef={i ? undefined : ref} />
  ));
}

type PictureProps = { index: Index; box: { width: number; height: number }; measure: Measure; className?: string; svgRef?: Ref<SVGSVGElement> };

function Picture({ index, box: { width, height }, measure, className, svgRef }: PictureProps) {
  const scene = staticScene(index, width, height, measure);
  const { sizes } = scene;
  return (
    <svg ref={svgRef} className={className ? `static-map ${className}` : 'static-map'} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Map of ${index.dataset.title}`}>
      {scene.edges.map((edge) => (
        <g key={edge.id} className={`static-edge static-${edge.tone}`}>
          {edge.tone === 'mixed' && <path d={svgPath(edge)} className="static-rail" strokeWidth={edge.width + 3.2} />}
          <path d={svgPath(edge)} strokeWidth={edge.width} strokeDasharray={edge.dash.join(' ') || undefined} strokeLinecap={edge.cap} />
          <polygon points={svgPoints(edge)} className={edge.inferred ? 'static-hollow' : undefined} />
        </g>
      ))}
      {scene.edges.map(
        ({ id, label }) =>
          label && (
            <g key={id} className="static-edge-label" fontSize={sizes.edgeFont}>
              <rect x={label.at.x - label.width / 2 - 2} y={label.at.y - label.height / 2 - 2} width={label.width + 4} height={label.height + 4} />
              {label.lines.map((line, i) => (
                <text key={i} x={label.at.x} y={label.at.y - label.height / 2 + (i + 0.5) * sizes.edgeFont * sizes.lineHeight} textAnchor="middle" dominantBaseline="central">
                  {line}
                </text>
              ))}
            </g>
          ),
      )}
      {scene.nodes.map((node) => (
        <g key={node.id}>
          {shape(node, sizes.node)}
          <text className="static-label" fontSize={sizes.nodeFont} x={node.at.x} y={node.at.y + sizes.node / 2 + 6} textAnchor="middle" dominantBaseline="hanging">
            {node.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
