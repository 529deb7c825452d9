import dataset from '../data/graph.json' with { type: 'json' };
import { expect, test } from './fixtures';

test('an invalid dataset shows every problem with its path, never a blank page', async ({ page }) => {
  const broken = structuredClone(dataset) as Record<string, unknown> & typeof dataset;
  broken.statements[3].targets = ['nato2'];
  broken.actors[0].kind = 'country';
  await page.route('**/broken.json', (route) => route.fulfill({ json: broken }));
  await page.route('**/sources/*.txt', (route) => route.fulfill({ body: 'an archive that quotes nothing' }));

  await page.goto('./?data=broken.json');
  await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('actors[0].kind: must be one of: state, alliance, organization, group; got "country"');
  await expect(problems).toContainText('statements[3].targets[0]: unknown actor "nato2" (did you mean "nato"?)');
  await expect(problems).toContainText(`statements[0].quote: not found word for word in the archived source`);
  await page.getByRole('link', { name: 'Open the built-in dataset instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
});

test('a dataset that is not JSON, or cannot be fetched, is named as such', async ({ page, consoleErrors }) => {
  await page.route('**/not-json.json', (route) => route.fulfill({ body: '{ "title": ' }));
  await page.goto('./?data=not-json.json');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('(data): is not valid JSON');

  await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?data=missing.json');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('(data): was not found: ');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('missing.json answered HTTP 404');
  // The browser itself logs the failed request; that one line is expected, anything else is not.
  expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('404 (Not Found)')]);
});

test('a dataset from another origin is refused with a reason', async ({ page }) => {
  await page.goto('./?data=https://example.org/graph.json');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('only datasets from this site can be loaded; https://example.org is another origin');
});
