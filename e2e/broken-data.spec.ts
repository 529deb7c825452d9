// Every dataset in the broken corpus shows the error page with its own message, and nothing throws.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const dir = 'e2e/fixtures/broken';
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<string, string>;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/broken/sources/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    try {
      return route.fulfill({ body: readFileSync(`e2e/fixtures/sources/${name}`, 'utf8') });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.route('**/data/broken/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ body: readFileSync(`${dir}/${name}`, 'utf8'), contentType: 'application/json' });
  });
});

for (const [file, message] of Object.entries(expected)) {
  test(`${file} shows the error page with its message`, async ({ page, consoleErrors }) => {
    await page.goto(`./?data=data/broken/${file}`);
    await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(message);
    await expect(page.getByRole('link', { name: 'Open the built-in dataset instead' })).toBeVisible();
    // A missing archive is a failed request, which the browser itself logs (in the check's worker, which
    // the page's console may not show); nothing else may be.
    if (file.includes('missing-archive')) expect(consoleErrors.splice(0).filter((error) => !error.includes('404 (Not Found)'))).toEqual([]);
  });
}
