import { dataset, expect, graphReady, highlighted, panel, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
});

test('`/` focuses the search; results are grouped by kind; arrows and Enter pick one', async ({ page }) => {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search actors, people, stances and quotes' });
  await expect(box).toBeFocused();
  await page.keyboard.type('wang');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('group', { name: 'People' }).getByRole('option')).toHaveText([/Wang Wenbin/]);
  await expect(page).toHaveURL(/q=wang/);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(results.getByRole('option', { selected: true })).toContainText('Wang Wenbin');
  await page.keyboard.press('Enter');
  await expect(results).toBeHidden();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China');
  expect(await highlighted(page)).toEqual(['china']);
});

test('statement text is found ignoring case and accents, and picking a quote shows it', async ({ page }) => {
  const statement = dataset.statements.find((s) => s.id === 'wang-sanctions-never-effective')!;
  await page.getByRole('combobox').fill('SÁNCTIONS HAVE');
  const option = page.getByRole('group', { name: 'Statements' }).getByRole('option');
  await expect(option).toHaveCount(1);
  await option.click();
  const card = panel(page).locator(`[data-statement="${statement.id}"]`);
  await expect(card).toHaveClass(/is-selected/);
  await expect(card).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`statement=${statement.id}`));
});

test('a stance is found by its label and offers its arrows; any spelling of a name finds it', async ({ page }) => {
  const box = page.getByRole('combobox');
  await box.fill('sanctions');
  await expect(page.getByRole('group', { name: 'Stances' }).getByRole('option')).toHaveText([/Opposes sanctions/]);
  const arrows = page.getByRole('group', { name: 'Arrows' }).getByRole('option');
  await expect(arrows).toHaveCount(2);
  await arrows.first().click();
  await expect(page).toHaveURL(/from=china&to=united-states/);

  // The box still holds the words after a pick: typing them anew opens the results again.
  await box.fill('');
  await box.fill('sanctions');
  await page.getByRole('group', { name: 'Stances' }).getByRole('option').click();
  await expect(page).toHaveURL(/stance=opposes-sanctions(&|$)/);

  await box.fill('Zelenskyy');
  await expect(page.getByRole('group', { name: 'People' }).getByRole('option')).toHaveText([/Volodymyr Zelenskiy/]);
});

test('Escape closes the results without clearing the selection, then clears it', async ({ page }) => {
  await page.goto('./?actor=russia');
  await graphReady(page);
  const box = page.getByRole('combobox');
  await box.fill('nato');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await box.blur();
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.getByRole('combobox').fill('xyzzy');
  await expect(page.getByRole('status').filter({ hasText: 'No matches for “xyzzy”' })).toBeVisible();
});

test('?q= opens with the search and its results', async ({ page }) => {
  await page.goto('./?q=biden');
  await expect(page.getByRole('combobox')).toHaveValue('biden');
  await expect(page.getByRole('group', { name: 'People' }).getByRole('option')).toHaveText([/Joe Biden/]);
});
