// STANCEMAP_DATA=path/to/map.json npm run build: the site built around another dataset, prerendered,
// so its statements are there with JavaScript off. The spec builds into a folder of its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { readWorkflow, runStep, teamRepository } from '../scripts/workflow';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const FIXTURE = 'e2e/fixtures/minimal.json';
const minimal = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { title: string; statements: { id: string; quote: string }[] };
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain' };
const build = (data: string, outDir: string) =>
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, STANCEMAP_DATA: data }, maxBuffer: 16 * 1024 * 1024 });

test.describe.configure({ timeout: 180_000 });

/** Answers requests under `at` from the built folder `out`, as a static host would. */
const serve = (page: Page, at: string, out: string) =>
  page.route(`${at}**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(new URL(at).pathname, '') || 'index.html';
    try {
      const file = join(out, path);
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });

test('a build with STANCEMAP_DATA prerenders that dataset, readable with JavaScript off, and publishes it', async ({ browser, baseURL }) => {
  const out = mkdtempSync(join(tmpdir(), 'stancemap-publish-'));
  await build(FIXTURE, out);
  expect(readFileSync(join(out, 'data/graph.json'), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serve(page, `${baseURL}published/`, out);
  await page.goto(`${baseURL}published/`);
  await expect(page).toHaveTitle(`${minimal.title} · Stancemap`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minimal.title);
  // The server writes two pictures (a phone's, a desktop's): the one for this screen shows.
  await expect(page.locator('svg.static-map').filter({ visible: true })).toHaveCount(1);
  for (const statement of minimal.statements) await expect(page.locator(`[data-statement="${statement.id}"]`).first()).toContainText(statement.quote);
  // Only this dataset's statements: none of the built-in one's others.
  await expect(page.locator('[data-statement="wang-sanctions-never-effective"]')).toHaveCount(0);
  // Its archive page is published, with the quote's passage marked.
  await expect(page.locator(`a[href="data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.html#q-${minimal.statements[0].id}"]`).first()).toBeAttached();
  await page.goto(`${baseURL}published/data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.html`);
  await expect(page.locator(`#q-${minimal.statements[0].id}`)).toBeAttached();
  await expect(page.locator('body')).toContainText(minimal.statements[0].quote);
  await context.close();
});

test('a build with STANCEMAP_DATA naming an invalid dataset fails with the validator’s messages', async () => {
  const out = mkdtempSync(join(tmpdir(), 'stancemap-publish-'));
  const failed = await build('e2e/fixtures/broken/20-unknown-target.json', out).then(() => null, (error: { stderr: string }) => error);
  expect(failed?.stderr).toContain('e2e/fixtures/broken/20-unknown-target.json: statements[1].targets[1]: unknown actor "ukrain" (did you mean "ukraine"?)');
});

test('the example CI workflow’s build step publishes a team’s map from its repository', async ({ browser, baseURL }) => {
  const { env, steps } = readWorkflow();
  const workspace = teamRepository(FIXTURE, env.MAP);
  const built = runStep(steps.find((step) => /npm run build/.test(step.run))!, env, workspace);
  expect(built.status, built.stderr).toBe(0);
  const site = join(workspace, 'site');
  expect(readFileSync(join(site, 'data/graph.json'), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serve(page, `${baseURL}team/`, site);
  await page.goto(`${baseURL}team/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minimal.title);
  for (const statement of minimal.statements) await expect(page.locator(`[data-statement="${statement.id}"]`).first()).toContainText(statement.quote);
  await context.close();
});
