// Zoom in, zoom out and back to the whole map: for readers without a wheel or a pinch, and for
// keyboards (the canvas itself takes no keys).
import type { Core } from 'cytoscape';
import { fitToContainer } from './fit';
import { BUTTON_STEP, zoomBy } from './useViewControls';

export function ZoomControls({ cy }: { cy: Core }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => zoomBy(cy, BUTTON_STEP)}>+</button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => zoomBy(cy, 1 / BUTTON_STEP)}>−</button>
      <button type="button" aria-label="Show the whole map" title="Show the whole map" onClick={() => fitToContainer(cy, true)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" /></svg>
      </button>
    </div>
  );
}
