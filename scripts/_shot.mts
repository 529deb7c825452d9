import { chromium } from '@playwright/test';
const [url, out, w, h, click] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url);
await p.waitForFunction(() => !!(window as any).__stancemapCy);
await p.waitForTimeout(300);
if (click) {
  const pt = await p.evaluate((id) => { const cy = (window as any).__stancemapCy; const e = cy.getElementById(id); const box = cy.container().getBoundingClientRect(); const at = e.isNode() ? e.renderedPosition() : e.renderedMidpoint(); return { x: box.left + at.x, y: box.top + at.y }; }, click);
  await p.mouse.click(pt.x, pt.y);
  await p.waitForTimeout(500);
}
await p.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await b.close();
