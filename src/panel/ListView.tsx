// The list view loads its body (and the virtualiser) only when a reader opens it, so the page's
// first chunk stays within its budget.
import { lazy, Suspense } from 'react';
import type { Index } from '../model/relations';

const TwinList = lazy(() => import('./TwinList'));

export function ListView({ index }: { index: Index }) {
  return (
    <Suspense fallback={<div className="list-view"><p className="list-hint">Loading the list…</p></div>}>
      <TwinList index={index} />
    </Suspense>
  );
}
