import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { generateDataset } from '../scripts/generate';
import { expect, graphReady, panel, screenPoint, test } from './fixtures';
import type { Page } from '@playwright/test';

const minimal = JSON.parse(readFileSync('e2e/fixtures/minimal.json', 'utf8'));
const archive = readFileSync('data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt', 'utf8');

/** Serves a dataset at data/<name> beside the built-in one, so its archive resolves the same way. */
async function serve(page: Page, name: string, data: unknown) {
  await page.route(`**/data/${name}`, (route) => route.fulfill({ json: data }));
}

const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.__stancemapCy!.nodes().map((n) => [n.id(), n.position()])));

test('?data= renders a second dataset, says where it came from, and shows its version', async ({ page }) => {
  const second = generateDataset(12);
  // Held back until the page has shown what it is waiting for.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/second.json', async (route) => {
    await held;
    await route.fulfill({ json: second });
  });
  await page.goto('./?data=data/second.json', { waitUntil: 'commit' });
  // While it loads, the built-in dataset's prerendered quotes must not be on screen.
  await expect(page.getByRole('status')).toHaveText('Loading data/second.json…');
  await expect(page.locator('[data-statement]:visible')).toHaveCount(0);
  release();
  await graphReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  await expect(page.getByRole('note')).toContainText('loaded from data/second.json');
  expect(await page.evaluate(() => window.__stancemapCy!.nodes().map((n) => n.id()))).toEqual(second.actors.map((a) => a.id));
  await expect(page.locator('footer')).toContainText(`12 actors · ${second.statements.length} statements · 1 source`);

  await serve(page, 'minimal.json', minimal);
  await page.goto('./?data=data/minimal.json');
  await expect(page.locator('footer')).toContainText('Version 1.0.0');
  await expect(page.locator('footer')).toContainText('Updated 28 November 2026');
});

test('a dataset without positions gets the same force layout on every load', async ({ page }) => {
  const unplaced = generateDataset(30);
  delete unplaced.positions;
  await serve(page, 'unplaced.json', unplaced);
  await page.goto('./?data=data/unplaced.json');
  await graphReady(page);
  const first = await positions(page);
  await page.reload();
  await graphReady(page);
  expect(await positions(page)).toEqual(first);
  // Not the starting circle: the force layout moved the actors.
  expect(new Set(Object.values(first).map((p) => Math.round(Math.hypot(p.x, p.y)))).size).toBeGreaterThan(3);
});

test('a .json file dropped on the page opens, with a banner naming the file', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  const transfer = await page.evaluateHandle(([json, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'my-map.json', { type: 'application/json' }));
    data.items.add(new File([text], 'hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt', { type: 'text/plain' }));
    return data;
  }, [JSON.stringify(minimal), archive]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a dataset (.json) or its spreadsheet files')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minimal.title);
  await expect(page.getByRole('note')).toContainText('loaded from my-map.json on this computer');
  await graphReady(page);
  expect(await page.evaluate(() => window.__stancemapCy!.nodes().length)).toBe(minimal.actors.length);
});

