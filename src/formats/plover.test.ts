import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation } from '../model/format';
import { buildIndex } from '../model/relations';
import type { Dataset } from '../model/schema';
import { PLOVER_EVENTS } from '../model/vocabulary';
import { toPloverLines } from './plover';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const records = toPloverLines(dataset).trimEnd().split('\n').map((line) => JSON.parse(line));

describe('PLOVER-style event records', () => {
  it('are one JSON line per statement, the quote as the text, with its citation', () => {
    expect(records).toHaveLength(dataset.statements.length);
    const index = buildIndex(dataset);
    records.forEach((record, i) => {
      const statement = dataset.statements[i];
      expect(record).toMatchObject({ id: statement.id, actor: statement.actor, text: statement.quote, mode: statement.mode, citation: citation(index, statement) });
    });
    expect(toPloverLines({ ...dataset, statements: [] })).toBe('');
  });

  it('take the event category from the stance, and none where the stance names none', () => {
    const stances = new Map(dataset.stances.map((s) => [s.id, s]));
    for (const record of records) {
      expect(record.event).toBe(stances.get(record.stance)!.plover ?? null);
      if (record.event !== null) expect(PLOVER_EVENTS).toContain(record.event);
    }
    expect(records.find((r) => r.id === 'putin-ready-high-level-negotiations')).toMatchObject({ event: 'AGREE', date: '2022-02-25', date_inferred: null });
    expect(records.find((r) => r.id === 'kremlin-considering-zelenskiy-offer')).toMatchObject({ event: null, date: null });
  });

  it('mark a recipient the editors inferred, with why', () => {
    expect(records.find((r) => r.id === 'wang-sanctions-never-effective').recipient).toEqual([
      { id: 'united-states', name: 'United States', inferred: expect.stringMatching(/name no one/) },
      { id: 'european-union', name: 'European Union', inferred: expect.stringMatching(/name no one/) },
    ]);
    expect(records.find((r) => r.id === 'china-us-not-qualified').recipient).toEqual([{ id: 'united-states', name: 'United States', inferred: null }]);
  });
});
