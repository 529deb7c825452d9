// The example CI workflow's commands exist and work: each `npm run` names a script of this project,
// and its check step passes a good map and fails a broken one with the validator's message.
// (Its build step is run by e2e/publish.spec.ts, beside the other builds.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkflow, runStep, teamRepository } from './workflow';

const { env, steps } = readWorkflow();
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
const step = (command: RegExp) => steps.find((s) => command.test(s.run))!;

describe('the example CI workflow (docs/publish-map.yml)', () => {
  it('installs, checks and builds, each in the Stancemap checkout, with scripts this project has', () => {
    expect(steps.map((s) => s.run.match(/npm (ci|run \S+)/)?.[0])).toEqual(['npm ci', 'npm run validate', 'npm run build']);
    for (const s of steps) expect(s.workingDirectory).toBe('stancemap');
    const named = steps.flatMap((s) => [...s.run.matchAll(/npm run (\S+)/g)].map((m) => m[1]));
    for (const name of named) expect(scripts).toContain(name);
    expect(step(/npm run build/).run).toContain('STANCEMAP_DATA="$GITHUB_WORKSPACE/$MAP"');
    expect(env.MAP).toBe('map/graph.json');
  });

  it('passes a valid map', () => {
    const checked = runStep(step(/npm run validate/), env, teamRepository('e2e/fixtures/minimal.json', env.MAP));
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/map\/graph\.json: valid/);
  }, 60_000);

  it('fails a broken map, naming each problem', () => {
    const checked = runStep(step(/npm run validate/), env, teamRepository('e2e/fixtures/broken/20-unknown-target.json', env.MAP));
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/statements\[1\]\.targets\[1\]: unknown actor "ukrain" \(did you mean "ukraine"\?\)/);
  }, 60_000);
});
