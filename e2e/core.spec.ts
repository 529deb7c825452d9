import { originalAt } from '../src/model/sourceLinks';
import { clickElement, dataset, expect, graphReady, highlighted, panel, screenPoint, targetIds, test, visiblePairs } from './fixtures';

const CORE_ACTORS = ['china', 'russia', 'ukraine', 'united-states', 'nato'];
const actorName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await graphReady(page);
});

test('the overview shows the dataset and lists every actor', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(panel(page).getByText(dataset.description)).toBeVisible();
  for (const actor of dataset.actors) {
    await expect(panel(page).getByRole('button', { name: new RegExp(actor.name) })).toBeVisible();
  }
});

for (const id of CORE_ACTORS) {
  test(`clicking ${id} on the canvas shows its quotes in the panel`, async ({ page }) => {
    await clickElement(page, id);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(actorName(id));
    expect(await highlighted(page)).toEqual([id]);
    const involved = dataset.statements.filter((s) => s.actor === id || targetIds(s).includes(id));
    expect(involved.length).toBeGreaterThan(0);
    for (const statement of involved) {
      await expect(panel(page).locator(`[data-statement="${statement.id}"]`).first()).toContainText(statement.quote);
    }
  });
}

test('a statement card carries its provenance', async ({ page }) => {
  const statement = dataset.statements.find((s) => s.speaker === 'wang-wenbin' && s.mode === 'direct')!;
  const source = dataset.sources.find((s) => s.id === statement.source)!;
  await clickElement(page, statement.actor);
  const card = panel(page).locator(`[data-statement="${statement.id}"]`).first();
  await expect(card).toContainText(`“${statement.quote}”`);
  await expect(card).toContainText('Wang Wenbin, Foreign ministry spokesperson');
  const link = card.getByRole('link', { name: source.publisher });
  // The original, at the quote (a text fragment).
  await expect(link).toHaveAttribute('href', originalAt(source, statement));
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('clicking an arrow shows its statements beside the opposite direction, and opens one arrow per stance', async ({ page }) => {
  const id = 'russia>ukraine>supports-negotiation';
  // Every stance Russia takes on Ukraine is highlighted: one arrow each.
  const stances = [...new Set(dataset.statements.filter((s) => s.actor === 'russia' && targetIds(s).includes('ukraine')).map((s) => `russia>ukraine>${s.stance}`))].sort();
  expect(stances).toContain(id);
  expect(await visiblePairs(page)).toContain('russia>ukraine');
  await clickElement(page, 'russia>ukraine');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia ⇄ Ukraine');
  expect((await highlighted(page)).sort()).toEqual(stances);
  // The pair's arrows give way to one arrow per stance, in both directions.
  expect(await visiblePairs(page)).not.toContain('russia>ukraine');
  expect(await page.evaluate((edge) => window.__stancemapCy!.getElementById(edge).visible(), id)).toBe(true);
  const forward = dataset.statements.filter((s) => s.actor === 'russia' && targetIds(s).includes('ukraine'));
  const reverse = dataset.statements.filter((s) => s.actor === 'ukraine' && targetIds(s).includes('russia'));
  const forwardSection = panel(page).getByRole('region', { name: 'Russia on Ukraine' });
  const reverseSection = panel(page).getByRole('region', { name: 'Ukraine on Russia' });
  for (const s of forward) await expect(forwardSection.locator(`[data-statement="${s.id}"]`)).toContainText(s.quote);
  for (const s of reverse) await expect(reverseSection.locator(`[data-statement="${s.id}"]`)).toContainText(s.quote);
});

test('a one-way relation says so', async ({ page }) => {
  await clickElement(page, 'china>united-nations');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China → United Nations');
  await expect(panel(page).getByText('One-way. No statement by United Nations about China in this dataset.')).toBeVisible();
});

test('selecting from the panel highlights the node, and Escape clears both', async ({ page }) => {
  await panel(page).getByRole('button', { name: /Ukraine/ }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ukraine');
  expect(await highlighted(page)).toEqual(['ukraine']);
  const faded = await page.evaluate(() => window.__stancemapCy!.$('.faded').length);
  expect(faded).toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
  expect(await highlighted(page)).toEqual([]);
});

test('a relation heading in the panel selects that edge on the map', async ({ page }) => {
  await clickElement(page, 'china');
  await panel(page).getByRole('button', { name: /To United Nations/ }).click();
  expect(await highlighted(page)).toEqual(['china>united-nations>supports-un-system']);
});

test('a click on the empty background and the close button both clear the selection', async ({ page }) => {
  await clickElement(page, 'russia');
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  // The bottom-left corner: empty map (the zoom buttons sit top right).
  await page.mouse.click(box.x + 12, box.y + box.height - 12);
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();

  await clickElement(page, 'nato');
  await panel(page).getByRole('button', { name: /Close selection/ }).click();
  await expect(panel(page).getByRole('heading', { name: 'Actors' })).toBeVisible();
  expect(await highlighted(page)).toEqual([]);
});

/** How the drawn actors sit in the canvas: inside it, and how much of its width and height they span. */
const fit = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const cy = window.__stancemapCy!;
    const box = cy.nodes().renderedBoundingBox({ includeLabels: false });
    const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    return { inside, span: Math.max(box.w / cy.width(), box.h / cy.height()) };
  });

test('the map fits its box again when the window is resized, smaller or larger', async ({ page }) => {
  for (const size of [{ width: 700, height: 800 }, { width: 1600, height: 1000 }]) {
    await page.setViewportSize(size);
    // Fitted: every actor inside the canvas, and the drawing spanning most of it one way or the other.
    await expect.poll(async () => {
      const { inside, span } = await fit(page);
      return inside && span > 0.6;
    }, { message: `fitted at ${size.width}×${size.height}` }).toBe(true);
  }
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  for (const id of CORE_ACTORS) {
    const { x, y } = await screenPoint(page, id);
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThan(box.x + box.width);
    expect(y).toBeGreaterThan(box.y);
    expect(y).toBeLessThan(box.y + box.height);
  }
});

test('the default view arrives prerendered, with the static map, and the live graph follows on intent', async ({ page, browser }) => {
  // Without JavaScript: the whole content is already in the HTML.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(page.context().pages()[0].url());
  await expect(bare.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(bare.getByRole('img', { name: `Map of ${dataset.title}` })).toBeVisible();
  await expect(bare.locator('[data-statement]')).toHaveCount(dataset.statements.length);
  for (const actor of dataset.actors) await expect(bare.getByRole('button', { name: new RegExp(actor.name) })).toBeVisible();
  // Controls that need scripts are not offered; the reader is told the map can be explored with them.
  await expect(bare.getByRole('slider', { name: 'As of' })).toBeHidden();
  await expect(bare.getByRole('button', { name: 'Share / embed' })).toBeHidden();
  await expect(bare.getByText('with JavaScript on, it can be explored')).toBeVisible();
  // On a phone the key stays unfolded: no script could unfold it.
  await bare.setViewportSize({ width: 390, height: 844 });
  await expect(bare.locator('.legend').getByText(dataset.stances[0].label, { exact: true })).toBeVisible();
  await noScript.close();

  // With JavaScript the same DOM is taken over, and the canvas replaces the picture.
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'default');
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.getByRole('img', { name: `Map of ${dataset.title}` })).toHaveCount(0);
});
