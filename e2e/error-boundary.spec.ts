// A part of the page that throws while rendering shows a sentence in its place; the rest keeps
// working. The errors are forced from outside the app, before any of its code runs.
import { dataset, expect, panel, test } from './fixtures';

const [actor] = dataset.actors;

test('when Cytoscape cannot draw, the map says so and the statements and the list view still work', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    // The page draws on no canvas but the map's.
    HTMLCanvasElement.prototype.getContext = () => {
      throw new Error('forced: no canvas here');
    };
  });
  await page.goto(`./?actor=${actor.id}`);
  await expect(page.getByRole('alert')).toContainText('The map could not be shown.');
  await expect(page.getByRole('alert')).toContainText('forced: no canvas here');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(actor.name);

  await page.getByRole('button', { name: 'List' }).click();
  const other = dataset.actors[1];
  await page.locator('.list-view').getByRole('button', { name: new RegExp(`^${other.name}`) }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(other.name);
  expect(consoleErrors.join('\n')).toContain('forced: no canvas here');
  consoleErrors.splice(0);
});

test('a page that fails to render says so, with a way out, instead of going blank', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      get() {
        throw new Error('forced: no dates');
      },
    });
  });
  await page.goto('./?view=list');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('could not be shown');
  await expect(alert).toContainText('forced: no dates');
  await expect(page.getByRole('link', { name: 'open the built-in dataset' })).toHaveAttribute('href', './');
  expect(consoleErrors.join('\n')).toContain('forced: no dates');
  consoleErrors.splice(0);
});
