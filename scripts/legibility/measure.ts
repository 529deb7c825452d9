// One view of a corpus map, measured from Cytoscape's own rendered geometry: where it drew each actor,
// each label's box and each arrow. Shared by `npm run legibility` and e2e/legibility.spec.ts.
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/model/schema';
import { targetIds } from '../../src/model/provenance';
import {
  closePairs,
  crossings,
  labelActorOverlaps,
  labelOverlaps,
  outOfView,
  pathsThroughActors,
  type Arrow,
  type Disc,
  type Label,
} from '../../src/graph/layout/layoutQuality';

export const SIZES = [
  { name: '320', width: 320, height: 640, phone: true },
  { name: '390', width: 390, height: 844, phone: true },
  { name: '1440', width: 1440, height: 900, phone: false },
] as const;

/** The three states measured: as opened, with the most connected actor selected, with the busiest arrow selected. */
export function states(dataset: Dataset): { name: string; query: string }[] {
  const degree = new Map<string, number>();
  const stances = new Map<string, number>();
  for (const statement of dataset.statements)
    for (const target of targetIds(statement)) {
      for (const id of [statement.actor, target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const key = JSON.stringify([statement.actor, target]);
      stances.set(key, (stances.get(key) ?? 0) + 1);
    }
  const most = <K>(counts: Map<K, number>) => [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const [from, to] = JSON.parse(most(stances)) as [string, string];
  return [
    { name: 'default', query: '' },
    { name: 'actor', query: `&actor=${encodeURIComponent(most(degree))}` },
    { name: 'arrow', query: `&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` },
  ];
}

/** Opens `dataset` as a ?data= map (served from memory) with `query`, and waits for the live graph to settle. */
export async function openMap(page: Page, base: string, name: string, dataset: Dataset, query: string): Promise<void> {
  await page.route(`**/legibility/${name}.json`, (route) => route.fulfill({ json: dataset }));
  await page.goto(`${base}?data=legibility/${name}.json${query}`);
  await page.waitForFunction(() => {
    const cy = window.__stancemapCy;
    return !!cy && !cy.destroyed() && cy.nodes().length > 0 && cy.width() > 0;
  }, undefined, { timeout: 120_000 });
  // Selections fade and fit with short animations: measure what stays on screen.
  await page.waitForTimeout(700);
}

type Drawn = { width: number; height: number; actors: Disc[]; labels: Label[]; arrows: Arrow[]; fonts: number[] };

export type Figures = {
  labelOverlaps: number;
  labelActorOverlaps: number;
  arrowsThroughActors: number;
  smallestLabel: number;
  outOfView: number;
  closePairs: number;
  crossings: number;
};

export async function measureView(page: Page): Promise<Figures> {
  const drawn = await page.evaluate((): Drawn => {
    const cy = window.__stancemapCy!;
    const zoom = cy.zoom();
    const shown = cy.elements().filter((e) => e.visible() && e.effectiveOpacity() > 0);
    const labelled = shown.filter((e) => String(e.style('label') ?? '').trim() !== '' && Number(e.style('text-opacity')) > 0);
    const only = { includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false };
    return {
      width: cy.width(),
      height: cy.height(),
      actors: shown.nodes().map((n) => ({ id: n.id(), at: n.renderedPosition(), radius: n.renderedOuterWidth() / 2 })),
      labels: labelled.map((e) => {
        const b = e.renderedBoundingBox(only);
        return { owner: e.isNode() ? e.id() : null, box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
      }),
      arrows: shown.edges().map((e) => ({
        source: e.source().id(),
        target: e.target().id(),
        points: [e.renderedSourceEndpoint(), e.renderedMidpoint(), e.renderedTargetEndpoint()],
      })),
      fonts: labelled.map((e) => parseFloat(String(e.style('font-size'))) * zoom),
    };
  });
  const centres = new Map(drawn.actors.map(({ id, at }) => [id, at]));
  const diameter = Math.max(0, ...drawn.actors.map((a) => 2 * a.radius));
  return {
    labelOverlaps: labelOverlaps(drawn.labels),
    labelActorOverlaps: labelActorOverlaps(drawn.labels, drawn.actors),
    arrowsThroughActors: pathsThroughActors(drawn.arrows, drawn.actors),
    smallestLabel: drawn.fonts.length ? Math.round(Math.min(...drawn.fonts) * 10) / 10 : 0,
    outOfView: outOfView(drawn.actors, drawn.width, drawn.height),
    closePairs: closePairs(centres, 1.2 * diameter),
    crossings: crossings(centres, drawn.arrows),
  };
}
