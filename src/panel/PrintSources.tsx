import { useMemo } from 'react';
import { formatDay } from '../model/format';
import type { Index } from '../model/relations';
import type { Statement } from '../model/schema';
import type { Selection } from '../model/selection';
import { sourcesOf, statementsInView } from '../model/viewSources';

/** The sources of the statements in view, with their addresses written out: shown on paper only (print.css). */
export function PrintSources({ index, selection, visible }: { index: Index; selection: Selection; visible: (s: Statement) => boolean }) {
  const sources = useMemo(() => sourcesOf(index, statementsInView(index, selection, visible)), [index, selection, visible]);
  if (!sources.length) return null;
  return (
    <section className="print-only print-sources" aria-labelledby="print-sources-heading">
      <h2 id="print-sources-heading" className="section-heading">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            {source.publisher}
            {source.title ? `: “${source.title}”` : ''}, {formatDay(source.published)}. <span className="print-url">{source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
