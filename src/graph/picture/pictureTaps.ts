// A tap on the static picture is answered without the live graph: the panel already holds every
// statement, so the tap selects at once, and the picture marks what was tapped until Cytoscape takes
// over. A tap made before the app ran was kept by the early script (load/earlyData.ts) and is answered on mount.
import { useCallback, useEffect, type MouseEvent } from 'react';
import { pairId } from '../../model/pairs';
import type { Index } from '../../model/relations';
import type { Selection } from '../../model/selection';
import { useStore } from '../../store/useStore';
import { tapOf, type Tap } from '../../load/earlyHandover';


/** The selection a tap asks for, if the data knows it. */
export function tapSelection(index: Index, { actor, from, to }: Tap): Selection {
  if (actor) return index.actors.has(actor) ? { kind: 'actor', id: actor } : null;
  return from && to && index.pairs.has(pairId(from, to)) ? { kind: 'relation', from, to } : null;
}

/** The picture's element drawn as selected: an actor's id, or an arrow's pair id. */
export function markedOf(selection: Selection): string | null {
  if (selection?.kind === 'actor') return selection.id;
  return selection?.kind === 'relation' ? pairId(selection.from, selection.to) : null;
}

function answer(index: Index, tap: Tap) {
  const selection = tapSelection(index, tap);
  if (selection) useStore.getState().select(selection);
}

/** The picture's click handler; on mount, answers the tap the page kept before the app ran. */
export function usePictureTaps(index: Index): (event: MouseEvent<SVGSVGElement>) => void {
  useEffect(() => {
    window.stancemapTapsAnswered = true;
    const early = window.stancemapEarlyTap;
    delete window.stancemapEarlyTap;
    if (early) answer(index, early);
  }, [index]);
  return useCallback((event: MouseEvent<SVGSVGElement>) => {
    const tap = tapOf(event.target as Element);
    if (tap) answer(index, tap);
  }, [index]);
}
