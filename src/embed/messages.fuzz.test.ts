// Property-based: no host message, however malformed, throws; anything accepted names known ids.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileId } from '../model/arbitraries';
import { buildIndex } from '../model/relations';
import { DatasetSchema } from '../model/schema';
import { parseCommand, SENDER } from './messages';

const index = buildIndex(DatasetSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8'))));
const id = fc.oneof(hostileId(), fc.constantFrom(...index.actors.keys(), ...index.statements.keys()), fc.anything({ maxDepth: 2 }));
const message = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record(
    {
      sender: fc.oneof(fc.constant(SENDER), fc.anything({ maxDepth: 1 })),
      method: fc.oneof(fc.constantFrom('select', 'filter', 'asof', 'clear', 'constructor', '__proto__', 'toString'), fc.anything({ maxDepth: 1 })),
      actor: id,
      from: id,
      to: id,
      statement: id,
      stances: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...index.stances.keys()), hostileId())), fc.anything({ maxDepth: 2 })),
      date: fc.oneof(fc.constantFrom('2022-02-24', '0099-01-01', '2022-02-30', null), fc.anything({ maxDepth: 1 })),
    },
    { requiredKeys: ['sender', 'method'] },
  ),
);

describe('host messages under generated input', () => {
  it('never throw, and an accepted selection names a known actor, pair or statement', () => {
    fc.assert(
      fc.property(message, (data) => {
        const command = parseCommand(data, index);
        if (command?.method === 'select' && command.selection.kind === 'actor') expect(index.actors.has(command.selection.id)).toBe(true);
        if (command?.method === 'filter') for (const s of command.hiddenStances) expect(index.stances.has(s)).toBe(true);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
