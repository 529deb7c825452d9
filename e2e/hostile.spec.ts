// Hostile input reaches the page: each gets a clear message or works, and nothing blanks the page.
import { readFileSync } from 'node:fs';
import { expect, graphReady, panel, test } from './fixtures';
import type { Page } from '@playwright/test';

const minimal = JSON.parse(readFileSync('e2e/fixtures/minimal.json', 'utf8'));

async function serve(page: Page, name: string, body: unknown) {
  await page.route(`**/data/${name}`, (route) => route.fulfill(typeof body === 'string' ? { body, contentType: 'application/json' } : { json: body }));
}

/** The minimal dataset with an id renamed wherever it is used. */
function renamed(list: 'actors' | 'stances' | 'people' | 'statements', from: string, to: string) {
  const text = JSON.stringify(minimal).replaceAll(`"${from}"`, `"${to}"`);
  const copy = JSON.parse(text);
  expect(copy[list].some((item: { id: string }) => item.id === to)).toBe(true);
  return copy;
}

test('an actor called "constructor" gets a clear message, not a blank page', async ({ page }) => {
  await serve(page, 'ctor.json', renamed('actors', 'china', 'constructor'));
  await page.goto('./?data=data/ctor.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This dataset cannot be shown');
  await expect(page.getByRole('list', { name: 'Problems' })).toHaveText('actors[0].id: must not be "constructor", a name the map cannot draw; choose another id');
  // The tab no longer carries the built-in dataset's title.
  await expect(page).toHaveTitle(/This dataset cannot be shown/);
});

test('"constructor" as the id of a stance, a person and a statement draws and selects like any other', async ({ page }) => {
  let data = renamed('stances', minimal.stances[0].id, 'constructor');
  data = { ...data, people: data.people.map((p: { id: string }, i: number) => (i === 0 ? { ...p, id: 'tostring' } : p)) };
  data.statements = data.statements.map((s: { speaker?: string; id: string }, i: number) => ({
    ...s,
    ...(s.speaker === minimal.people[0].id ? { speaker: 'tostring' } : {}),
    ...(i === 0 ? { id: 'constructor' } : {}),
  }));
  await serve(page, 'ctor-others.json', data);
  await page.goto('./?data=data/ctor-others.json&statement=constructor');
  await graphReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minimal.title);
  await expect(panel(page).locator('[data-statement="constructor"]')).toContainText(minimal.statements[0].quote.slice(0, 40));
});

test('a value nested 5,000 arrays deep is reported, not a stack overflow', async ({ page }) => {
  const text = JSON.stringify(minimal).replace('"kind":"state"', `"kind":${'['.repeat(5000)}"state"${']'.repeat(5000)}`);
  await serve(page, 'deep.json', text);
  await page.goto('./?data=data/deep.json');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('actors[0].kind: must be one of: state, alliance, organization, group; got an array nested too deeply to show');
});

test('a file that is not valid UTF-8 opens with a warning naming it', async ({ page }) => {
  await page.goto('./');
  // One byte of Latin-1 (é) in otherwise UTF-8 text.
  const [before, after] = JSON.stringify({ ...minimal, description: 'Latin-1 caf@' }).split('@');
  const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
  await page.locator('footer input[type=file]').setInputFiles([{ name: 'latin1.json', mimeType: 'application/json', buffer: bytes }]);
  const banner = page.getByRole('note');
  await expect(banner).toContainText('loaded from latin1.json');
  await banner.getByText(/\d+ warnings?/).click();
  await expect(banner).toContainText('warning: latin1.json: is not valid UTF-8 text, so some characters could not be read and show as �');
});
