import type { Loaded } from '../load/load';
import { plural } from '../model/format';
import { formatProblem } from '../model/problems';
import { bannerWords } from '../load/bannerWords';

/** Whose quotes these are: any dataset but the built-in one says where it came from, and what to check. */
export function LoadedBanner({ loaded, title }: { loaded: Loaded; title: string }) {
  if (loaded.kind === 'built-in') return null;
  const words = bannerWords(loaded.kind);
  const warnings = loaded.problems.filter((p) => p.level === 'warning');
  return (
    <div className="banner" role="note">
      <p>
        {words.showing}
        <strong>{title}</strong>
        {words.from}
        <code>{loaded.origin}</code>
        {words.rest}
        <a href="./">{words.link}</a>
      </p>
      {warnings.length > 0 && (
        // An author opening a file needs its warnings (unchecked quotes, unreadable bytes) on the page, not in a console.
        <details>
          <summary>{plural(warnings.length, 'warning')}</summary>
          <ul>
            {warnings.map((problem, i) => (
              <li key={i}><code>{formatProblem(problem)}</code></li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
