import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { dataset, expect, graphReady, test } from './fixtures';

const slug = dataset.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const legend = (page: Page) => page.getByRole('region', { name: 'Stances' });
const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
/** The day a statement counts from, as the 'as of' filter reads it: undated ones from their source's day. */
const effectiveDate = (s: (typeof dataset.statements)[number]) => s.date ?? published.get(s.source)!;

async function openExports(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Share / embed' }).click();
  return page.getByRole('dialog', { name: 'Share and embed' }).getByRole('group', { name: 'Download' });
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(exports: Locator, name: string): Promise<{ file: string; bytes: Buffer }> {
  const started = exports.page().waitForEvent('download');
  await exports.getByRole('button', { name, exact: true }).click();
  const done = await started;
  return { file: done.suggestedFilename(), bytes: await readFile((await done.path())!) };
}

const svgTexts = (page: Page, svg: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent ?? '',
      // A wrapped label is one <tspan> per line: read back with the breaks as spaces.
      texts: [...doc.querySelectorAll('text')].map((t) => (t.children.length ? [...t.children].map((line) => line.textContent).join(' ') : t.textContent ?? '')),
    };
  }, svg);

const csvIds = (bytes: Buffer) => {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row) => row.id);
};

test.describe('export the current view', () => {
  test('the PNG is the view on screen at twice its size', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    const exports = await openExports(page);
    const canvas = await page.evaluate(() => window.__stancemapCy!.container()!.getBoundingClientRect().toJSON() as DOMRect);
    const { file, bytes } = await download(exports, 'Download PNG');
    expect(file).toBe(`${slug}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
    expect(Math.abs(bytes.readUInt32BE(16) - 2 * canvas.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(bytes.readUInt32BE(20) - 2 * canvas.height)).toBeLessThanOrEqual(2);
  });

  test('the SVG parses and names every actor and stance on the map, and follows the filters', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    // A stance alone on its arrow, whose label the map draws at this size.
    const warns = dataset.stances.find((s) => s.id === 'supports-un-system')!;
    const labels = await page.evaluate(() => window.__stancemapCy!.nodes(':visible').map((n) => n.data('label') as string));
    expect(labels.length).toBe(dataset.actors.length);
    // Every arrow label the canvas draws (labels without room are left out there and here alike).
    const arrows = await page.evaluate(() =>
      window.__stancemapCy!.edges('.pair:visible').map((e) => String(e.data('label')).replace(/\n/g, ' ')).filter(Boolean),
    );
    expect(arrows).toContain(warns.label);

    const before = await download(await openExports(page), 'Download SVG');
    expect(before.file).toBe(`${slug}.svg`);
    const all = await svgTexts(page, before.bytes.toString('utf8'));
    expect(all.errors).toBe(0);
    expect(all.root).toBe('svg');
    expect(all.title).toBe(dataset.title);
    for (const label of [...labels, ...arrows]) expect(all.texts).toContain(label);

    await page.reload();
    await graphReady(page);
    await legend(page).getByRole('button', { name: /^Supports the UN-centred order/ }).click();
    await expect(page).toHaveURL(/[?&]stance=/);
    const after = await svgTexts(page, (await download(await openExports(page), 'Download SVG')).bytes.toString('utf8'));
    expect(after.errors).toBe(0);
    expect(after.texts.some((text) => text.includes(warns.label))).toBe(false);
    expect(after.texts.length).toBeLessThan(all.texts.length);
  });

  test('CSV and JSON hold one row per visible statement', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    const exports = await openExports(page);
    const csv = await download(exports, 'Download statements as CSV');
    expect(csv.file).toBe(`${slug}.csv`);
    expect(csvIds(csv.bytes)).toEqual(dataset.statements.map((s) => s.id));
    const json = await download(exports, 'Download statements as JSON');
    expect(json.file).toBe(`${slug}.json`);
    const rows = JSON.parse(json.bytes.toString('utf8')) as Array<{ id: string; quote: string; citation: string }>;
    expect(rows.map((r) => r.id)).toEqual(dataset.statements.map((s) => s.id));
    expect(rows.map((r) => r.quote)).toEqual(dataset.statements.map((s) => s.quote));
  });

  test('with ?asof, the statement files hold exactly the statements on or before that day', async ({ page }) => {
    const day = '2022-02-24';
    const expected = dataset.statements.filter((s) => effectiveDate(s) <= day).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataset.statements.length);
    await page.goto(`./?asof=${day}`);
    await graphReady(page);
    const exports = await openExports(page);
    expect(csvIds((await download(exports, 'Download statements as CSV')).bytes)).toEqual(expected);
    const json = JSON.parse((await download(exports, 'Download statements as JSON')).bytes.toString('utf8')) as Array<{ id: string }>;
    expect(json.map((r) => r.id)).toEqual(expected);
  });

  test('dataset text cannot break out of the SVG', async ({ page }) => {
    const hostile = structuredClone(dataset);
    hostile.title = 'Tom & Jerry <script>alert(1)</script>';
    hostile.actors[0].short = '<b>"Bold" & \'brave\'</b>';
    hostile.stances[0].label = 'A </text><text>injected';
    await page.route('**/data/hostile.json', (route) => route.fulfill({ json: hostile }));
    await page.goto('./?data=data/hostile.json');
    await graphReady(page);
    const { file, bytes } = await download(await openExports(page), 'Download SVG');
    expect(file).toBe('tom-jerry-script-alert-1-script.svg');
    const svg = await svgTexts(page, bytes.toString('utf8'));
    expect(svg.errors).toBe(0);
    expect(svg.title).toBe(hostile.title);
    expect(svg.texts).toContain(hostile.actors[0].short);
    expect(svg.texts.some((text) => text.includes(hostile.stances[0].label))).toBe(true);
    expect(svg.texts).not.toContain('injected');
  });
});

test.describe('research formats from the share dialog', () => {
  test('annotations of the whole dataset anchor every quote in the archive the site publishes', async ({ page }) => {
    await page.goto('./?asof=2022-02-24');
    await graphReady(page);
    const exports = await openExports(page);
    await exports.getByRole('radio', { name: 'The whole dataset' }).check();
    const { file, bytes } = await download(exports, 'Download as W3C Web Annotations');
    expect(file).toBe(`${slug}-whole-dataset.annotations.jsonld`);
    const collection = JSON.parse(bytes.toString('utf8')) as { first: { items: Array<{ id: string; target: Array<{ source: string; selector: unknown }> }> } };
    expect(collection.first.items).toHaveLength(dataset.statements.length);
    const archived = collection.first.items[0].target[0] as { source: string; selector: Array<{ exact?: string; start?: number; end?: number }> };
    // The archive the annotation names is served by the site, and holds the words where the selector says.
    const text = await (await page.request.get(archived.source)).text();
    expect([...text].slice(archived.selector[1].start, archived.selector[1].end).join('')).toBe(archived.selector[0].exact);
    expect(collection.first.items[0].id).toContain(`statement=${dataset.statements[0].id}`);
  });

  test('the view as event records holds only the statements the filters leave', async ({ page }) => {
    const day = '2022-02-24';
    await page.goto(`./?asof=${day}`);
    await graphReady(page);
    const { file, bytes } = await download(await openExports(page), 'Download as PLOVER-style event records');
    expect(file).toBe(`${slug}.plover.jsonl`);
    const ids = bytes.toString('utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(dataset.statements.filter((s) => effectiveDate(s) <= day).map((s) => s.id));
  });

  test('GEXF, GraphML and the workbook download', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    const exports = await openExports(page);
    const gexf = await download(exports, 'Download as GEXF for Gephi');
    expect(gexf.bytes.toString('utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const graphml = await download(exports, 'Download as GraphML');
    expect(graphml.bytes.toString('utf8')).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    const xlsx = await download(exports, 'Download as an Excel workbook');
    expect(xlsx.file).toBe(`${slug}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('ascii')).toBe('PK');
  });
});
