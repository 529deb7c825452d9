// How the reader moves the view: wheel zoom that steps like a map's, one-finger pan on touch screens
// only once the map has been tapped (before that the page scrolls past it), and a box that changes
// size keeping the reader's centre and zoom, or the default view when the reader has not moved it.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { atFittedView, fitToContainer, ZOOM_TARGET } from './fit';

/** One wheel notch (100 px of delta) zooms by this factor. */
export const WHEEL_STEP = 1.2;
/** The zoom buttons step further than a notch. */
export const BUTTON_STEP = 1.5;
const ZOOM_MS = 150;

/** Zooms about the middle of the canvas, as the zoom buttons do. */
export function zoomBy(cy: Core, factor: number): void {
  // A press while the last one still animates steps on from where that one was going: two quick
  // presses zoom by two steps, not by one and a bit.
  const pending = cy.animated() ? (cy.scratch(ZOOM_TARGET) as number | undefined) : undefined;
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), (pending ?? cy.zoom()) * factor));
  cy.stop(true, false);
  cy.scratch(ZOOM_TARGET, level);
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: ZOOM_MS, complete: () => cy.removeScratch(ZOOM_TARGET) },
  );
}

/** Wheel delta in pixels, whatever unit the device reports it in. */
const wheelPixels = (event: WheelEvent) => event.deltaY * (event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1);

/**
 * Returns whether one-finger panning is still waiting for a first tap (touch screens only), for
 * the hint. `host` contains Cytoscape's container.
 */
export function useViewControls(cy: Core | null, host: HTMLElement | null): boolean {
  const coarse = typeof window !== 'undefined' && !!window.matchMedia?.('(pointer: coarse)').matches;
  const [waitingForTap, setWaitingForTap] = useState(coarse);

  useEffect(() => {
    if (!cy || !host) return;
    // Capture phase on an ancestor: Cytoscape's own wheel zoom (whose sensitivity option logs a
    // warning when changed) never sees the event. Embeds that keep the wheel for the page skip this.
    const onWheel = (event: WheelEvent) => {
      if (!cy.userZoomingEnabled() || event.ctrlKey) return;
      event.preventDefault();
      event.stopPropagation();
      const rect = cy.container()!.getBoundingClientRect();
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * WHEEL_STEP ** (-wheelPixels(event) / 100)));
      cy.stop(true, false);
      cy.zoom({ level, renderedPosition: { x: event.clientX - rect.left, y: event.clientY - rect.top } });
    };
    host.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => host.removeEventListener('wheel', onWheel, { capture: true });
  }, [cy, host]);

  useEffect(() => {
    if (!cy || !host || !waitingForTap) return;
    // Cytoscape pans from a touchmove listener on the window: stopping one-finger moves on the way
    // there leaves them to the browser, which scrolls the page. Two fingers still pinch-zoom.
    const onMove = (event: TouchEvent) => {
      if (event.touches.length === 1) event.stopPropagation();
    };
    const arm = () => setWaitingForTap(false);
    host.addEventListener('touchmove', onMove, { passive: true });
    cy.one('tap', arm);
    return () => {
      host.removeEventListener('touchmove', onMove);
      cy.removeListener('tap', arm);
    };
  }, [cy, host, waitingForTap]);

  useEffect(() => {
    if (!cy || !host) return;
    let size = { width: cy.width(), height: cy.height() };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      const before = size;
      cy.resize();
      size = { width: cy.width(), height: cy.height() };
      if (size.width === before.width && size.height === before.height) return;
      // A map shown again (from the list view) or never moved: the default view for the new box.
      if (!before.width || !before.height || atFittedView(cy)) {
        fitToContainer(cy, !!before.width);
        return;
      }
      // The reader's view: the same point stays in the middle, at the same zoom.
      const pan = cy.pan();
      cy.pan({ x: pan.x + (size.width - before.width) / 2, y: pan.y + (size.height - before.height) / 2 });
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, [cy, host]);

  useEffect(() => {
    if (!cy || !host) return;
    // Cytoscape keeps its container's page offset until a resize or a scroll; a banner leaving, the
    // editor opening or a font loading moves the map without either, and clicks would land off
    // target. Before a press or a hover reaches Cytoscape, a moved container makes it measure again.
    let offset = pageOffset(host);
    const check = () => {
      const now = pageOffset(host);
      if (now.x === offset.x && now.y === offset.y) return;
      offset = now;
      if (!cy.destroyed()) cy.resize();
    };
    host.addEventListener('pointerdown', check, true);
    host.addEventListener('pointerenter', check, true);
    return () => {
      host.removeEventListener('pointerdown', check, true);
      host.removeEventListener('pointerenter', check, true);
    };
  }, [cy, host]);

  return waitingForTap;
}

const pageOffset = (element: HTMLElement) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + window.scrollX, y: rect.top + window.scrollY };
};
