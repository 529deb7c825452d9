// Generators for the property-based tests (fast-check): datasets near the valid ones, with ids and
// text drawn from the names and characters that broke things before. Test code only.
import fc from 'fast-check';
import { ACTOR_KINDS, MODES, TONES } from './vocabulary';

/** Ids an author could write, and the ones every JavaScript object already has. */
export const hostileId = () =>
  fc.oneof(fc.constantFrom('constructor', '__proto__', 'tostring', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'a', 'b-1', 'c', ''), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/));

/** Text with the characters that were trouble: zero-width, replacement, bidi, surrogates, line breaks, formula signs. */
export const hostileString = () =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('\u200b', '\ufffd', '\u202e', '\ud800', '=1+1\n', ' ', '', 'HTTPS://EXAMPLE.ORG', 'https://x', '0099-02-25', '2022-02-30', '0000-01-01'),
    fc.string({ unit: fc.constantFrom('a', ' ', '\u200b', '\n', '"', '\\', '=', ','), maxLength: 8 }),
  );

const date = () => fc.oneof(fc.constantFrom('2022-02-25', '0099-02-25', '2022-02-29', '9999-12-31'), hostileString());
const coordinate = () => fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(1e308, -1e308, 1_000_001));

/** A dataset: usually well formed with references that resolve, sometimes broken in any field. */
export function arbitraryDataset(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      ids: fc.uniqueArray(hostileId(), { minLength: 1, maxLength: 5 }),
      stanceIds: fc.uniqueArray(hostileId(), { minLength: 1, maxLength: 3 }),
      names: fc.array(hostileString(), { minLength: 5, maxLength: 5 }),
      kind: fc.oneof(fc.constantFrom(...ACTOR_KINDS), hostileString()),
      tone: fc.oneof(fc.constantFrom(...TONES), hostileString()),
      mode: fc.oneof(fc.constantFrom(...MODES), hostileString()),
      url: fc.oneof(fc.constantFrom('https://example.org', 'HTTP://EXAMPLE.ORG/x', 'javascript:alert(1)', 'https:// x'), hostileString()),
      date: date(),
      published: date(),
      x: coordinate(),
      y: coordinate(),
      archive: fc.option(fc.constantFrom('__proto__', 'constructor', 'sources/a.txt'), { nil: undefined }),
    })
    .map(({ ids, stanceIds, names, kind, tone, mode, url, date, published, x, y, archive }) => ({
      title: names[0] || 'T',
      description: names[1] || 'D',
      actors: ids.map((id, i) => ({ id, name: names[i % 5] || id || 'n', kind })),
      people: [{ id: 'p', name: names[2] || 'P', role: 'R', actor: ids[0] }],
      sources: [{ id: 's', publisher: names[3] || 'S', url, published, ...(archive ? { archive } : {}) }],
      stances: stanceIds.map((id) => ({ id, label: names[4] || 'L', tone })),
      statements: ids.slice(1).map((target, i) => ({
        id: `st-${i}`,
        actor: ids[0],
        speaker: 'p',
        targets: [target],
        stance: stanceIds[i % stanceIds.length],
        date,
        quote: names[i % 5] || 'Q',
        mode,
        source: 's',
      })),
      positions: Object.fromEntries(ids.map((id) => [id, { x, y }])),
    }));
}
