// Okabe-Ito colours, chosen to stay distinct under the common colour-vision deficiencies. Each tone
// also has its own line style, so the meaning never rests on colour alone.
import type { Tone } from '../model/schema';

export const TONE_STYLE: Record<Tone, { color: string; line: 'solid' | 'dashed' | 'dotted'; label: string }> = {
  cooperative: { color: '#009E73', line: 'solid', label: 'Cooperative' },
  neutral: { color: '#0072B2', line: 'dotted', label: 'Neutral' },
  confrontational: { color: '#D55E00', line: 'dashed', label: 'Confrontational' },
};

export const INK = '#1d2228';
export const PAPER = '#fbfaf7';
export const HIGHLIGHT = '#E69F00';
