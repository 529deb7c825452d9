import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { makeVisibility } from '../model/filter';
import { targetIds } from '../model/provenance';
import type { Index } from '../model/relations';
import { afterPaint } from '../util/afterPaint';
import { useStore, type ViewState } from '../store/useStore';
import { ActorView } from './ActorView';
import type { Fold } from './RelationGroupList';
import { Overview } from './Overview';
import { PrintSources } from './PrintSources';
import { RelationView } from './RelationView';
import { SheetHandle, type SheetSize } from './SheetHandle';

const pick = (s: ViewState) => ({ selection: s.selection, hiddenStances: s.hiddenStances, asOf: s.asOf });

/** `prerendered`: the page's HTML already holds this panel (the default view), to be hydrated as it is. */
/** `fold`: how much of each list an embed shows before "Show all"; none: everything. */
export function Panel({ index, prerendered, fold }: { index: Index; prerendered: boolean; fold?: Fold }) {
  const { selection, hiddenStances, asOf } = useStore(useShallow(pick));
  const clear = useStore((s) => s.clear);
  const scroller = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => makeVisibility(index, { hiddenStances, asOf }), [index, hiddenStances, asOf]);
  const statement = selection?.kind === 'statement' ? index.statements.get(selection.id) : undefined;
  // Narrow screens: a new selection opens the sheet at half height, over the map's lower half.
  const [sheet, setSheet] = useState<{ for: typeof selection; size: SheetSize }>({ for: selection, size: 'half' });
  const size = sheet.for === selection ? sheet.size : 'half';
  // The overview (every actor, and every statement under its fold) is a big tree: taking it down
  // costs more than drawing the selection, so a first click only hides it, and it goes once the
  // selection has painted.
  const [overviewUp, setOverviewUp] = useState(!selection);
  if (!selection && !overviewUp) setOverviewUp(true);
  useEffect(() => {
    if (selection && overviewUp) return afterPaint(() => setOverviewUp(false));
  }, [selection, overviewUp]);

  // A new selection starts at the top, as a new page would; a chosen statement is brought into view.
  // In the next frame, before it paints: reading the layout in the click's task would force one more.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const box = scroller.current;
      if (!box) return;
      const card = statement && box.querySelector(`[data-statement="${statement.id}"]`);
      if (!card) {
        if (box.scrollTop) box.scrollTo({ top: 0 });
        return;
      }
      // Scroll the panel itself: scrollIntoView would also scroll a host page around an embed.
      if (box.scrollHeight > box.clientHeight) {
        const offset = card.getBoundingClientRect().top - box.getBoundingClientRect().top;
        box.scrollTo({ top: box.scrollTop + offset - box.clientHeight / 3 });
      } else if (window.parent === window) card.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection, statement]);

  return (
    <aside className={selection ? 'panel panel-open' : 'panel'} data-sheet={size} aria-label="Statements">
      {selection && <SheetHandle size={size} onSize={(next) => setSheet({ for: selection, size: next })} onClose={clear} />}
      {selection && (
        <div className="panel-bar">
          <button type="button" className="close-button" onClick={clear} aria-label="Close selection and show the overview">
            <span aria-hidden="true">←</span> Overview
          </button>
        </div>
      )}
      <div className="panel-scroll" ref={scroller}>
        {selection?.kind === 'actor' && <ActorView key={selection.id} index={index} actorId={selection.id} visible={visible} fold={fold} />}
        {selection?.kind === 'relation' && (
          <RelationView key={`${selection.from}>${selection.to}`} index={index} from={selection.from} to={selection.to} visible={visible} fold={fold} />
        )}
        {statement && (
          <RelationView
            index={index}
            from={statement.actor}
            to={targetIds(statement)[0]}
            visible={(s) => s.id === statement.id || visible(s)}
            selectedStatement={statement.id}
            fold={fold}
          />
        )}
        {(!selection || overviewUp) && (
          <div hidden={!!selection}>
            <Overview index={index} prerendered={prerendered} />
          </div>
        )}
        <PrintSources index={index} selection={selection} visible={visible} />
      </div>
    </aside>
  );
}
