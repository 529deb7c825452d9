// npm run validate [file ...]: every problem in each dataset, one per line as `path: message`;
// exits 1 when any file has an error. Archived sources are read relative to each data file.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { collectArchives } from '../src/model/archives';
import { plural } from '../src/model/format';
import { formatProblem, summarise, type Problem } from '../src/model/problems';
import { parseJson, validateDataset } from '../src/model/validate';
import { decodeText, notUtf8 } from '../src/model/decode';
import { readText } from './files';

function check(given: string): Problem[] {
  const file = resolve(given);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return [{ path: '(data)', message: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, level: 'error' }];
  }
  const { text, valid } = decodeText(bytes);
  const garbled = valid ? [] : [notUtf8(given)];
  const { raw, error } = parseJson(text);
  if (error) return [...garbled, { path: '(data)', message: error, level: 'error' }];
  return [...garbled, ...validateDataset(raw, collectArchives(raw, (path) => readText(resolve(dirname(file), path)))).problems];
}

const files = process.argv.slice(2);
let failed = 0;
for (const given of files.length ? files : ['data/graph.json']) {
  const problems = check(given);
  const errors = problems.filter((p) => p.level === 'error').length;
  const prefix = files.length > 1 ? `${given}: ` : '';
  for (const problem of summarise(problems)) console.error(prefix + formatProblem(problem));
  if (errors) failed += 1;
  const warnings = problems.length - errors;
  const summary = errors ? plural(errors, 'error') : `valid${warnings ? ` (${plural(warnings, 'warning')})` : ''}`;
  (errors ? console.error : console.log)(`${given}: ${summary}`);
}
process.exit(failed ? 1 : 0);
