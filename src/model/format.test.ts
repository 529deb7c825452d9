import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation, describeSelection, formatDay, plural, summarizeMap } from './format';
import { buildIndex } from './relations';
import { countRemarks, dateInference, dayOf } from './provenance';
import type { Dataset } from './schema';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);

describe('format', () => {
  it('reads a date as a calendar day, whatever the time zone', () => {
    expect(formatDay('2022-02-24')).toBe('24 February 2022');
  });

  it('pluralises counts, irregular words included', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(3, 'statement')).toBe('3 statements');
    expect(plural(0, 'person', 'people')).toBe('0 people');
  });
});

describe('what a screen reader hears', () => {
  it.each(dataset.actors.map((actor) => [actor.id, actor]))('announces %s with the number of statements it made', (_, actor) => {
    const made = dataset.statements.filter((s) => s.actor === actor.id).length;
    expect(describeSelection(index, { kind: 'actor', id: actor.id })).toBe(
      `${actor.name} selected: ${made} ${made === 1 ? 'statement' : 'statements'} by it. Its statements are in the panel.`,
    );
  });

  it('announces a relation, a statement and the overview', () => {
    const [a, b] = dataset.actors;
    expect(describeSelection(index, { kind: 'relation', from: a.id, to: b.id })).toContain(`${a.name} and ${b.name}`);
    const statement = dataset.statements.find((s) => s.speaker)!;
    const speaker = dataset.people.find((p) => p.id === statement.speaker)!;
    expect(describeSelection(index, { kind: 'statement', id: statement.id })).toBe(`Statement by ${speaker.name} selected and shown in the panel.`);
    expect(describeSelection(index, null)).toMatch(/overview/);
  });

  it('sums up the map with counts taken from the data', () => {
    const summary = summarizeMap(index);
    expect(summary).toContain(`${dataset.actors.length} actors`);
    expect(summary).toContain(`${index.relations.size} relations`);
    expect(summary).toContain(`${dataset.statements.length} statements`);
    expect(summary).toContain(`${countRemarks(dataset.statements)} distinct remarks`);
  });
});

describe('citations', () => {
  it('name the speaker, the day or its absence, the quote and the source', () => {
    for (const statement of dataset.statements) {
      const source = dataset.sources.find((s) => s.id === statement.source)!;
      const line = citation(index, statement);
      expect(line).toContain(`“${statement.quote}”`);
      expect(line).toContain(source.url);
      const day = dayOf(statement);
      expect(line).toContain(day ? formatDay(day) : 'date not given in the source');
      expect(line.includes('date inferred')).toBe(dateInference(statement) !== undefined);
    }
  });
});
