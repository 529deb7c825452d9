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
  async function pan() { const s=[]; for (let i=0;i<5;i++) s.push(await time(() => cy.panBy({x:3,y:0}))); s.sort((a,b)=>a-b); return s[2]; }
  const out = {};
  out.base = await pan();
  cy.style().selector('edge').style({'line-style':'solid'}).update();
  out.solid = await pan();
  cy.style().selector('edge').style({'target-arrow-shape':'none'}).update();
  out.noArrow = await pan();
  cy.style().selector('edge').style({'curve-style':'haystack'}).update();
  out.haystack = await pan();
  cy.style().selector('node').style({'label':''}).update();
  out.noNodeLabel = await pan();
  cy.style().selector('edge').style({'label':''}).update();
  out.noEdgeLabel = await pan();
  return out;
})()`);
console.log(r);
await b.close();
