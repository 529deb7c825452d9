// The actors' outlines, once for every drawing of the map: the live graph's stylesheet names the
// Cytoscape shape, and the static picture, the canvas and the SVG export trace the same outline.
type Point = { x: number; y: number };

/** Cytoscape's shape for each kind of actor; anything else is drawn as an organisation. */
export const KIND_SHAPES = { state: 'ellipse', alliance: 'hexagon', organization: 'round-rectangle', group: 'diamond' } as const;

export const shapeOfKind = (kind: string): string => (Object.hasOwn(KIND_SHAPES, kind) ? KIND_SHAPES[kind as keyof typeof KIND_SHAPES] : KIND_SHAPES.organization);

// Unit corners of Cytoscape's polygon shapes: its hexagon has its points left and right.
const POLYGONS: Record<string, ReadonlyArray<readonly [number, number]>> = {
  hexagon: [[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
};

export type Outline =
  | { type: 'ellipse'; centre: Point; rx: number; ry: number }
  | { type: 'polygon'; points: Point[] }
  | { type: 'rect'; x: number; y: number; width: number; height: number; radius: number };

/** The outline of a Cytoscape `shape` of this size centred on `centre`. */
export function outline(shape: string, centre: Point, width: number, height: number): Outline {
  const corners = Object.hasOwn(POLYGONS, shape) ? POLYGONS[shape] : null;
  if (corners) return { type: 'polygon', points: corners.map(([px, py]) => ({ x: centre.x + (px * width) / 2, y: centre.y + (py * height) / 2 })) };
  if (shape === 'round-rectangle' || shape === 'rectangle') {
    const radius = shape === 'rectangle' ? 0 : Math.min(width / 4, height / 4, 8);
    return { type: 'rect', x: centre.x - width / 2, y: centre.y - height / 2, width, height, radius };
  }
  return { type: 'ellipse', centre, rx: width / 2, ry: height / 2 };
}

/** A static picture's actor: its kind's outline at its drawn size. */
export const kindOutline = (kind: string, centre: Point, size: number): Outline => outline(shapeOfKind(kind), centre, size, size);
