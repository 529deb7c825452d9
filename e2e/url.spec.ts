import { dataset, expect, graphReady, highlighted, panel, test, visibleEdges, targetIds } from './fixtures';

const heading = (page: import('@playwright/test').Page) => panel(page).getByRole('heading', { level: 2 });

test('deep links open cold onto exactly that view', async ({ page }) => {
  await page.goto('./?actor=nato');
  await graphReady(page);
  await expect(heading(page)).toHaveText('North Atlantic Treaty Organization');
  expect(await highlighted(page)).toEqual(['nato']);

  await page.goto('./?from=china&to=united-states');
  await graphReady(page);
  await expect(heading(page)).toHaveText('China ⇄ United States');
  expect((await highlighted(page)).sort()).toEqual(
    [...new Set(dataset.statements.filter((s) => s.actor === 'china' && targetIds(s).includes('united-states')).map((s) => `china>united-states>${s.stance}`))].sort(),
  );

  // The list view hides the canvas, so this view is checked through the panel and the store's twin.
  await page.goto('./?statement=china-us-interfering-internal-affairs&stance=accuses-interference&asof=2022-02-24&view=list');
  const card = panel(page).locator('[data-statement="china-us-interfering-internal-affairs"]');
  await expect(card).toHaveClass(/is-selected/);
  await expect(card).toBeInViewport();
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('output[for="as-of-input"]')).toHaveText('24 February 2022');
  expect(await visibleEdges(page)).toEqual(['china>united-states>accuses-interference']);
});

test('unknown ids in a URL are dropped quietly and the rest of the view applies', async ({ page }) => {
  await page.goto('./?actor=atlantis&stance=warns,bogus&asof=2022-13-40');
  await graphReady(page);
  await expect(page).toHaveURL(/\?stance=warns$/);
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
  expect(await visibleEdges(page)).toEqual(['united-states>china>warns']);
});

test('Back and Forward walk through three selections; filters replace the entry', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  await panel(page).getByRole('button', { name: /^China/ }).click();
  await panel(page).getByRole('button', { name: /To Russia/ }).first().click();
  await expect(page).toHaveURL(/\?from=china&to=russia$/);
  await panel(page).getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL(/\?actor=russia$/);
  // A filter change replaces the current entry rather than adding one.
  await page.getByRole('region', { name: 'Stances' }).getByRole('button', { name: /^Warns/ }).click();
  await expect(page).toHaveURL(/\?actor=russia&stance=/);

  // Each entry is a whole view: going back restores the filters of that moment, too.
  await page.goBack();
  await expect(page).toHaveURL(/\?from=china&to=russia$/);
  await expect(heading(page)).toHaveText('China → Russia');
  await page.goBack();
  await expect(page).toHaveURL(/\?actor=china$/);
  await expect(heading(page)).toHaveText('China');
  expect(await highlighted(page)).toEqual(['china']);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();

  await page.goForward();
  await page.goForward();
  await expect(heading(page)).toHaveText('China → Russia');
  await page.goForward();
  await expect(heading(page)).toHaveText('Russia');
  await expect(page).toHaveURL(/\?actor=russia&stance=/);
});

test('a deep link to a statement scrolls its card into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 520 });
  // Find, on the relation view, a card that starts below the panel's fold.
  const [from, to] = ['china', 'united-states'];
  await page.goto(`./?from=${from}&to=${to}`);
  const forward = dataset.statements.filter((s) => s.actor === from && s.targets[0] === to).map((s) => s.id);
  const id = await panel(page).locator('.panel-scroll').evaluate((box, ids) => {
    const cards = [...box.querySelectorAll<HTMLElement>('[data-statement]')].filter((card) => ids.includes(card.dataset.statement!));
    const below = cards.filter((card) => card.getBoundingClientRect().top - box.getBoundingClientRect().top > box.clientHeight);
    return below.at(-1)?.dataset.statement ?? null;
  }, forward);
  expect(id, 'a card of this relation lies below the fold').not.toBeNull();
  const statement = dataset.statements.find((s) => s.id === id)!;
  expect(statement.actor === from && targetIds(statement)[0] === to).toBe(true);

  await page.goto(`./?statement=${id}`);
  const card = panel(page).locator(`[data-statement="${id}"]`);
  await expect(card).toHaveClass(/is-selected/);
  await expect(card).toBeInViewport({ ratio: 0.5 });
  await expect(panel(page).locator('.panel-scroll')).not.toHaveJSProperty('scrollTop', 0);
});
