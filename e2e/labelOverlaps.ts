// Label collisions as the reader sees them, from Cytoscape's own geometry: the rendered boxes of
// every drawn label (actors' names and arrows' stances) and of every actor.
import type { Page } from '@playwright/test';
import type { Core, EdgeSingular } from 'cytoscape';

export type Overlaps = { labelLabel: string[]; labelActor: string[]; labels: number };

/** Waits for the canvas restyle that follows a store change, then counts overlaps on screen. */
export async function labelOverlaps(page: Page): Promise<Overlaps> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  return page.evaluate(() => {
    const cy = (window as unknown as { __stancemapCy: Core }).__stancemapCy;
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // Cytoscape pads a label's box by 2 px against measuring errors: boxes that merely touch are not counted.
    const inset = (b: Box, by: number): Box => ({ x1: b.x1 + by, y1: b.y1 + by, x2: b.x2 - by, y2: b.y2 - by });
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const drawn = cy.elements().filter((ele) => ele.visible() && ele.effectiveOpacity() > 0 && !!ele.data('label') && Number(ele.style('text-opacity')) > 0);
    const labels = drawn.map((ele) => ({
      id: ele.id(),
      ends: ele.isEdge() ? [(ele as EdgeSingular).source().id(), (ele as EdgeSingular).target().id()] : [ele.id()],
      box: inset(ele.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never), 2),
    }));
    const actors = cy.nodes().filter((n) => n.visible()).map((n) => ({ id: n.id(), box: inset(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never), 1) }));
    const labelLabel: string[] = [];
    const labelActor: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (meet(a.box, b.box)) labelLabel.push(`${a.id} × ${b.id}`);
      // An actor's own name sits under it; an arrow's label may not cover any actor.
      for (const actor of actors) if (actor.id !== a.id && meet(a.box, actor.box)) labelActor.push(`${a.id} × ${actor.id}`);
    });
    return { labelLabel, labelActor, labels: labels.length };
  });
}
