import { OpenFile } from '../authoring/OpenFile';
import { plural } from '../model/format';
import { formatProblem, summarise, type Problem } from '../model/problems';

/** Shown instead of the map when a dataset fails validation: every problem, never a blank page. */
type Props = { origin: string; problems: Problem[]; onOpenFiles: (files: File[]) => void };

export function ErrorPage({ origin, problems, onOpenFiles }: Props) {
  const all = problems.filter((p) => p.level === 'error');
  // Counted in full, listed in part: ten thousand lines of one mistake help no one.
  const errors = summarise(all);
  const warnings = summarise(problems.filter((p) => p.level === 'warning'));
  return (
    <main className="error-page">
      <p className="brand">Stancemap</p>
      <h1>This dataset cannot be shown</h1>
      <p className="lede">
        {plural(all.length, 'problem was', 'problems were')} found in <code>{origin}</code>. Each line
        gives the place in the file and what is wrong there.
      </p>
      <ol className="problems" aria-label="Problems">
        {errors.map((problem, i) => (
          <li key={i}><code>{formatProblem(problem)}</code></li>
        ))}
      </ol>
      {warnings.length > 0 && (
        <>
          <h2>Warnings</h2>
          <ul className="problems">
            {warnings.map((problem, i) => (
              <li key={i}><code>{formatProblem(problem)}</code></li>
            ))}
          </ul>
        </>
      )}
      <p className="error-actions">
        <a href="./">Open the built-in dataset instead</a> <OpenFile onFiles={onOpenFiles} />
      </p>
    </main>
  );
}
