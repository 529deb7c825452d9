// The example CI workflow (docs/publish-map.yml) as the shell commands it runs, so tests can run
// them as CI would: in the Stancemap checkout, with the team's repository as the workspace.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const WORKFLOW = 'docs/publish-map.yml';

export type Step = { name: string; run: string; workingDirectory?: string };
type Workflow = { env?: Record<string, string>; jobs: Record<string, { steps?: { name?: string; run?: string; 'working-directory'?: string }[] }> };

/** The workflow's top-level env and every step that runs a command, in order. */
export function readWorkflow(file = WORKFLOW): { env: Record<string, string>; steps: Step[] } {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
  return {
    env: workflow.env ?? {},
    steps: steps.filter((step) => step.run).map((step) => ({ name: step.name ?? step.run!, run: step.run!, workingDirectory: step['working-directory'] })),
  };
}

/**
 * Runs a step's command with bash, as GitHub's runner does (`bash -e`), in `checkout` (this project,
 * standing in for the step's working directory) with `workspace` as $GITHUB_WORKSPACE.
 */
export function runStep(step: Step, env: Record<string, string>, workspace: string, checkout = process.cwd()): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-e', '-c', step.run], {
    cwd: checkout,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_WORKSPACE: workspace },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** A team's repository for tests: `map` (a dataset file) at the workflow's $MAP, with the archived text the fixtures quote. */
export function teamRepository(map: string, at: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'stancemap-team-'));
  mkdirSync(join(workspace, dirname(at), 'sources'), { recursive: true });
  copyFileSync(map, join(workspace, at));
  const archive = 'hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt';
  copyFileSync(`data/sources/${archive}`, join(workspace, dirname(at), 'sources', archive));
  return workspace;
}
