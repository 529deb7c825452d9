// A newsroom embeds the map in an article with embed.js: the frame stays within 1.5 screens of the
// reader's window, long lists fold behind "Show all", every quote stays reachable, the credit line
// stays on the frame's screen, and "Open the full map" opens the same view in a tab of its own.
import type { Frame, Page } from '@playwright/test';
import { groupRemarks } from '../src/model/provenance';
import { actorGroups, buildIndex } from '../src/model/relations';
import { dataset, expect, test } from './fixtures';

const index = buildIndex(dataset);
const china = actorGroups(index, 'china');
const chinaStatements = new Set([...china.by, ...china.about].flatMap((group) => group.statements.map((s) => s.id)));

/** An article holding the embed of `view` through embed.js, as the share dialog's script snippet makes it. */
async function article(page: Page, baseURL: string, view: string, attributes = ''): Promise<Frame> {
  const src = `${baseURL}?embed=1&${view}`;
  await page.route('**/article.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta name="viewport" content="width=device-width"><title>Article</title><body style="margin:0">
        <h1>An article</h1><p>Before the map.</p><div data-stancemap-src="${src}" ${attributes}></div>
        <script src="${baseURL}embed.js"></script><p id="after">After the map.</p></body>`,
    }),
  );
  await page.goto(`${baseURL}article.html`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  // The frame's panel and credit line, not the live graph: what bounds and folds is the page around the map.
  await frame.locator('.embed-footer').waitFor();
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
const frameHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);

// Each test loads an article and its frame: time enough for a loaded machine, not a speed check.
test.describe.configure({ timeout: 90_000 });

for (const [width, height, mobile] of [[390, 844, true], [1440, 900, false]] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });

    test('a long view is bounded at 1.5 screens; its lists fold and unfold; every quote is reachable', async ({ page, baseURL }) => {
      const frame = await article(page, baseURL!, 'actor=china');
      const bound = Math.round(1.5 * height);
      await expect.poll(() => frameHeight(page)).toBe(bound);
      expect(await contentHeight(frame)).toBeGreaterThan(bound);

      const said = frame.locator('section[aria-labelledby="by-heading"]');
      await expect(said.locator('.group')).toHaveCount(4);
      const showAll = said.getByRole('button', { name: `Show all ${china.by.length} relations` });
      await expect(showAll).toHaveAttribute('aria-expanded', 'false');
      await showAll.click();
      await expect(said.locator('.group')).toHaveCount(china.by.length);
      await expect(said.getByRole('button', { name: 'Show fewer relations' })).toHaveAttribute('aria-expanded', 'true');
      // A relation with more remarks than the fold shows folds too (two remarks, each with all its
      // wordings); its button says how many statements it holds.
      const long = china.by.find((group) => groupRemarks(group.statements).length > 2)!;
      const group = said.locator(`[data-relation="${long.relation.id}"]`);
      await expect(group.locator('[data-statement]')).toHaveCount(groupRemarks(long.statements).slice(0, 2).flat().length);
      await group.getByRole('button', { name: `Show all ${long.statements.length} statements` }).click();
      await expect(group.locator('[data-statement]')).toHaveCount(long.statements.length);

      const shown = await frame.locator('[data-statement]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-statement')));
      expect(new Set(shown)).toEqual(chinaStatements);
      // The frame does not grow with what was unfolded: the rest scrolls inside it.
      expect(await frameHeight(page)).toBe(bound);
    });

    test('the credit line is on the frame’s screen at its top and at its end', async ({ page, baseURL }) => {
      const frame = await article(page, baseURL!, 'actor=china');
      await expect.poll(() => frameHeight(page)).toBe(Math.round(1.5 * height));
      const credit = frame.getByText('Quotes from Hindustan Times');
      const inFrame = () => credit.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(await inFrame()).toBe(true);
      await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await inFrame()).toBe(true);
      // The frame's last screen, brought into the article's view, shows it to the reader.
      await page.locator('#after').scrollIntoViewIfNeeded();
      await expect(credit).toBeInViewport();
    });

    test('“Open the full map” opens the same view, without embed=1, in a new tab', async ({ page, baseURL }) => {
      const frame = await article(page, baseURL!, 'from=china&to=united-states&maxheight=2x');
      const link = frame.getByRole('link', { name: 'Open the full map' });
      await expect(link).toHaveAttribute('href', `${baseURL}?from=china&to=united-states`);
      await expect(link).toHaveAttribute('target', '_blank');
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await tab.waitForLoadState();
      expect(new URL(tab.url()).searchParams.get('embed')).toBeNull();
      await expect(tab.getByRole('complementary', { name: 'Statements' }).getByRole('heading', { level: 2 })).toHaveText('China ⇄ United States');
    });
  });
}

test('maxheight= sets the bound in pixels or screens; a short view keeps its own height', async ({ page, baseURL }) => {
  // Three articles in one test.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await article(page, baseURL!, 'actor=china&maxheight=600');
  await expect.poll(() => frameHeight(page)).toBe(600);

  await article(page, baseURL!, 'actor=china', 'data-stancemap-maxheight="2x"');
  await expect.poll(() => frameHeight(page)).toBe(1400);
  // The bound follows the window (a phone turned, a window resized).
  await page.setViewportSize({ width: 1024, height: 500 });
  await expect.poll(() => frameHeight(page)).toBe(1000);

  await page.setViewportSize({ width: 1024, height: 900 });
  const frame = await article(page, baseURL!, 'panel=0');
  await expect.poll(async () => Math.abs((await contentHeight(frame)) - (await frameHeight(page)))).toBeLessThanOrEqual(1);
  expect(await frameHeight(page)).toBeLessThan(1.5 * 900);
});
