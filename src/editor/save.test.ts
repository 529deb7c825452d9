import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { Dataset } from '../model/schema';
import { parseJson, validateDataset } from '../model/validate';
import { addItem, removeItem } from './operations';
import { forSaving, savedFiles, staysInside, zipFiles } from './save';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const archivePath = dataset.sources[0].archive!;
const archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);

describe('what the editor saves', () => {
  it('reopens as the same dataset and passes the validator with its archives', async () => {
    const edited = addItem(dataset, 'people', { id: 'someone', name: 'Someone', role: 'Envoy', actor: 'china' });
    const saved = forSaving(edited);
    const files = savedFiles('map.json', saved, archives);
    const unzipped = unzipSync(await zipFiles(files));
    expect(Object.keys(unzipped).sort()).toEqual(['map.json', 'schema.json', archivePath].sort());
    const { raw } = parseJson(strFromU8(unzipped['map.json']));
    expect(raw).toEqual(saved);
    const report = validateDataset(raw, new Map([[archivePath, strFromU8(unzipped[archivePath])]]));
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(report.dataset).toEqual(saved);
  });
  it('puts $schema first and takes positions from the live map, for actors that still exist', () => {
    const without = removeItem(dataset, 'actors', dataset.actors.findIndex((a) => a.id === 'nato'));
    const saved = forSaving(without, { china: { x: 1, y: 2 }, nato: { x: 3, y: 4 } });
    expect(Object.keys(saved)[0]).toBe('$schema');
    expect(saved.positions).toEqual({ china: { x: 1, y: 2 } });
    expect(forSaving(dataset, null).positions).toEqual(dataset.positions);
  });
  it('never writes an archive outside the saved folder', () => {
    expect(staysInside('sources/a.txt')).toBe(true);
    for (const path of ['../a.txt', 'sources/../../a.txt', '/etc/passwd', 'C:/a.txt', '..\\a.txt']) expect(staysInside(path)).toBe(false);
  });
});

describe('a downloaded zip opened again', () => {
  it('opens through Open file as the same dataset, its quotes checked against the archives inside', async () => {
    const { loadFromFiles } = await import('../load/loadFiles');
    const saved = forSaving(dataset, { china: { x: 1, y: 2 } });
    const zip = await zipFiles(savedFiles('map.json', saved, archives));
    const loaded = await loadFromFiles([new File([zip as BlobPart], 'map.zip')]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.dataset).toEqual(saved);
    expect(loaded.archives?.get(archivePath)).toBe(archives.get(archivePath));
  });
  it('a broken zip is one problem naming the file', async () => {
    const { loadFromFiles } = await import('../load/loadFiles');
    const loaded = await loadFromFiles([new File(['not a zip'], 'map.zip')]);
    expect(loaded.dataset).toBeNull();
    expect(loaded.problems.map((p) => p.path)).toEqual(['(file)']);
    expect(loaded.problems[0].message).toBe('is not a zip file (it does not begin as one)');
  });
});
