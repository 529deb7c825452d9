import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?data=data/' + (process.argv[2] ?? 'g500.json'));
await p.waitForFunction(() => { const cy = (window as any).__stancemapCy; return cy && cy.nodes().length > 0; });
await p.waitForTimeout(500);
const r = await p.evaluate(`(async () => {
  const cy = window.__stancemapCy;
  function frames() { return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))); }
  async function time(f) { await frames(); const t = performance.now(); f(); await frames(); return Math.round(performance.now() - t); }
  async function cls() { const a = await time(() => cy.batch(() => cy.elements().addClass('noop'))); const b = await time(() => cy.batch(() => cy.elements().removeClass('noop'))); return [a,b]; }
  const out = {};
  out.base = await cls();
  cy.style().selector('edge').style({'label':''}).update();
  out.noEdgeLabel = await cls();
  cy.style().selector('node').style({'label':''}).update();
  out.noLabels = await cls();
  cy.style().selector('node').style({'width':30, 'height': 30, 'font-size': 10}).update();
  out.noMappers = await cls();
  cy.style().selector('edge').style({'width':2}).update();
  out.noEdgeMapper = await cls();
  return out;
})()`);
console.log(r);
await b.close();
