// The format's closed lists, apart from the zod schema so the first chunk can use them without zod.
export const ACTOR_KINDS = ['state', 'alliance', 'organization', 'group'] as const;
export const SOURCE_KINDS = ['news', 'official', 'transcript', 'other'] as const;
/** In the order the legend lists them. */
export const TONES = ['cooperative', 'neutral', 'confrontational'] as const;
export const MODES = ['direct', 'reported'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Tone = (typeof TONES)[number];
