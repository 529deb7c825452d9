// npm run import at its edges: each gets one clear line and exit 1, never a stack trace or a flood.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });
const templates = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stancemap-import-'));
  cpSync('data/templates', dir, { recursive: true });
  // The templates' archive paths are relative to the output file, written into the same folder.
  cpSync('data/sources', join(dir, 'sources'), { recursive: true });
  return dir;
};

describe('npm run import', { timeout: 60_000 }, () => {
  it('says so when -o names a missing folder, before doing any work', () => {
    const result = run(templates(), '-o', 'no/such/folder/out.json');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('-o no/such/folder/out.json: the folder no/such/folder does not exist');
  });

  it('skips a folder whose name ends in .csv, with a warning, instead of calling it "not UTF-8"', () => {
    const dir = templates();
    mkdirSync(join(dir, 'notes.csv'));
    const result = run(dir, '-o', join(dir, 'out.json'));
    expect(result.stderr).toContain(`warning: ${join(dir, 'notes.csv')}: is a folder, not a CSV file, so it was skipped`);
    expect(result.stderr).not.toContain('UTF-8');
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).actors.length).toBeGreaterThan(0);
  });

  it('summarises a 10,000-column header instead of printing 10,000 lines', () => {
    const dir = templates();
    const actors = readFileSync(join(dir, 'actors.csv'), 'utf8').split('\n');
    const extra = Array.from({ length: 10_000 }, (_, i) => `junk${i}`).join(',');
    writeFileSync(join(dir, 'actors.csv'), [`${actors[0].trimEnd()},${extra}`, ...actors.slice(1)].join('\n'));
    const result = run(dir);
    const lines = result.stderr.trim().split('\n');
    expect(result.status).toBe(1);
    expect(lines.length).toBeLessThan(40);
    expect(lines).toContain('actors.csv: and 9990 more problems here');
  });
});

describe('npm run import with an Excel workbook', { timeout: 60_000 }, () => {
  it('writes the same dataset from the .xlsx template as from the CSV templates', () => {
    const dir = templates();
    const fromCsv = run(dir, '-o', join(dir, 'csv.json'));
    const fromXlsx = run(join(dir, 'stancemap-template.xlsx'), '-o', join(dir, 'xlsx.json'));
    expect(fromCsv.status).toBe(0);
    expect(fromXlsx.status).toBe(0);
    expect(fromXlsx.stderr.trim()).toBe(`wrote ${join(dir, 'xlsx.json')}: 3 actors, 2 people, 1 source, 2 stances, 3 statements`);
    expect(readFileSync(join(dir, 'xlsx.json'), 'utf8')).toBe(readFileSync(join(dir, 'csv.json'), 'utf8'));
  });

  it('says what is wrong with a file that is not a workbook, naming it as given', () => {
    const dir = templates();
    writeFileSync(join(dir, 'map.xlsx'), 'id,name\nchina,China\n');
    const result = run(join(dir, 'map.xlsx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'map.xlsx')}: is not an Excel workbook (.xlsx)`);
  });
});
