import { lazy, Suspense } from 'react';
import type { Loaded } from '../load/load';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';

// The reader and the archived texts load on first use; most readers never open a source.
const SourceReader = lazy(() => import('./SourceReader'));

/** Shows the source reader while a statement is being read in its source. */
export function SourceReaderGate({ index, loaded }: { index: Index; loaded: Loaded }) {
  const reading = useStore((s) => s.reading);
  const statement = reading ? index.statements.get(reading) : undefined;
  if (!statement || !index.sources.get(statement.source)?.archive) return null;
  return (
    <Suspense fallback={null}>
      <SourceReader index={index} loaded={loaded} statementId={statement.id} />
    </Suspense>
  );
}
