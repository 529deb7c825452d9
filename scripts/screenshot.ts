// npm run screenshot [url-suffix ...]: builds nothing; expects `npm run preview` to be serving the
// build. Writes docs/screenshot*.png at a desktop and a phone width, for the README and for review.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/browser';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const views = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath() });
for (const [name, width, height] of [['desktop', 1440, 900], ['phone', 320, 640]] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const [i, view] of (views.length ? views : ['']).entries()) {
    await page.goto(base + view);
    await page.waitForFunction(() => !!window.__stancemapCy || !!document.querySelector('.error-page'));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/screenshot-${name}${i ? `-${i}` : ''}.png` });
  }
  await page.close();
}
await browser.close();
