import { lazy, Suspense, useRef, useState } from 'react';
import type { Loaded } from '../load/load';
import type { Index } from '../model/relations';

// The dialog and its exporters load on first use; readers who never share never download them.
const ShareDialog = lazy(() => import('./ShareDialog'));

export function ShareButton({ index, loaded }: { index: Index; loaded: Loaded }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share<span className="wide-only"> / embed</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog
            index={index}
            loaded={loaded}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
