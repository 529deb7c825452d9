import { dashPattern, lineCap, TONE_STYLE } from '../model/tones';
import type { Tone } from '../model/vocabulary';

const WIDTH = 3;

/** A short line drawn as the graph draws the tone: its colour and its line style. */
export function ToneSwatch({ tone, color }: { tone: Tone | 'mixed'; color?: string }) {
  // Stances of several tones on one arrow: a paper line between two ink rails.
  if (tone === 'mixed') {
    return (
      <svg className="swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
        <line x1="2" y1="5" x2="21" y2="5" stroke="var(--ink)" strokeWidth={WIDTH + 3} />
        <line x1="2" y1="5" x2="21" y2="5" stroke="var(--paper)" strokeWidth={WIDTH} />
        <path d="M21 1 L27 5 L21 9 Z" fill="var(--ink)" />
      </svg>
    );
  }
  const { line } = TONE_STYLE[tone];
  const paint = color ?? `var(--tone-${tone})`;
  return (
    <svg className="swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="2" y1="5" x2="21" y2="5" stroke={paint} strokeWidth={WIDTH} strokeDasharray={dashPattern(line, WIDTH).join(' ') || undefined} strokeLinecap={lineCap(line)} />
      <path d="M21 1 L27 5 L21 9 Z" fill={paint} />
    </svg>
  );
}
