import type { Problem } from '../model/problems';
import { plural } from '../model/format';
import { problemTarget } from './fields';

export type Focus = NonNullable<ReturnType<typeof problemTarget>>;

/** The validator's findings on the working copy, each a link to the field at fault. */
export function ProblemList({ problems, onGo }: { problems: Problem[]; onGo: (focus: Focus) => void }) {
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  if (!problems.length) return <p className="edit-ok" role="status">✓ No problems: every quote is found in its archived text.</p>;
  return (
    <details className="edit-problems" open={errors.length > 0}>
      <summary role="status">
        {errors.length ? `${plural(errors.length, 'problem')} to fix: the map shows the last version without problems` : 'No problems'}
        {warnings.length ? ` · ${plural(warnings.length, 'warning')}` : ''}
      </summary>
      <ul>
        {[...errors, ...warnings].map((problem, i) => {
          const target = problemTarget(problem.path);
          return (
            <li key={i} className={problem.level}>
              <span className="edit-level">{problem.level === 'error' ? 'Problem' : 'Warning'}</span>{' '}
              {target ? (
                <a href={`#${problem.path}`} onClick={(event) => (event.preventDefault(), onGo(target))}><code>{problem.path}</code></a>
              ) : (
                <code>{problem.path}</code>
              )}
              : {problem.message}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
