// What the map area says when it is not (yet) drawing the map: a layout under way, a layout
// cancelled, or a map too big to stay interactive. Each offers the list view, which always works.
import type { ReactNode } from 'react';
import { useStore } from '../../store/useStore';
import { plural } from '../../model/format';
import './notice.css';

import { MAX_INTERACTIVE_ACTORS } from '../scene/limits';

function Notice({ busy = false, children, actions }: { busy?: boolean; children: ReactNode; actions: ReactNode }) {
  const showList = () => useStore.getState().setView('list');
  return (
    <div className="map-notice" role="status" aria-busy={busy || undefined}>
      {children}
      <p className="map-notice-actions">
        {actions}
        <button type="button" className="small-button" onClick={showList}>Show the list view</button>
      </p>
    </div>
  );
}

type ProgressProps = { actors: number; cancelled: boolean; onCancel: () => void; onRetry: () => void };

export function LayoutProgress({ actors, cancelled, onCancel, onRetry }: ProgressProps) {
  if (cancelled) {
    return (
      <Notice actions={<button type="button" className="small-button" onClick={onRetry}>Arrange the map</button>}>
        <p>The map was not arranged. The statements beside it and the list view show everything in it.</p>
      </Notice>
    );
  }
  return (
    <Notice busy actions={<button type="button" className="small-button" onClick={onCancel}>Cancel</button>}>
      <p><strong>Arranging the map of {plural(actors, 'actor')}…</strong></p>
      <progress aria-label="Arranging the map" />
      <p className="map-notice-aside">The statements, search and list view work meanwhile.</p>
    </Notice>
  );
}

export function TooBigNotice({ actors, onDraw }: { actors: number; onDraw: () => void }) {
  return (
    <Notice actions={<button type="button" className="small-button" onClick={onDraw}>Draw the map anyway</button>}>
      <p>
        <strong>This map has {actors.toLocaleString('en')} actors</strong>, more than the {MAX_INTERACTIVE_ACTORS.toLocaleString('en')} the
        interactive map can draw without making the page slow to respond.
      </p>
      <p className="map-notice-aside">The list view, the statements and search show all of it. Drawing it anyway can leave the page unresponsive for a while.</p>
    </Notice>
  );
}
