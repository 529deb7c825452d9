// Printing a view: the title, the map, the key, every statement of the view in full with its
// citation, and the sources; no controls, no scroll boxes, no bottom sheet; on A4 and Letter alike.
import type { Page } from '@playwright/test';
import { buildIndex } from '../src/model/relations';
import { statementsInView } from '../src/model/viewSources';
import { dataset, expect, graphReady, test } from './fixtures';

const index = buildIndex(dataset);
const china = statementsInView(index, { kind: 'actor', id: 'china' }, () => true);

/** The page as printed: print media, then checks on what is shown. */
async function asPrinted(page: Page) {
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Search actors, people, stances and quotes', 'Share / embed', 'Zoom in', 'Close selection and show the overview']) {
    await expect(page.getByRole('button', { name }).or(page.getByRole('combobox', { name }))).toBeHidden();
  }
  for (const name of ['Copy link', 'Copy citation']) for (const button of await page.getByRole('button', { name }).all()) await expect(button).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.graph-host canvas').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stances', exact: true })).toBeVisible();
  // Nothing scrolls: every box shows its whole content, so nothing is cut on paper.
  const scrollers = await page.locator('.app *').evaluateAll((elements) =>
    elements.filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1).map((el) => el.className),
  );
  expect(scrollers).toEqual([]);
  expect(await page.locator('.panel').evaluate((el) => getComputedStyle(el).position)).toBe('static');
}

const mediaBox = (pdf: Buffer) => /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length;

for (const [width, height, mobile] of [[390, 844, true], [1440, 900, false]] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
    test('a printed actor holds its every statement with its citation, and its sources; no bottom sheet', async ({ page }) => {
      await page.goto('./?actor=china');
      await graphReady(page);
      await asPrinted(page);
      for (const statement of china) {
        const card = page.locator(`[data-statement="${statement.id}"]`).first();
        await expect(card).toBeVisible();
        await expect(card).toContainText(statement.quote);
        await expect(card.locator('.source')).toContainText('Reported by Hindustan Times, 25 February 2022');
      }
      const sources = page.getByRole('region', { name: 'Sources' });
      await expect(sources).toBeVisible();
      await expect(sources).toContainText(dataset.sources[0].url);
    });
  });
}

test('the overview prints every statement, though its fold is closed on screen; A4 and Letter', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  await expect(page.locator('details.all-statements')).not.toHaveAttribute('open');
  await asPrinted(page);
  for (const statement of dataset.statements) await expect(page.locator(`[data-statement="${statement.id}"]`).first()).toBeVisible();

  const a4 = await page.pdf({ format: 'A4' });
  const letter = await page.pdf({ format: 'Letter' });
  expect(mediaBox(a4).map(Math.round)).toEqual([596, 843]);
  expect(mediaBox(letter)).toEqual([612, 792]);
  // Twenty-one statements in full do not fit one page: the panel flows on instead of being cut at the first.
  expect(pageCount(a4)).toBeGreaterThan(3);
  expect(pageCount(letter)).toBeGreaterThan(3);
});
