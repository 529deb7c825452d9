// The dataset contract authors write against. The TypeScript types and data/schema.json are both
// derived from these zod schemas, so this file is the single source of truth for the format.
// zod/mini: the same validator as zod's classic API at a twentieth of the bundle size.
import * as z from 'zod/mini';

// Zod otherwise probes for `new Function` to compile fast parsers; under a strict Content Security
// Policy (no eval) that probe is a reported violation. Interpreted parsing is fast enough here.
z.config({ jitless: true });

import { ACTOR_KINDS, MODES, PLOVER_EVENTS, SOURCE_KINDS, TONES } from './vocabulary';

export type { ActorKind, Tone } from './vocabulary';

/** A field with a description for editors; each call makes a fresh schema, so descriptions never clash. */
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

const slug = (description = 'Stable id: lowercase letters, digits and hyphens') =>
  describe(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a slug: lowercase letters, digits and hyphens, e.g. "united-states"')), description);
// A check, not a trim: data is never rewritten on the way in (quotes must stay the source's words).
// Visible means one character that is not white space, a control or format character (zero-width
// space, joiners, bidi marks) or one of the blank letters (Hangul fillers, the blank Braille cell).
export const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u;
const text = () => z.string().check(z.regex(VISIBLE, 'must contain visible text, not only spaces or invisible characters'));
// Shape only; whether the day exists on the calendar is checked in validate.ts with a clearer message.
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
// Case-insensitive by character classes, not the `i` flag: JSON Schema patterns carry no flags.
const httpUrl = () => describe(z.string().check(z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s]+$/, 'must be an http:// or https:// URL')), 'Only http and https links are accepted');
/** Where a map may place an actor; beyond it, the view could no longer draw it beside the others. */
export const POSITION_LIMIT = 1_000_000;
const coordinate = () =>
  describe(z.number().check(z.gte(-POSITION_LIMIT, `must be at least -${POSITION_LIMIT}`), z.lte(POSITION_LIMIT, `must be at most ${POSITION_LIMIT}`)), `Between -${POSITION_LIMIT} and ${POSITION_LIMIT}`);

// Other spellings a reader may search by (another romanisation, a former name); never shown as the name.
const aliases = () => z.optional(describe(z.array(text()), 'Other spellings or names a reader may search by, e.g. "Zelensky", "Zelenskyy"'));

export const ActorSchema = z.strictObject({
  // The renderer (react-cytoscapejs) keys actors by id in a plain object, where "constructor" is
  // always taken; it is the one slug that is also a property of every object.
  id: slug().check(z.regex(/^(?!constructor$)/, 'must not be "constructor", a name the map cannot draw; choose another id')),
  name: text(),
  kind: z.enum(ACTOR_KINDS),
  short: z.optional(text()),
  aliases: aliases(),
  description: z.optional(text()),
});

export const PersonSchema = z.strictObject({
  id: slug(),
  name: text(),
  role: text(),
  roleFrom: z.optional(describe(text(), 'Where the role’s wording comes from when the source gives no title, e.g. the source’s own description of the person')),
  actor: slug('Id of the actor this person speaks for'),
  aliases: aliases(),
});

export const SourceSchema = z.strictObject({
  id: slug(),
  publisher: text(),
  url: httpUrl(),
  published: isoDate(),
  title: z.optional(text()),
  kind: z.optional(z.enum(SOURCE_KINDS)),
  archive: z.optional(describe(text(), 'Path of the archived text, relative to the data file')),
  metadataFrom: z.optional(describe(text(), 'Where the publisher, URL, date and title come from when the archived text does not show them; shown in citations and the source reader')),
});

export const StanceSchema = z.strictObject({
  id: slug(),
  label: text(),
  tone: z.enum(TONES),
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'))),
  description: z.optional(text()),
  plover: z.optional(describe(z.enum(PLOVER_EVENTS), 'The PLOVER event category its statements fall under, for the event-data export; leave out when none fits (PLOVER codes no mere commentary)')),
});

/** A target the source names is a plain id; one the editors read into the remark says why. */
export const InferredTargetSchema = z.strictObject({
  id: slug('Actor id of the target'),
  inferred: describe(text(), "Why the editors read this target into the remark, when the source does not name it; shown to the reader"),
});
const target = () => z.union([slug('Actor id of a target the source names'), InferredTargetSchema]);

/** A day the source gives is a plain date; a day the editors inferred says why. */
export const InferredDateSchema = z.strictObject({
  day: isoDate(),
  inferred: describe(text(), 'Why the editors give this day although the source does not state it; shown to the reader'),
});

export const StatementSchema = z.strictObject({
  id: slug(),
  actor: slug(),
  speaker: z.optional(slug('Person id; leave out when an institution speaks')),
  targets: z.array(target()).check(z.minLength(1, 'must name at least one actor')),
  stance: slug(),
  date: z.optional(describe(z.union([isoDate(), InferredDateSchema]), 'The day the words were said, not the publication date; leave out when the source does not say')),
  quote: describe(text(), "The source's exact words"),
  mode: describe(z.enum(MODES), "direct: the speaker's own quoted words; reported: the source's paraphrase"),
  source: slug(),
  occurrence: z.optional(describe(z.int().check(z.minimum(1, 'must be 1 or more')), 'Which occurrence of the quote in the archived text (1 = first); needed only when the quote occurs more than once')),
  remark: z.optional(slug('Statements with the same remark id are one remark in several wordings or reports; it is counted once')),
  via: z.optional(describe(text(), 'Channel the words came through, e.g. an official readout')),
  translation: z.optional(describe(text(), 'Who rendered the words into this language, as far as the source says, e.g. "English rendering in the Chinese readout; translator not named"')),
  context: z.optional(text()),
});

export const PositionSchema = z.strictObject({ x: coordinate(), y: coordinate() });

export const DatasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  title: text(),
  description: text(),
  version: z.optional(text()),
  updated: z.optional(isoDate()),
  actors: z.array(ActorSchema).check(z.minLength(1, 'must list at least one actor')),
  people: z.array(PersonSchema),
  sources: z.array(SourceSchema),
  stances: z.array(StanceSchema),
  statements: z.array(StatementSchema),
  positions: z.optional(z.record(z.string(), PositionSchema)),
});

export type Actor = z.infer<typeof ActorSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Target = Statement['targets'][number];
export type StatementDate = NonNullable<Statement['date']>;
export type Dataset = z.infer<typeof DatasetSchema>;

export function toJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-07', io: 'input' }),
    title: 'Stancemap dataset',
  };
}
