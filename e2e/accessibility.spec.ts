import AxeBuilder from '@axe-core/playwright';
import { clickElement, dataset, expect, graphReady, highlighted, panel, test, targetIds } from './fixtures';
import type { Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('axe finds no violations', () => {
  test('with a quote shown in its source', async ({ page }) => {
    await page.goto('./?statement=xi-supports-resolution-through-negotiation');
    await graphReady(page);
    await panel(page).locator('[data-statement="xi-supports-resolution-through-negotiation"]').getByRole('link', { name: 'Show in source' }).click();
    await expect(page.locator('mark.quote-current')).toBeInViewport();
    await expectNoViolations(page);
  });

  test('on the overview', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    await expectNoViolations(page);
  });

  test('with an actor selected', async ({ page }) => {
    await page.goto('./');
    await graphReady(page);
    await clickElement(page, 'china');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China');
    await expectNoViolations(page);
  });

  test('with an edge selected', async ({ page }) => {
    await page.goto('./?from=russia&to=ukraine');
    await graphReady(page);
    await expectNoViolations(page);
  });

  test('in the list view', async ({ page }) => {
    await page.goto('./?view=list');
    await expectNoViolations(page);
  });

  test('with the search open', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox').fill('ch');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoViolations(page);
  });
});

test('the list view reaches every actor and relation, in sync with the graph, and announces the selection', async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
  await page.getByRole('button', { name: 'List' }).click();
  const list = page.locator('.list-view');
  for (const actor of dataset.actors) await expect(list.getByRole('button', { name: new RegExp(`^${actor.name}`) })).toBeVisible();
  const pairs = new Set(dataset.statements.flatMap((s) => targetIds(s).map((t) => `${s.actor}>${t}`)));
  await expect(list.locator('.twin-relation')).toHaveCount(pairs.size);

  const ukraineToRussia = list.getByRole('list', { name: 'Ukraine spoke about' }).getByRole('button', { name: /about Russia/ });
  await list.getByRole('button', { name: /^Ukraine/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(ukraineToRussia).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ukraine ⇄ Russia');
  await expect(page.locator('[aria-live="polite"]')).toHaveText(/Relation selected: Ukraine and Russia/);
  await expect(ukraineToRussia).toHaveAttribute('aria-current', 'true');

  await page.getByRole('button', { name: 'Graph' }).click();
  await graphReady(page);
  expect(await highlighted(page)).toEqual(['ukraine>russia>supports-negotiation']);
});

test('the graph region carries a text summary', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Map of stances' })).toHaveAccessibleDescription(
    new RegExp(`^Map of ${dataset.actors.length} actors joined by \\d+ relations, backed by ${dataset.statements.length} statements`),
  );
});

test('keyboard only: from search to a quote and its citation, without a mouse', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await graphReady(page);
  await page.keyboard.press('/');
  await page.keyboard.type('legitimate concerns');
  // Stances and arrows whose labels match come first: move down to the quote itself.
  const active = page.locator('[role="option"][aria-selected="true"]');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await active.textContent())?.includes('legitimate concerns on security issues')) break;
  }
  await expect(active).toContainText('legitimate concerns on security issues');
  await page.keyboard.press('Enter');
  const card = panel(page).locator('[data-statement="wang-understands-russia-security-concerns"]');
  await expect(card).toHaveClass(/is-selected/);

  // Tab onward until the selected card's citation button has focus.
  const target = card.getByRole('button', { name: 'Copy citation' });
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText('✓ Citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('We understand Russia’s legitimate concerns on security issues');
});
