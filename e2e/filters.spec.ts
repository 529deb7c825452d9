import { countRemarks } from '../src/model/provenance';
import { classesOf, clickElement, dataset, expect, graphReady, panel, screenPoint, test, visibleEdges, targetIds } from './fixtures';

const legend = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Stances' });
// The legend counts remarks: two wordings of one remark count once.
const count = (stance: string) => countRemarks(dataset.statements.filter((s) => s.stance === stance));

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
});

test('the legend lists every stance with its tone and count', async ({ page }) => {
  for (const stance of dataset.stances) {
    await expect(legend(page).getByRole('button', { name: new RegExp(`^${stance.label}\\s*${count(stance.id)}$`) })).toHaveAttribute('aria-pressed', 'true');
  }
  for (const tone of ['Cooperative', 'Neutral', 'Confrontational']) {
    await expect(legend(page).getByRole('button', { name: tone })).toBeVisible();
  }
});

test('toggling a stance hides its edges, fades actors left alone, and the panel says what is hidden', async ({ page }) => {
  await legend(page).getByRole('button', { name: /^Supports the UN-centred order/ }).click();
  await expect(page).toHaveURL(/[?&]stance=/);
  expect(await visibleEdges(page)).not.toContain('china>united-nations>supports-un-system');
  expect(await classesOf(page, 'united-nations')).toContain('isolated');
  expect(await classesOf(page, 'china')).not.toContain('isolated');

  await clickElement(page, 'china');
  await expect(panel(page).getByText('1 statement hidden by the filters.')).toBeVisible();
  await expect(panel(page).locator('[data-statement="xi-safeguard-un-centred-system"]')).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Show all' }).click();
  await expect(panel(page).locator('[data-statement="xi-safeguard-un-centred-system"]')).toHaveCount(1);
  expect(await visibleEdges(page)).toContain('china>united-nations>supports-un-system');
});

test('a tone toggles its whole group', async ({ page }) => {
  const tone = legend(page).getByRole('button', { name: 'Confrontational' });
  await tone.click();
  await expect(tone).toHaveAttribute('aria-pressed', 'false');
  const confrontational = new Set(dataset.stances.filter((s) => s.tone === 'confrontational').map((s) => s.id));
  const edges = await visibleEdges(page);
  expect(edges.length).toBeGreaterThan(0);
  expect(edges.some((id) => confrontational.has(id.split('>')[2]))).toBe(false);
  await legend(page).getByRole('button', { name: /^Warns/ }).click();
  await expect(tone).toHaveAttribute('aria-pressed', 'mixed');
  await tone.click();
  await expect(tone).toHaveAttribute('aria-pressed', 'true');
});

test("'as of' shows the map as it stood on a day, and the counts follow", async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/asof=2022-02-24/);
  await expect(page.locator('output[for="as-of-input"]')).toHaveText('24 February 2022');
  const before24 = dataset.statements.filter((s) => s.date && s.date <= '2022-02-24');
  expect(await visibleEdges(page)).toEqual(before24.flatMap((s) => targetIds(s).map((t) => `${s.actor}>${t}>${s.stance}`)));
  await expect(legend(page).getByRole('button', { name: /^Supports negotiation\s*0$/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(/asof=/);
  expect((await visibleEdges(page)).length).toBeGreaterThan(before24.length);
});

test('edge weights follow the filters', async ({ page }) => {
  // The same words, said again a day earlier, so one relation spans two days.
  const twice = structuredClone(dataset);
  const original = twice.statements.find((s) => s.id === 'putin-ready-high-level-negotiations')!;
  twice.statements.push({ ...original, id: 'putin-ready-earlier', date: '2022-02-24' });
  await page.route('**/data/twice.json', (route) => route.fulfill({ json: twice }));
  const weight = () => page.evaluate(() => window.__stancemapCy!.getElementById('russia>ukraine>supports-negotiation').data('weight'));
  const all = twice.statements.filter((s) => s.actor === 'russia' && targetIds(s).includes('ukraine') && s.stance === 'supports-negotiation');

  await page.goto('./?data=data/twice.json');
  await graphReady(page);
  // The earlier copy shares its remark with the original: the weight counts remarks.
  expect(await weight()).toBe(countRemarks(all));
  expect(countRemarks(all)).toBeLessThan(all.length);
  await page.goto('./?data=data/twice.json&asof=2022-02-24');
  await graphReady(page);
  expect(await weight()).toBe(1);
});

test('hovering an actor highlights its neighbourhood and dims the rest', async ({ page }) => {
  const point = await screenPoint(page, 'united-nations');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => classesOf(page, 'russia')).toContain('dim');
  expect(await classesOf(page, 'china')).not.toContain('dim');
  expect(await classesOf(page, 'china>united-nations')).not.toContain('dim');
  await page.mouse.move(5, 5);
  await expect.poll(() => classesOf(page, 'russia')).not.toContain('dim');
});

test('selecting an edge highlights its two ends and fades the rest', async ({ page }) => {
  await clickElement(page, 'china>united-nations');
  expect(await classesOf(page, 'china')).not.toContain('faded');
  expect(await classesOf(page, 'united-nations')).not.toContain('faded');
  expect(await classesOf(page, 'russia')).toContain('faded');
});

test('with a single date in the data the control is shown, disabled, with that date', async ({ page }) => {
  const single = structuredClone(dataset);
  single.statements = single.statements.filter((s) => s.date === '2022-02-25');
  // Served beside the built-in dataset, so its archived source resolves as the real one does.
  await page.route('**/data/single.json', (route) => route.fulfill({ json: single }));
  await page.goto('./?data=data/single.json');
  await graphReady(page);
  await expect(page.getByRole('slider', { name: 'As of' })).toBeDisabled();
  await expect(page.locator('output[for="as-of-input"]')).toHaveText('25 February 2022');
});
