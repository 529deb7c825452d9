// Okabe-Ito colours, chosen to stay distinct under the common colour-vision deficiencies. Each tone
// also has its own line style, so the meaning never rests on colour alone.
import type { Tone } from './schema';

export const TONE_STYLE: Record<Tone, { color: string; line: 'solid' | 'dashed' | 'dotted'; label: string }> = {
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
