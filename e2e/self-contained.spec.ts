// The built site stands alone: nothing from other origins, a strict CSP, any sub-path, and a
// sandboxed iframe with an opaque origin (as a host that sends Access-Control-Allow-Origin: * allows).
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CSP = "default-src 'self'";
const DIST = process.env.E2E_OUT ?? 'dist';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain' };

/** Serves every same-origin response with extra headers, as a static host configured for it would. */
async function withHeaders(page: Page, origin: string, headers: Record<string, string>) {
  await page.route(`${origin}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** A selection from the panel, which also wakes the live graph; then the graph must be drawn. */
async function useTheMap(page: Page) {
  await page.getByRole('complementary', { name: 'Statements' }).getByRole('button', { name: /^Russia/ }).click();
  await expect(page.getByRole('complementary', { name: 'Statements' }).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await page.waitForFunction(() => !!window.__stancemapCy && window.__stancemapCy.nodes().length > 0);
}

test('the app makes no request to any other origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  await useTheMap(page);
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Share / embed' }).click();
  await page.getByRole('combobox').fill('china');
  await page.goto('./demo/');
  // The embed's own requests are done once its map is drawn and the network has gone quiet.
  await page.frameLocator('#map iframe').locator('canvas').first().waitFor();
  await page.waitForLoadState('networkidle');
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});

test(`it runs under a strict Content Security Policy (${CSP})`, async ({ page, baseURL }) => {
  await recordViolations(page);
  await withHeaders(page, baseURL!, { 'content-security-policy': CSP });
  await page.goto('./');
  await useTheMap(page);
  await page.getByRole('button', { name: 'Share / embed' }).click();
  await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('it works from any sub-path of a static host', async ({ page, baseURL }) => {
  await page.route(`${baseURL}some/sub/path/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace('/some/sub/path/', '') || 'index.html';
    const file = join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    try {
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  await page.goto(`${baseURL}some/sub/path/`);
  await useTheMap(page);
  expect(page.url()).toMatch(/\/some\/sub\/path\/\?actor=russia$/);
});

test('it runs inside a sandboxed iframe with an opaque origin', async ({ page, baseURL }) => {
  await withHeaders(page, baseURL!, { 'access-control-allow-origin': '*', 'content-security-policy': CSP });
  await page.route(`${baseURL}sandbox-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe sandbox="allow-scripts allow-popups" src="./?embed=1" title="Stancemap" style="width:100%;height:700px;border:0"></iframe>`,
    }),
  );
  await page.goto(`${baseURL}sandbox-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: /^Russia/ }).click();
  await expect(frame.getByRole('complementary', { name: 'Statements' }).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await frame.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(frame.getByRole('status').filter({ hasText: /copied|Copying is blocked/ }).first()).toBeVisible();
});
