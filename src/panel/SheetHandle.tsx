// On narrow screens a selection opens the panel as a sheet over the lower half of the map
// (styles.css): this handle drags it to full height or back, or down to close it. Wide screens
// hide the handle, and the panel stays beside the map.
import { useRef, type PointerEvent } from 'react';

export type SheetSize = 'half' | 'full';

/** How far (CSS px) a drag must go before it changes the sheet's size. */
const THRESHOLD = 40;

type Props = { size: SheetSize; onSize: (size: SheetSize) => void; onClose: () => void };

export function SheetHandle({ size, onSize, onClose }: Props) {
  const start = useRef<number | null>(null);
  const onDown = (event: PointerEvent<HTMLDivElement>) => {
    // The buttons take their own clicks: capturing the pointer would steal them.
    if ((event.target as Element).closest('button')) return;
    start.current = event.clientY;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onUp = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current === null) return;
    const moved = event.clientY - start.current;
    start.current = null;
    if (moved < -THRESHOLD) onSize('full');
    else if (moved > THRESHOLD) {
      if (size === 'full') onSize('half');
      else onClose();
    }
  };
  return (
    <div className="sheet-handle" onPointerDown={onDown} onPointerUp={onUp} onPointerCancel={() => (start.current = null)}>
      <span className="sheet-grip" aria-hidden="true" />
      <button type="button" className="sheet-size" aria-expanded={size === 'full'} onClick={() => onSize(size === 'full' ? 'half' : 'full')}>
        {size === 'full' ? 'Show the map' : 'Full screen'}
      </button>
      <button type="button" className="sheet-close" aria-label="Close the statements" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
