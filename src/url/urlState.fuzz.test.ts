// Property-based: any query string parses, cleans against the data and serialises without throwing,
// and what survives cleaning names only what the dataset holds.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileId, hostileString } from '../model/arbitraries';
import { buildIndex } from '../model/relations';
import { DatasetSchema } from '../model/schema';
import { cleanView, parseUrl, serializeView } from './urlState';

const index = buildIndex(DatasetSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8'))));
const KEYS = ['actor', 'from', 'to', 'statement', 'stance', 'asof', 'q', 'view', 'data', 'embed', '__proto__', 'constructor'];
const value = fc.oneof(hostileId(), hostileString(), fc.constantFrom(...index.actors.keys(), ...index.stances.keys(), '2022-02-24', 'list', '%', '%E0%A4%A'));
const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 8 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

describe('URL state under generated query strings', () => {
  it('never throws, and a cleaned view names only known ids', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 40 })), (search) => {
        const view = cleanView(parseUrl(search), index);
        const selection = view.selection;
        if (selection?.kind === 'actor') expect(index.actors.has(selection.id)).toBe(true);
        for (const stance of view.hiddenStances) expect(index.stances.has(stance)).toBe(true);
        expect(typeof serializeView(view, index, search)).toBe('string');
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
