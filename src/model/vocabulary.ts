// The format's closed lists, apart from the zod schema so the first chunk can use them without zod.
export const ACTOR_KINDS = ['state', 'alliance', 'organization', 'group'] as const;
export const SOURCE_KINDS = ['news', 'official', 'transcript', 'other'] as const;
/** In the order the legend lists them. */
export const TONES = ['cooperative', 'neutral', 'confrontational'] as const;
export const MODES = ['direct', 'reported'] as const;
/**
 * PLOVER's event categories (the Open Event Data Alliance's successor to CAMEO), for the event-data
 * export: a stance may name the one its statements fall under. PLOVER codes policy and material
 * change, not commentary, so many stances rightly name none.
 */
export const PLOVER_EVENTS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND',
  'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Tone = (typeof TONES)[number];
