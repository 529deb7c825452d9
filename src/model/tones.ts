// Okabe-Ito colours, chosen to stay distinct under the common colour-vision deficiencies. Each tone
// also has its own line style, so the meaning never rests on colour alone.
import type { Tone } from './vocabulary';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const TONE_STYLE: Record<Tone, { color: string; line: LineStyle; label: string }> = {
  cooperative: { color: '#009E73', line: 'solid', label: 'Cooperative' },
  neutral: { color: '#0072B2', line: 'dotted', label: 'Neutral' },
  confrontational: { color: '#D55E00', line: 'dashed', label: 'Confrontational' },
};

export type Palette = { ink: string; paper: string; card: string; organisation: string; highlight: string; tones: Record<Tone, string> };

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    ink: '#1d2228',
    paper: '#fbfaf7',
    card: '#ffffff',
    organisation: '#e9e6df',
    highlight: '#E69F00',
    tones: { cooperative: TONE_STYLE.cooperative.color, neutral: TONE_STYLE.neutral.color, confrontational: TONE_STYLE.confrontational.color },
  },
  // On a dark ground Okabe-Ito's blue is too dim; its sky blue takes the neutral tone instead.
  dark: {
    ink: '#e8e6e1',
    paper: '#16191d',
    card: '#1f2328',
    organisation: '#3a4047',
    highlight: '#E69F00',
    tones: { cooperative: '#009E73', neutral: '#56B4E9', confrontational: '#E0762C' },
  },
};

/** An arrow's line width for the statements behind it: 2 for one, 6 for four or more. */
export const edgeWidth = (weight: number) => Math.min(6, Math.max(2, 2 + ((weight - 1) * 4) / 3));

/**
 * Dash lengths for a line of a given width: one table for the canvas, the static picture, the SVG
 * export and the legend's swatches, so the four never disagree. Cytoscape's own 'dotted' is a fixed
 * [1, 1] that reads as a faint solid line, so dots are round-capped dashes of almost no length.
 */
export function dashPattern(line: LineStyle, width: number): number[] {
  if (line === 'dashed') return [width * 2 + 4, width + 3];
  if (line === 'dotted') return [0.01, width * 1.6 + 2.5];
  return [];
}

export const lineCap = (line: LineStyle): 'round' | 'butt' => (line === 'dotted' ? 'round' : 'butt');
