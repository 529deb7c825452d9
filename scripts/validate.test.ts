// The broken-dataset corpus: each file must fail with its own message, through the CLI as through
// the library. e2e/broken-data.spec.ts checks the app's error page on the same files.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'e2e/fixtures/broken';
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<string, string>;
const files = Object.keys(expected);

describe('npm run validate on the broken corpus', () => {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...files.map((f) => `${dir}/${f}`)], { encoding: 'utf8' });

  it('has at least 25 broken datasets', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('exits 1', () => {
    expect(run.status).toBe(1);
  });

  it.each(files)('%s fails with its message', (file) => {
    const lines = run.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringContaining(`${dir}/${file}: ${expected[file]}`));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${dir}/${file}: \\d+ errors?$`)));
  });

  it('passes the valid base they were made from', { timeout: 30_000 }, () => {
    const ok = spawnSync('npx', ['tsx', 'scripts/validate.ts', 'e2e/fixtures/minimal.json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe('e2e/fixtures/minimal.json: valid');
  });
});
