import { dataset, expect, graphReady, panel, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const statement = dataset.statements.find((s) => s.id === 'wang-understands-russia-security-concerns')!;

test('each statement copies its permalink, which reopens that quote', async ({ page, baseURL }) => {
  await page.goto('./?actor=russia');
  await graphReady(page);
  const card = panel(page).locator(`[data-statement="${statement.id}"]`);
  await card.getByRole('button', { name: 'Copy link' }).click();
  await expect(card.getByRole('status')).toHaveText('✓ Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}?statement=${statement.id}`);

  await page.goto(link);
  await graphReady(page);
  await expect(panel(page).locator(`[data-statement="${statement.id}"]`)).toHaveClass(/is-selected/);
});

test('each statement copies a full plain-text citation', async ({ page, baseURL }) => {
  await page.goto(`./?statement=${statement.id}`);
  await graphReady(page);
  const card = panel(page).locator(`[data-statement="${statement.id}"]`);
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.getByRole('status')).toHaveText('✓ Citation copied');
  const source = dataset.sources[0];
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Wang Wenbin (Foreign ministry spokesperson, China), 25 February 2022: “${statement.quote}” Reported by ${source.publisher}, 25 February 2022, ${source.url}` +
      // Where the publisher, URL and date come from, when the archived text does not show them.
      (source.metadataFrom ? ` (Source details: ${source.metadataFrom})` : '') +
      ` Archived copy: ${baseURL}data/${source.archive!.replace(/\.txt$/, '.html')}#q-${statement.id}`,
  );
});
