// The dataset contract authors write against. The TypeScript types and data/schema.json are both
// derived from these zod schemas, so this file is the single source of truth for the format.
import { z } from 'zod';

// Zod otherwise probes for `new Function` to compile fast parsers; under a strict Content Security
// Policy (no eval) that probe is a reported violation. Interpreted parsing is fast enough here.
z.config({ jitless: true });

export const ACTOR_KINDS = ['state', 'alliance', 'organization', 'group'] as const;
export const SOURCE_KINDS = ['news', 'official', 'transcript', 'other'] as const;
export const TONES = ['cooperative', 'neutral', 'confrontational'] as const;
export const MODES = ['direct', 'reported'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Tone = (typeof TONES)[number];
export type Mode = (typeof MODES)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a slug: lowercase letters, digits and hyphens, e.g. "united-states"')
  .describe('Stable id: lowercase letters, digits and hyphens');
// A check, not a trim: data is never rewritten on the way in (quotes must stay the source's words).
const text = z.string().regex(/\S/, 'must not be empty');
// Shape only; whether the day exists on the calendar is checked in validate.ts with a clearer message.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, 'must be an http:// or https:// URL')
  .describe('Only http and https links are accepted');

export const ActorSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(ACTOR_KINDS),
  short: text.optional(),
  description: text.optional(),
});

export const PersonSchema = z.strictObject({
  id: slug,
  name: text,
  role: text,
  actor: slug.describe('Id of the actor this person speaks for'),
});

export const SourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  url: httpUrl,
  published: isoDate,
  title: text.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  archive: text.optional().describe('Path of the archived text, relative to the data file'),
});

export const StanceSchema = z.strictObject({
  id: slug,
  label: text,
  tone: z.enum(TONES),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
    .optional(),
  description: text.optional(),
});

export const StatementSchema = z.strictObject({
  id: slug,
  actor: slug,
  speaker: slug.optional().describe('Person id; leave out when an institution speaks'),
  targets: z.array(slug).min(1, 'must name at least one actor'),
  stance: slug,
  date: isoDate.optional().describe('The day the words were said, not the publication date; leave out when the source does not say'),
  quote: text.describe("The source's exact words"),
  mode: z.enum(MODES).describe("direct: the speaker's own quoted words; reported: the source's paraphrase"),
  source: slug,
  via: text.optional().describe('Channel the words came through, e.g. an official readout'),
  context: text.optional(),
});

export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  title: text,
  description: text,
  version: text.optional(),
  updated: isoDate.optional(),
  actors: z.array(ActorSchema).min(1, 'must list at least one actor'),
  people: z.array(PersonSchema),
  sources: z.array(SourceSchema),
  stances: z.array(StanceSchema),
  statements: z.array(StatementSchema),
  positions: z.record(z.string(), PositionSchema).optional(),
});

export type Actor = z.infer<typeof ActorSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

export function toJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-07', io: 'input' }),
    title: 'Stancemap dataset',
  };
}
