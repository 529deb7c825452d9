// npm run validate [file ...]: every problem in each dataset, one per line as `path: message`;
// exits 1 when any file has an error. Archived sources are read relative to each data file.
import { plural } from '../src/model/format';
import { formatProblem, summarise } from '../src/model/problems';
import { readDataset } from './files';

const files = process.argv.slice(2);
let failed = 0;
for (const given of files.length ? files : ['data/graph.json']) {
  const { problems } = readDataset(given);
  const errors = problems.filter((p) => p.level === 'error').length;
  const prefix = files.length > 1 ? `${given}: ` : '';
  for (const problem of summarise(problems)) console.error(prefix + formatProblem(problem));
  if (errors) failed += 1;
  const warnings = problems.length - errors;
  const summary = errors ? plural(errors, 'error') : `valid${warnings ? ` (${plural(warnings, 'warning')})` : ''}`;
  (errors ? console.error : console.log)(`${given}: ${summary}`);
}
process.exit(failed ? 1 : 0);
