// The editor, end to end: a statement made from a selection in the archived source, on the map and
// in the panel at once, kept across a reload, undone and redone, downloaded, and checked by the CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { clickElement, dataset, expect, graphReady, highlighted, panel, screenPoint, test } from './fixtures';

const SENTENCE = 'Beijing has continued to tread a cautious diplomatic line on the crisis';
const RELATION = 'china>russia>declines-to-condemn';

/** Selects `words` in the editor's source text as a reader's drag would, through the DOM Selection API. */
async function selectInSource(page: Page, words: string) {
  await page.evaluate((text) => {
    const run = [...document.querySelectorAll('.edit-source-text [data-at]')].find((el) => el.textContent!.includes(text))!;
    const node = run.firstChild!;
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
}

const weight = (page: Page) => page.evaluate((id) => window.__stancemapCy!.getElementById(id).data('weight') as number, RELATION);
const statementsTab = (page: Page) => page.getByRole('tab', { name: /^Statements \(/ });

async function openEditor(page: Page) {
  await page.goto('./');
  await graphReady(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.locator('.edit-source-text')).toBeVisible();
}

test('a statement made from a selection in the source reaches the map and the panel, survives a reload, and downloads as a valid dataset', async ({ page }) => {
  const count = dataset.statements.length;
  expect(dataset.statements.some((s) => s.quote.includes(SENTENCE))).toBe(false); // the sentence is not quoted yet
  await openEditor(page);
  const before = await weight(page);

  await selectInSource(page, SENTENCE);
  await expect(page.locator('.edit-selection-bar')).toContainText(SENTENCE);
  await page.getByRole('button', { name: 'New statement from selection' }).click();
  const form = page.locator('.edit-pending');
  // The quote is the selection, read-only; the sentence is the report's own words, not in quotation marks.
  await expect(form.locator('blockquote')).toHaveText(SENTENCE);
  await expect(form.getByLabel('Mode')).toHaveValue('reported');
  await form.getByRole('button', { name: 'Add to the map' }).click();
  await expect(form.getByText('is required').first()).toBeVisible(); // nothing chosen yet: named, not added
  await form.getByLabel('Said by (actor)').selectOption('china');
  await form.getByRole('checkbox', { name: 'Russia' }).check();
  await form.getByLabel('Stance').selectOption('declines-to-condemn');
  await form.getByRole('button', { name: 'Add to the map' }).click();

  await expect(panel(page).getByText(SENTENCE)).toBeVisible();
  await expect(statementsTab(page)).toHaveText(`Statements (${count + 1})`);
  await expect.poll(() => weight(page)).toBe(before + 1);
  await expect(page.locator('.footer-facts')).toContainText(`${count + 1} statements`);

  // Undo and redo, from the keyboard.
  await page.locator('.editor-title').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(statementsTab(page)).toHaveText(`Statements (${count})`);
  await expect.poll(() => weight(page)).toBe(before);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(statementsTab(page)).toHaveText(`Statements (${count + 1})`);

  // A reload offers the draft back, and restoring it puts the statement on the map again.
  await page.reload();
  await page.getByRole('button', { name: 'Restore them in the editor' }).click();
  await expect(statementsTab(page)).toHaveText(`Statements (${count + 1})`);
  await graphReady(page);
  await expect.poll(() => weight(page)).toBe(before + 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dataset' }).click()]);
  const files = unzipSync(readFileSync((await download.path())!));
  const dir = mkdtempSync(join(tmpdir(), 'stancemap-edit-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const name = Object.keys(files).find((path) => path.endsWith('.json') && path !== 'schema.json')!;
  const saved = JSON.parse(strFromU8(files[name]));
  expect(saved.$schema).toBe('./schema.json');
  expect(saved.statements.filter((s: { quote: string }) => s.quote === SENTENCE)).toHaveLength(1);
  // The CLI exits 1 on any error, which fails here with its messages.
  const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', join(dir, name)], { encoding: 'utf8' });
  expect(out).toMatch(/valid/i);

  // The zip opens again as it was saved, its quotes checked against the archives inside it.
  await page.locator('.footer input[type=file]').setInputFiles({ name: 'edited.zip', mimeType: 'application/zip', buffer: readFileSync((await download.path())!) });
  await expect(page.locator('.banner')).toContainText('loaded from edited.zip');
  await expect(page.locator('.footer-facts')).toContainText(`${count + 1} statements`);
  await expect(page.locator('.banner')).not.toContainText('warning');
});

test('a problem links to the field at fault, and leaving with unsaved changes warns', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('tab', { name: 'About the map' }).click();
  await page.getByLabel('Title').fill('');
  const problem = page.locator('.edit-problems').getByRole('link', { name: 'title' });
  await expect(problem).toBeVisible();
  await page.locator('.editor-title').click();
  await problem.click();
  await expect(page.getByLabel('Title')).toBeFocused();
  // The map keeps the last valid version while the title is blank.
  await expect(page.locator('.masthead h1')).toHaveText(dataset.title);

  let asked = false;
  page.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test('deleting an actor that statements still name asks first and names them', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('tab', { name: /^Actors/ }).click();
  await page.getByRole('list', { name: 'Actors' }).getByRole('button', { name: 'North Atlantic Treaty Organization' }).click();
  await page.getByRole('button', { name: 'Delete this actor' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('is used');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('list', { name: 'Actors' }).getByRole('button', { name: 'North Atlantic Treaty Organization' })).toBeVisible();
});

test('axe finds no violations in the editor, with a new statement’s form open', async ({ page }) => {
  await openEditor(page);
  await selectInSource(page, SENTENCE);
  await page.getByRole('button', { name: 'New statement from selection' }).click();
  await expect(page.locator('.edit-pending')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.editor').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('tab', { name: /^Actors/ }).click();
  const forms = await new AxeBuilder({ page }).include('.editor').analyze();
  expect(forms.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('when the browser refuses to store drafts, the editor says changes are not being kept and offers the download', async ({ page, consoleErrors }) => {
  // As a full disk or a privacy setting does: IndexedDB cannot be opened.
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openEditor(page);
  await page.getByRole('tab', { name: 'About the map' }).click();
  await page.getByLabel('Title').fill('A title kept nowhere');
  const status = page.locator('.editor-kept');
  await expect(status).toContainText('Changes are not being kept in this browser');
  await expect(status).toContainText('the browser refused to store them (The quota has been exceeded). Download the dataset to keep them.');
  await expect(status).not.toContainText('Every change is kept');
  await expect(page.getByRole('button', { name: 'Download dataset' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('after a draft is restored and the banner above the map leaves, a click on China selects China', async ({ page }) => {
  await openEditor(page);
  await selectInSource(page, SENTENCE);
  await page.getByRole('button', { name: 'New statement from selection' }).click();
  const form = page.locator('.edit-pending');
  await form.getByLabel('Said by (actor)').selectOption('china');
  await form.getByRole('checkbox', { name: 'Russia' }).check();
  await form.getByLabel('Stance').selectOption('declines-to-condemn');
  await form.getByRole('button', { name: 'Add to the map' }).click();
  await expect(statementsTab(page)).toHaveText(`Statements (${dataset.statements.length + 1})`);

  await page.reload();
  await graphReady(page);
  // The pointer crosses the map while the draft's banner is above it: Cytoscape measures its place then.
  const china = await screenPoint(page, 'china');
  await page.mouse.move(china.x, china.y);
  const top = await page.locator('.stage').evaluate((el) => el.getBoundingClientRect().top);
  await page.getByRole('button', { name: 'Restore them in the editor' }).click();
  await expect(page.getByRole('button', { name: 'Restore them in the editor' })).toHaveCount(0);
  await expect.poll(() => page.locator('.stage').evaluate((el) => el.getBoundingClientRect().top)).not.toBe(top);
  await clickElement(page, 'china');
  await expect.poll(() => highlighted(page)).toEqual(['china']);
  await expect(panel(page).getByRole('heading', { level: 2 }).first()).toHaveText('China');
});
