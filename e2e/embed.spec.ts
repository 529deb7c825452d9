import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dataset, expect, test } from './fixtures';

const DEMO = './demo/';

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#map iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction(() => !!window.__stancemapCy && window.__stancemapCy.nodes().length > 0);
  return frame;
}

const frameHeading = (frame: Frame) => frame.locator('aside[aria-label="Statements"] h2').first();

async function reachStep(page: Page, index: number) {
  await page.locator('.step').nth(index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.locator('.step').nth(index)).toHaveClass(/is-active/);
}

test('the demo article embeds the map in a frame that takes its content height, up to 1.5 screens', async ({ page }) => {
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
      const bound = await page.evaluate(() => Math.round(1.5 * window.innerHeight));
      const iframe = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#map iframe')!.getBoundingClientRect().height);
      return Math.abs(Math.min(content, bound) - iframe);
    })
    .toBeLessThanOrEqual(1);
  await expect(page.locator('#map iframe')).toHaveAttribute('title', /Stancemap/);
});

test('on a phone the map stays in view while the paragraphs steer it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  await reachStep(page, 2);
  await expect(frameHeading(frame)).toHaveText('China');
  await expect(page.locator('#map iframe')).toBeInViewport({ ratio: 0.9 });
  await expect(page.locator('.step').nth(2)).toBeInViewport();
});

test('scrolling the article points the map at each paragraph', async ({ page }) => {
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  const entries = await page.evaluate(() => history.length);
  await reachStep(page, 1);
  await expect(frameHeading(frame)).toHaveText('Russia');
  await reachStep(page, 2);
  await expect(frameHeading(frame)).toHaveText('China');
  await reachStep(page, 3);
  await expect(frameHeading(frame)).toHaveText('China ⇄ United States');
  await reachStep(page, 4);
  await expect(frame.locator('[data-statement="wang-sanctions-never-effective"]')).toHaveClass(/is-selected/);
  await reachStep(page, 5);
  await expect(frame.locator('output[for="as-of-input"]')).toHaveText('24 February 2022');
  // The day and the quote shown agree: the step selects a statement of that day.
  await expect(frame.locator('[data-statement="china-us-interfering-internal-affairs"]')).toHaveClass(/is-selected/);
  await expect(frame.locator('[data-statement="wang-sanctions-never-effective"]')).toHaveCount(0);
  await reachStep(page, 0);
  await expect(frame.getByRole('heading', { name: 'Actors' })).toBeVisible();
  // Host commands replace the frame's history entry: the article's Back button stays the article's.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test("the reader's click reaches the host as a 'selected' message", async ({ page }) => {
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  // A click on the canvas, as a reader makes it: at the node's place inside the iframe.
  const at = await frame.evaluate(() => {
    const cy = window.__stancemapCy!;
    const box = cy.container()!.getBoundingClientRect();
    const node = cy.getElementById('ukraine').renderedPosition();
    return { x: box.left + node.x, y: box.top + node.y };
  });
  const iframe = (await page.locator('#map iframe').boundingBox())!;
  await page.mouse.click(iframe.x + at.x, iframe.y + at.y);
  await expect(page.getByRole('list', { name: 'Reader selections' }).getByRole('listitem')).toHaveText(['{"kind":"actor","id":"ukraine"}']);
  // Commands from the article are not echoed back as the reader's selections.
  await reachStep(page, 1);
  await expect(frameHeading(frame)).toHaveText('Russia');
  await expect(page.getByRole('list', { name: 'Reader selections' }).getByRole('listitem')).toHaveCount(1);
});

test('malformed and foreign messages change nothing and log nothing', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  await reachStep(page, 2);
  await expect(frameHeading(frame)).toHaveText('China');
  messages.length = 0;
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#map iframe')!.contentWindow!;
    const junk: unknown[] = [
      null, 'select', 42, [], { method: 'select', actor: 'russia' }, { sender: 'stancemap' },
      { sender: 'stancemap', method: 'select', actor: 'atlantis' }, { sender: 'stancemap', method: 'select', actor: ['russia'] },
      { sender: 'stancemap', method: 'filter', stances: 'warns' }, { sender: 'stancemap', method: 'asof', date: 'yesterday' },
      { sender: 'stancemap', method: 'launch' }, { sender: 'stancemap', method: 'resize', height: 1 },
    ];
    for (const message of junk) target.postMessage(message, '*');
  });
  // A well-formed command sent by someone other than the host page is ignored too.
  await frame.evaluate(() => window.postMessage({ sender: 'stancemap', method: 'select', actor: 'nato' }, '*'));
  // Messages are handled in order: once a last, valid command from the host has taken effect, every
  // message before it has been handled (and ignored) too.
  await page.evaluate(() =>
    document.querySelector<HTMLIFrameElement>('#map iframe')!.contentWindow!.postMessage({ sender: 'stancemap', method: 'asof', date: '2022-02-24' }, '*'),
  );
  await expect(frame.locator('output[for="as-of-input"]')).toHaveText('24 February 2022');
  await expect(frameHeading(frame)).toHaveText('China');
  expect(messages).toEqual([]);
});

