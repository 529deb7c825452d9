// npm run validate [file]: every problem in a dataset, one per line as `path: message`; exit 1 on any error.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatProblem, validateDataset, type Archives } from '../src/model/validate';

const given = process.argv[2] ?? 'data/graph.json';
const file = resolve(given);

function readArchives(raw: unknown): Archives {
  const archives: Archives = {};
  const sources = (raw as { sources?: unknown } | null)?.sources;
  for (const source of Array.isArray(sources) ? sources : []) {
    const path = (source as { archive?: unknown } | null)?.archive;
    if (typeof path !== 'string') continue;
    try {
      archives[path] = readFileSync(resolve(dirname(file), path), 'utf8');
    } catch {
      // Left out: the validator reports the archive as unreadable, with its path in the dataset.
    }
  }
  return archives;
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${given}: ${(error as Error).message}`);
  process.exit(1);
}
const { problems } = validateDataset(raw, readArchives(raw));
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter((p) => p.level === 'error').length;
if (errors) {
  console.error(`\n${given}: ${errors} ${errors === 1 ? 'error' : 'errors'}`);
  process.exit(1);
}
console.log(`${given}: valid${problems.length ? ` (${problems.length} warnings)` : ''}`);
