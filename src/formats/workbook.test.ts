// The whole dataset as a workbook, read back by the importer `npm run import` uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateImport } from '../model/csvProblems';
import type { Dataset } from '../model/schema';
import { importWorkbook } from '../model/xlsx';
import { toWorkbook } from './workbook';

const graph = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const path = graph.sources[0].archive!;
const archives = new Map([[path, readFileSync(`data/${path}`, 'utf8')]]);

async function roundTrip(dataset: Dataset) {
  const bytes = await (await toWorkbook(dataset)).arrayBuffer();
  return validateImport(await importWorkbook('map.xlsx', bytes), archives);
}

describe('the dataset as a workbook', () => {
  it('reads back to exactly the same dataset, less $schema, with no problem at all', async () => {
    const expected: Partial<Dataset> = { ...graph };
    delete expected.$schema;
    const report = await roundTrip(graph);
    expect(report.problems).toEqual([]);
    expect(report.dataset).toStrictEqual(expected);
  });

  it('keeps text a spreadsheet would turn into a formula, a date or a number as text', async () => {
    const tricky = structuredClone(graph);
    tricky.actors[0].description = '=HYPERLINK("http://example.org")';
    tricky.version = '1.10';
    const report = await roundTrip(tricky);
    expect(report.dataset?.actors[0].description).toBe('=HYPERLINK("http://example.org")');
    expect(report.dataset?.version).toBe('1.10');
  });

  it('refuses, naming the statement, what a row cannot hold: two reasons for two inferred targets', async () => {
    const split = structuredClone(graph);
    const statement = split.statements.find((s) => s.id === 'wang-sanctions-never-effective')!;
    statement.targets = [{ id: 'united-states', inferred: 'one reason' }, { id: 'european-union', inferred: 'another reason' }];
    await expect(toWorkbook(split)).rejects.toThrow(/statement "wang-sanctions-never-effective": its inferred targets give different reasons/);
  });
});
