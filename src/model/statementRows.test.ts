import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './relations';
import { DatasetSchema, type Statement } from './schema';
import { citation } from './format';
import { targetIds } from './provenance';
import { COLUMNS, exportRows, toCsv, toJson } from './statementRows';

const dataset = DatasetSchema.parse(JSON.parse(readFileSync('data/graph.json', 'utf8')));
const index = buildIndex(dataset);
const rows = exportRows(index, dataset.statements);
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('exportRows', () => {
  it('gives one row per statement, in order, with every column', () => {
    expect(rows.map((r) => r.id)).toEqual(dataset.statements.map((s) => s.id));
    for (const row of rows) expect(Object.keys(row)).toEqual([...COLUMNS]);
  });

  it('carries the same full citation as the panel', () => {
    dataset.statements.forEach((statement, i) => expect(rows[i].citation).toBe(citation(index, statement)));
  });

  it('names actors, targets and the stance instead of giving ids', () => {
    const statement = dataset.statements.find((s) => s.targets.length > 1) ?? dataset.statements[0];
    const row = rows[dataset.statements.indexOf(statement)];
    expect(row.actor).toBe(index.actors.get(statement.actor)!.name);
    expect(row.targets).toBe(targetIds(statement).map((id) => index.actors.get(id)!.name).join('; '));
    expect(row.stance).toBe(index.stances.get(statement.stance)!.label);
    expect(row.url).toBe(index.sources.get(statement.source)!.url);
  });

  it('leaves an undated statement’s date empty', () => {
    const undated = dataset.statements.findIndex((s) => !s.date);
    expect(undated).toBeGreaterThanOrEqual(0);
    expect(rows[undated].date).toBe('');
    expect(rows[undated].citation).toContain('date not given in the source');
  });
});

describe('toCsv', () => {
  it('round-trips through papaparse with a header and one row per statement', () => {
    const parsed = parse(toCsv(rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...COLUMNS]);
    expect(parsed.data).toEqual(rows);
  });

  it('keeps a quote with commas and curly quotes intact', () => {
    const i = dataset.statements.findIndex((s) => s.quote.includes(',') && /[“”]/.test(s.quote));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(parse(toCsv(rows)).data[i].quote).toBe(dataset.statements[i].quote);
  });

  it('still writes the header when nothing is visible', () => {
    expect(toCsv([])).toBe(`${COLUMNS.join(',')}\r\n`);
  });

  it('keeps a spreadsheet from running a quote as a formula', () => {
    const statement: Statement = { ...dataset.statements[0], quote: '=HYPERLINK("http://example.com","x")' };
    const [row] = parse(toCsv(exportRows(index, [statement]))).data;
    expect(row.quote).toBe(`'${statement.quote}`);
  });

  // Every cell of every field is checked: a line break after the formula once let it through.
  it.each(['=HYPERLINK("http://x.example","click")\nmore', '+1\n', '-2+3\r\nx', '@SUM(A1)\n\n', '\t=1\n', '\r=1', '=1'])(
    'escapes the formula cell %j, line breaks and all',
    (value) => {
      const statement: Statement = { ...dataset.statements[0], quote: value, context: value, via: value };
      const [row] = parse(toCsv(exportRows(index, [statement]))).data;
      const expected = `'${value.replace(/\r\n?/g, '\n')}`;
      for (const column of ['quote', 'context', 'via'] as const) expect(row[column].replace(/\r\n?/g, '\n')).toBe(expected);
    },
  );

  it('leaves a cell that only contains a formula sign later on as it is', () => {
    const statement: Statement = { ...dataset.statements[0], quote: 'Says\n=1+1 is two' };
    expect(parse(toCsv(exportRows(index, [statement]))).data[0].quote).toBe('Says\n=1+1 is two');
  });
});

describe('toJson', () => {
  it('is the rows, pretty-printed', () => {
    const json = toJson(rows);
    expect(JSON.parse(json)).toEqual(rows);
    expect(json).toContain('\n  {\n    "id": ');
  });
});