test('a flood of host commands is applied as the last of each kind, and the embed stays responsive', async ({ page }) => {
  await page.goto(DEMO);
  const frame = await mapFrame(page);
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#map iframe')!.contentWindow!;
    const actors = ['russia', 'nato', 'china'];
    for (let i = 0; i < 10_000; i++) target.postMessage({ sender: 'stancemap', method: 'select', actor: actors[i % 3] }, '*');
    for (let i = 0; i < 10_000; i++) target.postMessage({ sender: 'stancemap', method: 'asof', date: i % 2 ? '2022-02-24' : '2022-02-20' }, '*');
  });
  await expect(frame.locator('output[for="as-of-input"]')).toHaveText('24 February 2022');
  await expect(frameHeading(frame)).toHaveText(dataset.actors.find((actor) => actor.id === 'russia')!.name);
  // Responsive: the reader's own step in the article still steers the map at once.
  await reachStep(page, 2);
  await expect(frameHeading(frame)).toHaveText('China', { timeout: 2000 });
});

test('embed options: no panel, no legend, dark theme, and wheel zoom only after a click', async ({ page }) => {
  await page.goto('./?embed=1&panel=0&legend=0&theme=dark&actor=china');
  await page.waitForFunction(() => !!window.__stancemapCy);
  await expect(page.getByRole('complementary', { name: 'Statements' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Stances', exact: true })).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.evaluate(() => window.__stancemapCy!.userZoomingEnabled())).toBe(false);
  await expect(page.getByText('Click the map to zoom')).toBeVisible();
  const box = (await page.locator('.graph-host').boundingBox())!;
  await page.mouse.click(box.x + 10, box.y + 10);
  await expect.poll(() => page.evaluate(() => window.__stancemapCy!.userZoomingEnabled())).toBe(true);

  await page.goto('./?embed=1&scroll=1');
  await page.waitForFunction(() => !!window.__stancemapCy);
  expect(await page.evaluate(() => window.__stancemapCy!.userZoomingEnabled())).toBe(true);
});

test("'Open the full map' links to the same view outside the embed", async ({ page, baseURL }) => {
  await page.goto('./?embed=1&theme=dark&id=m1');
  await page.waitForFunction(() => !!window.__stancemapCy);
  await page.getByRole('button', { name: /^Russia/ }).click();
  const link = page.getByRole('link', { name: 'Open the full map' });
  await expect(link).toHaveAttribute('href', `${baseURL}?actor=russia`);
  await expect(link).toHaveAttribute('target', '_blank');
});

test('the share dialog gives the link, an iframe and a script snippet', async ({ page, baseURL }) => {
  await page.goto('./?actor=nato');
  await page.getByRole('button', { name: 'Share / embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share and embed' });
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(`${baseURL}?actor=nato`);
  const iframe = await dialog.getByLabel('Embed with an iframe').inputValue();
  expect(iframe).toBe(
    `<iframe src="${baseURL}?actor=nato&amp;embed=1" title="${dataset.title} · Stancemap" style="width:100%;height:980px;max-height:150vh;border:0" loading="lazy"></iframe>`,
  );
  const script = await dialog.getByLabel('Embed with a script (resizes itself)').inputValue();
  expect(script).toBe(
    `<div data-stancemap-src="${baseURL}?actor=nato&amp;embed=1" data-stancemap-title="${dataset.title} · Stancemap"></div><script src="${baseURL}embed.js" async></script>`,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share / embed' })).toBeFocused();
  // Escape closed the dialog, not the selection.
  await expect(page.getByRole('complementary', { name: 'Statements' }).getByRole('heading', { level: 2 })).toHaveText('North Atlantic Treaty Organization');
});

test('a Pym.js parent page sizes the frame to its content', async ({ page, baseURL }) => {
  const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
  await page.route('**/pym-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><body><div id="story-map"></div><script src="pym.v1.min.js"></script>
        <script>new pym.Parent('story-map', ${JSON.stringify(`${baseURL}?embed=1&legend=0`)}, {});</script></body>`,
    }),
  );
  await page.route('**/pym.v1.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: pym }));
  await page.goto('./pym-host.html');
  const frame = (await (await page.waitForSelector('#story-map iframe')).contentFrame())!;
  await frame.waitForFunction(() => !!window.__stancemapCy);
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
      const iframe = await page.evaluate(() => document.querySelector('#story-map iframe')!.getBoundingClientRect().height);
      return Math.abs(content - iframe);
    })
    .toBeLessThanOrEqual(1);
});
