import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?data=data/' + (process.argv[2] ?? 'g500.json'));
await p.waitForFunction(() => { const cy = (window as any).__stancemapCy; return cy && cy.nodes().length > 0; });
await p.waitForTimeout(500);
const r = await p.evaluate(`(async () => {
  const cy = window.__stancemapCy;
  function frames() { return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))); }
  const hover = [];
  for (let i = 0; i < 20; i++) {
    const n = cy.nodes()[i * 7];
    const t = performance.now();
    n.emit('mouseover');
    await frames();
    hover.push(performance.now() - t);
    n.emit('mouseout');
  }
  const sel = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    cy.nodes()[i * 13].emit('tap');
    await frames(); await frames();
    sel.push(performance.now() - t);
  }
  hover.sort((a, b) => a - b); sel.sort((a, b) => a - b);
  return { hoverFirst: hover, selMedian: sel[5] };
})()`);
console.log(JSON.stringify(r));
await b.close();
