import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?data=data/' + (process.argv[2] ?? 'g500.json'));
await p.waitForFunction(() => { const cy = (window as any).__stancemapCy; return cy && cy.nodes().length > 0; });
await p.waitForTimeout(500);
const r = await p.evaluate(`(async () => {
  const cy = window.__stancemapCy;
  function frames() { return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))); }
  async function time(f) { const t = performance.now(); f(); await frames(); return performance.now() - t; }
  const out = {};
  out.idle = await time(() => {});
  out.noopClass = await time(() => cy.batch(() => cy.elements().addClass('noop')));
  out.noopClassRemove = await time(() => cy.batch(() => cy.elements().removeClass('noop')));
  out.forceRender = await time(() => cy.forceRender());
  out.pan = await time(() => cy.panBy({ x: 5, y: 0 }));
  out.dimNodesOnly = await time(() => cy.batch(() => cy.nodes().addClass('dim')));
  out.undimNodes = await time(() => cy.batch(() => cy.nodes().removeClass('dim')));
  out.dimEdgesOnly = await time(() => cy.batch(() => cy.edges().addClass('dim')));
  out.undimEdges = await time(() => cy.batch(() => cy.edges().removeClass('dim')));
  out.hover10 = await time(() => cy.batch(() => cy.nodes().slice(0,10).addClass('selected')));
  return out;
})()`);
console.log(r);
await b.close();
