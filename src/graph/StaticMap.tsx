// A picture of the map drawn from the dataset's own positions, as plain SVG: what a reader sees
// before Cytoscape has loaded (and all a reader without JavaScript sees). Laid out as cy.fit would.
import type { Index } from '../model/relations';
import { dashPattern, edgeWidth, lineCap, TONE_STYLE } from '../model/tones';
import { hasAllPositions } from './toElements';

const PAD = 48;
// A picture of thousands of nodes costs more to build (and to throw away) than it shows.
const MAX_ACTORS = 400;
const R = 17;

function shape(kind: string, x: number, y: number) {
  const common = { className: `static-node static-${kind}` };
  if (kind === 'state') return <circle {...common} cx={x} cy={y} r={R} />;
  if (kind === 'alliance') {
    const points = [0, 1, 2, 3, 4, 5].map((i) => `${x + R * Math.cos((Math.PI / 3) * i)},${y + R * Math.sin((Math.PI / 3) * i)}`).join(' ');
    return <polygon {...common} points={points} />;
  }
  if (kind === 'group') return <polygon {...common} points={`${x},${y - R} ${x + R},${y} ${x},${y + R} ${x - R},${y}`} />;
  return <rect {...common} x={x - R} y={y - R} width={2 * R} height={2 * R} rx={6} />;
}

export function StaticMap({ index }: { index: Index }) {
  if (!hasAllPositions(index) || index.dataset.actors.length > MAX_ACTORS) return <p className="static-loading">Loading the map…</p>;
  const at = index.dataset.positions!;
  const xs = Object.values(at).map((p) => p.x);
  const ys = Object.values(at).map((p) => p.y);
  // The box cy.fit frames: node extents and the labels under them, plus the same padding.
  const [x0, y0] = [Math.min(...xs) - R - PAD, Math.min(...ys) - R - PAD];
  const [w, h] = [Math.max(...xs) + R + PAD - x0, Math.max(...ys) + R + 22 + PAD - y0];
  return (
    <svg className="static-map" viewBox={`${x0} ${y0} ${w} ${h}`} role="img" aria-label={`Map of ${index.dataset.title}`}>
      <defs>
        {Object.keys(TONE_STYLE).map((tone) => (
          <marker key={tone} id={`arrow-${tone}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`static-arrow-${tone}`} />
          </marker>
        ))}
      </defs>
      {[...index.relations.values()].map((relation) => {
        const tone = index.stances.get(relation.stance)!.tone;
        const width = edgeWidth(relation.statements.length);
        const [a, b] = [at[relation.from], at[relation.to]];
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        // Stop at the node's rim so the arrowhead shows.
        const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
        return (
          <line
            key={relation.id}
            className={`static-edge static-${tone}`}
            x1={a.x + ux * R} y1={a.y + uy * R} x2={b.x - ux * (R + 2)} y2={b.y - uy * (R + 2)}
            strokeWidth={width}
            strokeDasharray={dashPattern(TONE_STYLE[tone].line, width).join(' ') || undefined}
            strokeLinecap={lineCap(TONE_STYLE[tone].line)}
            markerEnd={`url(#arrow-${tone})`}
          />
        );
      })}
      {index.dataset.actors.map((actor) => (
        <g key={actor.id}>
          {shape(actor.kind, at[actor.id].x, at[actor.id].y)}
          <text className="static-label" x={at[actor.id].x} y={at[actor.id].y + R + 16} textAnchor="middle">{actor.short ?? actor.name}</text>
        </g>
      ))}
    </svg>
  );
}
