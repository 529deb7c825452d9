// A ?data= address that gives no dataset says why, by name: not found (a 404, or a web page where a
// dataset was asked for), another origin reached by a redirect, too large, or cancelled by the reader.
import { expect, test } from './fixtures';

const problems = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Problems' });

test.describe('load errors', () => {
  test('a missing file (404) is named as not found, with its URL', async ({ page, consoleErrors }) => {
    await page.route('**/data/missing.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto('./?data=data/missing.json');
    await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
    await expect(problems(page)).toContainText(`(data): was not found: ${new URL('data/missing.json', page.url()).href} answered HTTP 404`);
    // The browser itself logs the failed request; nothing else may be logged.
    expect(consoleErrors.splice(0).filter((error) => !error.includes('404'))).toEqual([]);
  });

  test('a web page answered for the dataset (a static host\'s index.html) is named as not found', async ({ page }) => {
    await page.route('**/data/moved.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><p>Welcome' }));
    await page.goto('./?data=data/moved.json');
    await expect(problems(page)).toContainText('answered with a web page, not a dataset');
  });

  test('a redirect to another origin is refused, its data never shown', async ({ page, baseURL }) => {
    const other = baseURL!.replace('127.0.0.1', 'localhost');
    await page.route('**/data/redir.json', (route) => route.fulfill({ status: 302, headers: { location: `${other}evil.json` } }));
    await page.route(`${other}evil.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ title: 'Evil map' }) }),
    );
    await page.goto('./?data=data/redir.json');
    await expect(problems(page)).toContainText(`was redirected to ${new URL(other).origin}, another origin`);
    await expect(page.getByText('Evil map')).toHaveCount(0);
  });

  test('a file past the download limit is refused by its size', async ({ page }) => {
    await page.route('**/data/huge.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: `{"title":"${'x'.repeat(21 * 1024 * 1024)}"}` }));
    await page.goto('./?data=data/huge.json');
    await expect(problems(page)).toContainText('is larger than 20 MB, the most this page loads');
  });

  test('a response that never comes can be cancelled from the loading note', async ({ page }) => {
    await page.route('**/data/slow.json', () => {
      // Never answered.
    });
    await page.goto('./?data=data/slow.json');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(problems(page)).toContainText('was not loaded: loading was cancelled');
  });
});