test('the CSV templates open in the browser through the file picker', async ({ page }) => {
  await page.goto('./');
  const names = ['dataset', 'actors', 'people', 'sources', 'stances', 'statements', 'positions'].map((n) => `data/templates/${n}.csv`);
  await page.locator('footer input[type=file]').setInputFiles([...names, 'data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt']);
  const title = readFileSync('data/templates/dataset.csv', 'utf8').split(/\r?\n/)[1];
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.split(',')[0].replace(/"/g, ''));
  await graphReady(page);
});

test('the .xlsx template opens in the browser through the file picker, and a broken workbook names sheet, row and column', async ({ page }) => {
  await page.goto('./');
  await page.locator('footer input[type=file]').setInputFiles(['data/templates/stancemap-template.xlsx', 'data/sources/hindustan-times-2022-02-25-russia-willing-to-hold-talks.txt']);
  const title = readFileSync('data/templates/dataset.csv', 'utf8').split(/\r?\n/)[1];
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.split(',')[0].replace(/"/g, ''));
  await expect(page.getByRole('note')).toContainText('loaded from 2 files (stancemap-template.xlsx, hindustan-times');
  await graphReady(page);

  await page.goto('./');
  await page.locator('footer input[type=file]').setInputFiles({ name: 'map.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('id,name\nchina,China\n') });
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('is not an Excel workbook (.xlsx)');
  const sheets = ['dataset', 'actors', 'people', 'sources', 'stances', 'statements'].map((sheet) => ({
    sheet,
    data: Papa.parse<string[]>(readFileSync(`data/templates/${sheet}.csv`, 'utf8'), { skipEmptyLines: true }).data.map((row) => row.map((value) => (value ? { value: sheet === 'statements' && value === 'russia' ? 'rusia' : value } : null))),
  }));
  const broken = (await writeExcelFile(sheets as never).toBuffer()) as Buffer;
  await page.goto('./');
  await page.locator('footer input[type=file]').setInputFiles({ name: 'map.xlsx', mimeType: 'application/octet-stream', buffer: broken });
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(/statements sheet, row \d+, column (actor|targets): unknown actor "rusia" \(did you mean "russia"\?\)/);
});

test('a broken spreadsheet names file, row and column', async ({ page }) => {
  await page.goto('./');
  const statements = readFileSync('data/templates/statements.csv', 'utf8').replace(',russia,', ',rusia,');
  const file = (name: string) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: readFileSync(`data/templates/${name}.csv`) });
  await page.locator('footer input[type=file]').setInputFiles([
    ...['dataset', 'actors', 'people', 'sources', 'stances'].map(file),
    { name: 'statements.csv', mimeType: 'text/csv', buffer: Buffer.from(statements) },
  ]);
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(/statements\.csv row \d+, column (actor|targets): unknown actor "rusia" \(did you mean "russia"\?\)/);
});

test('arrange mode: drag an actor, download the dataset, and it reloads to the same positions', async ({ page }) => {
  await serve(page, 'minimal.json', minimal);
  await page.goto('./?data=data/minimal.json');
  await graphReady(page);
  await page.getByRole('button', { name: 'Arrange' }).click();
  await expect(page.getByRole('region', { name: 'Arrange' })).toBeVisible();

  const from = await screenPoint(page, 'ukraine');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 60, from.y + 40, { steps: 8 });
  await page.mouse.up();
  const moved = await positions(page);
  expect(moved.ukraine).not.toEqual(minimal.positions.ukraine);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dataset with positions' }).click()]);
  expect(download.suggestedFilename()).toBe('minimal-dataset.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.statements).toEqual(minimal.statements);
  expect(saved.positions.ukraine).toEqual({ x: Math.round(moved.ukraine.x), y: Math.round(moved.ukraine.y) });

  await serve(page, 'arranged.json', saved);
  await page.goto('./?data=data/arranged.json');
  await graphReady(page);
  expect(await positions(page)).toEqual(saved.positions);
});

test('outside arrange mode, actors cannot be dragged', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  expect(await page.evaluate(() => window.__stancemapCy!.autoungrabify())).toBe(true);
});

test('an XSS payload in every string field is shown as text and runs nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const hostile = structuredClone(minimal);
  const poison = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      if (['id', 'actor', 'speaker', 'stance', 'source', 'kind', 'tone', 'mode', 'date', 'published', 'updated', 'archive', '$schema'].includes(key ?? '')) return value;
      if (key === 'url') return `https://example.org/?q=${encodeURIComponent(payload)}`;
      return `${value} ${payload}`;
    }
    if (Array.isArray(value)) return key === 'targets' ? value : value.map((v) => poison(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'positions' ? v : poison(v, k)]));
    return value;
  };
  const data = poison(hostile) as typeof minimal;
  delete data.sources[0].archive;
  await serve(page, 'hostile.json', data);
  await page.goto('./?data=data/hostile.json&actor=russia');
  await graphReady(page);
  await expect(panel(page)).toContainText(payload);
  await page.getByRole('combobox').fill('onerror');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a dataset of 5,000 statements with 100 KB strings loads', async ({ page }) => {
  // Correctness only: how fast it loads is the benchmark's business (npm run bench), so waits are long.
  test.setTimeout(120_000);
  const big = generateDataset(1700);
  big.description = 'Long. '.repeat(17_000);
  big.statements[0].context = 'x'.repeat(100_000);
  await serve(page, 'big.json', big);
  await page.goto('./?data=data/big.json');
  await graphReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title, { timeout: 30_000 });
  expect(big.statements.length).toBeGreaterThanOrEqual(5000);
  await page.goto('./?data=data/big.json&actor=actor-0');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Actor 0', { timeout: 30_000 });
});
