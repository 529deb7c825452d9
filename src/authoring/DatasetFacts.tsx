import type { Dataset } from '../model/schema';
import { formatDay, plural } from '../model/format';

/** What a map shows and how fresh it is, in every footer, embedded or not. */
export function DatasetFacts({ dataset }: { dataset: Dataset }) {
  return (
    <p className="footer-facts">
      {dataset.version && <span>Version {dataset.version}</span>}
      {dataset.updated && <span>Updated {formatDay(dataset.updated)}</span>}
      <span>
        {plural(dataset.actors.length, 'actor')} · {plural(dataset.statements.length, 'statement')} · {plural(dataset.sources.length, 'source')}
      </span>
    </p>
  );
}
