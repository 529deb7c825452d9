import type { Tone } from '../model/schema';
import { TONE_STYLE } from '../model/tones';

const DASH = { solid: undefined, dashed: '6 4', dotted: '1.5 3.5' } as const;

/** A short line drawn as the graph draws the tone: its colour and its line style. */
export function ToneSwatch({ tone, color }: { tone: Tone; color?: string }) {
  const style = TONE_STYLE[tone];
  return (
    <svg className="swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1" y1="5" x2="22" y2="5"
        stroke={color ?? `var(--tone-${tone})`} strokeWidth="3"
        strokeDasharray={DASH[style.line]} strokeLinecap={style.line === 'dotted' ? 'round' : 'butt'}
      />
      <path d="M21 1 L27 5 L21 9 Z" fill={color ?? `var(--tone-${tone})`} />
    </svg>
  );
}
