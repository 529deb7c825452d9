import { useMemo } from 'react';
import type { Index } from '../model/relations';
import { formatDay, plural } from '../model/format';
import { makeVisibility } from '../model/filter';
import { shownOf } from '../model/counts';
import { useStore } from '../store/useStore';

/** What a map shows and how fresh it is, in every footer, embedded or not; the count follows the filters. */
export function DatasetFacts({ index }: { index: Index }) {
  const { dataset } = index;
  const hiddenStances = useStore((s) => s.hiddenStances);
  const asOf = useStore((s) => s.asOf);
  const shown = useMemo(() => dataset.statements.filter(makeVisibility(index, { hiddenStances, asOf })).length, [dataset, index, hiddenStances, asOf]);
  return (
    <p className="footer-facts">
      {dataset.version && <span>Version {dataset.version}</span>}
      {dataset.updated && <span>Updated {formatDay(dataset.updated)}</span>}
      <span>
        {plural(dataset.actors.length, 'actor')} · {shownOf(shown, dataset.statements.length, 'statement')} · {plural(dataset.sources.length, 'source')}
      </span>
    </p>
  );
}
