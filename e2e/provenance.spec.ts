import { readFileSync } from 'node:fs';
import { anchorQuote } from '../src/model/anchor';
import { countRemarks } from '../src/model/provenance';
import { originalAt } from '../src/model/sourceLinks';
import { dataset, expect, graphReady, panel, test, targetIds } from './fixtures';

const source = dataset.sources[0];
const archive = readFileSync(`data/${source.archive}`, 'utf8');
/** The archive's own words at a statement's anchor, as the reader must highlight them. */
const exact = (id: string) => {
  const statement = dataset.statements.find((s) => s.id === id)!;
  const result = anchorQuote(archive, statement.quote, statement.occurrence);
  if (!result.ok) throw new Error(`${id} does not anchor`);
  return result.anchor.selector.exact;
};
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

test('"Show in source" highlights exactly each quote in the archived text, in view, with its paragraph', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await graphReady(page);
  // The overview lists every statement of the built-in dataset: one page load for all of them.
  await page.locator('details.all-statements > summary').click();
  for (const statement of dataset.statements) {
    await panel(page).locator(`[data-statement="${statement.id}"]`).getByRole('link', { name: 'Show in source' }).click();
    const reader = page.getByRole('dialog', { name: /Hindustan Times/ });
    const current = reader.locator('mark.quote-current');
    await expect(current.first()).toBeInViewport();
    expect(normalize((await current.allTextContents()).join('')), statement.id).toBe(normalize(exact(statement.id)));
    await expect(reader.locator('p.para-current mark.quote-current').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reader).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Actors' })).toBeVisible();
});

test('the repeated phrase highlights the occurrence the dataset pins, and other quotes open in turn', async ({ page }) => {
  await page.goto('./?statement=xi-supports-resolution-through-negotiation');
  await graphReady(page);
  await panel(page).locator('[data-statement="xi-supports-resolution-through-negotiation"]').getByRole('link', { name: 'Show in source' }).click();
  const reader = page.getByRole('dialog');
  await expect(reader.locator('p.para-current')).toContainText('as per an official readout of the Friday afternoon call');
  // The second occurrence, two paragraphs on, is plain text: no statement pins it.
  await expect(reader.locator('p', { hasText: 'China’s basic position' }).locator('mark.quote-current')).toHaveCount(0);

  await reader.getByRole('link', { name: 'We understand Russia’s legitimate concerns on security issues' }).click();
  await expect(reader.locator('mark.quote-current')).toHaveText(exact('wang-understands-russia-security-concerns'));
  await expect(panel(page).locator('[data-statement="wang-understands-russia-security-concerns"]')).toHaveClass(/is-selected/);
});

test('the source link opens the original at the quote in a new tab, and the citation names the archived copy', async ({ page, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const statement = dataset.statements.find((s) => s.id === 'putin-us-nato-ignored-security-concerns')!;
  await page.goto(`./?statement=${statement.id}`);
  await graphReady(page);
  const card = panel(page).locator(`[data-statement="${statement.id}"]`);
  const link = card.getByRole('link', { name: source.publisher });
  await expect(link).toHaveAttribute('href', originalAt(source, statement));
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await card.getByRole('button', { name: 'Copy citation' }).click();
  const page_ = source.archive!.replace(/\.txt$/, '.html');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`Archived copy: ${baseURL}data/${page_}#q-${statement.id}$`.replace(/\./g, '\\.')));
});

test('inferred arrows, dates and targets say so in words', async ({ page }) => {
  await page.goto('./?from=united-states&to=china');
  await graphReady(page);
  await expect(panel(page).getByText(/Inferred arrow:/)).toBeVisible();
  await expect(panel(page).getByText('Target inferred: China:')).toBeVisible();
  // Arrows are drawn one per pair: the inferred stance towards Ukraine shares its arrow with stated ones.
  await expect(page.getByText(/Inferred arrows \(2\)/)).toBeVisible();

  await page.goto('./?statement=wang-sanctions-never-effective');
  await graphReady(page);
  const card = panel(page).locator('[data-statement="wang-sanctions-never-effective"]');
  await expect(card.getByText('Date inferred:')).toBeVisible();
  await expect(card).toContainText('The report gives no day for this remark');
  // The sanctions are the US's and the EU's by the report's own question: that arrow is not inferred.
  await expect(panel(page).locator('[data-relation="china>united-states>opposes-sanctions"]')).toBeVisible();
  await expect(panel(page).locator('[data-relation="china>united-states>opposes-sanctions"] .inferred-arrow')).toHaveCount(0);
  await expect(panel(page).locator('[data-relation="united-states>china>warns"] .inferred-arrow')).toHaveCount(1);

  await page.goto('./?statement=putin-ready-high-level-negotiations');
  await graphReady(page);
  await expect(panel(page).locator('[data-statement="putin-ready-high-level-negotiations"]')).toContainText('Translation: The English words of China’s official account');
});

test('counts follow remarks: two wordings of one remark count once, and show together', async ({ page }) => {
  await page.goto('./?from=russia&to=ukraine');
  await graphReady(page);
  const backing = dataset.statements.filter((s) => s.actor === 'russia' && targetIds(s).includes('ukraine') && s.stance === 'supports-negotiation');
  const group = panel(page).locator('[data-relation="russia>ukraine>supports-negotiation"]');
  await expect(group.locator('.group-heading .count')).toHaveText(`${countRemarks(backing)} remarks, ${backing.length} wordings`);
  const remark = group.getByRole('group', { name: 'One remark in 2 wordings' });
  await expect(remark.locator('[data-statement]')).toHaveCount(2);
  const negotiation = dataset.statements.filter((s) => s.stance === 'supports-negotiation');
  await expect(page.getByRole('button', { name: /^Supports negotiation/ }).locator('.count')).toHaveText(String(countRemarks(negotiation)));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a prerendered statement opens its passage, highlighted, in the archive page', async ({ page }) => {
    await page.goto('./');
    await page.locator('details.all-statements > summary').click();
    const id = 'wang-abandon-cold-war-mentality';
    await page.locator(`[data-statement="${id}"]`).getByRole('link', { name: 'Show in source' }).click();
    await expect(page).toHaveURL(new RegExp(`/data/sources/.+\\.html#q-${id}$`));
    const marks = page.locator(`mark[data-q~="${id}"]`);
    await expect(marks.first()).toBeInViewport();
    expect(normalize((await marks.allTextContents()).join(''))).toBe(normalize(exact(id)));
    await expect(marks.first()).toHaveCSS('background-color', 'rgb(240, 228, 66)');
    await expect(page.locator('mark[data-q~="wang-sanctions-never-effective"]')).not.toHaveCSS('background-color', 'rgb(240, 228, 66)');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the source reader keeps its close control in view, and a tap on the backdrop closes it', async ({ page }) => {
    // The last paragraph's quote: the reader scrolls furthest down to show it.
    const last = dataset.statements.at(-1)!;
    await page.goto(`./?statement=${last.id}`);
    await graphReady(page);
    await panel(page).locator(`[data-statement="${last.id}"]`).getByRole('link', { name: 'Show in source' }).click();
    const reader = page.getByRole('dialog', { name: /Hindustan Times/ });
    await expect(reader.locator('mark.quote-current').first()).toBeInViewport();
    await expect(reader.getByRole('button', { name: 'Close the source' })).toBeInViewport();
    const box = (await reader.boundingBox())!;
    await page.touchscreen.tap(box.x / 2, box.y + box.height / 2);
    await expect(reader).toBeHidden();
  });
});
