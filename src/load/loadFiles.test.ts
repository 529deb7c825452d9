import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../model/problems';
import { loadFromFiles } from './loadFiles';

const zipOf = (entries: Record<string, string>) => new File([zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))) as BlobPart], 'map.zip');
const messages = async (files: File[]) => (await loadFromFiles(files)).problems.map(formatProblem);

describe('ambiguous content is named, never one file silently chosen', () => {
  it('refuses a zip with graph.json in two folders', async () => {
    expect(await messages([zipOf({ 'a/graph.json': '{}', 'b/graph.json': '{}' })])).toEqual([
      '(file): holds two files named graph.json: a/graph.json, b/graph.json; it cannot tell which one is meant, so keep one',
    ]);
  });

  it('refuses a zip with two different datasets, and two opened at once, keeping schema.json aside', async () => {
    expect(await messages([zipOf({ 'graph.json': '{}', 'other.json': '{}', 'schema.json': '{}' })])).toEqual(['(file): holds 2 datasets (graph.json, other.json); open one at a time']);
    expect(await messages([new File(['{}'], 'a.json'), new File(['{}'], 'b.json')])).toEqual(['(file): holds 2 datasets (a.json, b.json); open one at a time']);
  });

  it('refuses a zip cut short', async () => {
    const whole = zipSync({ 'graph.json': strToU8('{}'.padEnd(5000)) });
    const cut = new File([whole.subarray(0, whole.length - 30) as BlobPart], 'map.zip');
    expect(await messages([cut])).toEqual(['(file): ends before its last file does: it was cut short, perhaps by an unfinished download']);
  });
});
