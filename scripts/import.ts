// npm run import -- <folder | file.csv ... | workbook.xlsx> [-o out.json]: builds a dataset from
// spreadsheet CSV files or an Excel workbook (layout: data/templates/README.md). Prints every problem as
// `file row N, column c: message` (`sheet sheet, row N, column c` for a workbook) and exits 1 on any
// error without writing anything; otherwise writes the JSON to -o, or to stdout.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importCsv } from '../src/model/csv';
import { importWorkbook } from '../src/model/xlsx';
import { validateImport } from '../src/model/csvProblems';
import { collectArchives } from '../src/model/archives';
import { plural } from '../src/model/format';
import { formatProblem, summarise } from '../src/model/problems';
import { readText } from './files';

const USAGE = 'usage: npm run import -- <folder | file.csv ... | workbook.xlsx> [-o out.json]';

function fail(...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function parseArgs(args: string[]): { inputs: string[]; output?: string } {
  const inputs: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output') output = args[++i] ?? fail(`${arg} needs a file name`, USAGE);
    else if (arg === '-h' || arg === '--help') fail(USAGE);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`, USAGE);
    else inputs.push(arg);
  }
  if (!inputs.length) fail(USAGE);
  return { inputs, output };
}

// Spreadsheets can also save in a legacy code page; read as UTF-8, its ’ and “ ” would turn to garbage.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A folder gives all its .csv files, so a misnamed one is reported rather than silently missed. */
function readInputs(inputs: string[]): Record<string, string> {
  const paths = inputs.flatMap((input) => {
    if (!existsSync(input)) fail(`${input}: no such file or folder`);
    if (!statSync(input).isDirectory()) return [input];
    return readdirSync(input, { withFileTypes: true })
      .filter((entry) => entry.name.toLowerCase().endsWith('.csv'))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((entry) => {
        const path = join(input, entry.name);
        if (!statSync(path).isDirectory()) return [path];
        console.error(`warning: ${path}: is a folder, not a CSV file, so it was skipped`);
        return [];
      });
  });
  // Null prototype: a file given as "__proto__" is a name like any other.
  const files: Record<string, string> = Object.create(null);
  const errors: string[] = [];
  for (const path of paths) {
    const name = basename(path);
    if (Object.hasOwn(files, name)) errors.push(`${path}: a second ${name}; give one file of each name`);
    else {
      try {
        files[name] = utf8.decode(readFileSync(path));
      } catch {
        errors.push(`${path}: is not UTF-8 text; save it as "CSV UTF-8" (see data/templates/README.md)`);
      }
    }
  }
  if (errors.length) fail(...errors);
  return files;
}

// Archive paths are relative to the JSON file being written, exactly as the dataset will read them;
// one that cannot be read is left out, and the validator reports it at its sources.csv cell.
const { inputs, output } = parseArgs(process.argv.slice(2));
// Checked before the work, so a typo in the folder never costs a whole import.
if (output && !existsSync(dirname(resolve(output)))) fail(`-o ${output}: the folder ${dirname(output)} does not exist`);
if (output && existsSync(output) && statSync(output).isDirectory()) fail(`-o ${output}: is a folder; name the file to write`);
const workbooks = inputs.filter((input) => /\.xlsx$/i.test(input));
if (workbooks.length && inputs.length > 1) fail(`${workbooks[0]}: give one workbook alone, or CSV files, not both`, USAGE);

/** The workbook's sheets, read by the same code as the browser's (read-excel-file's universal entry, from bytes). */
async function readWorkbook(path: string) {
  if (!existsSync(path) || statSync(path).isDirectory()) fail(`${path}: no such file`);
  const buffer = readFileSync(path);
  return importWorkbook(path, buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
}

const imported = workbooks.length ? await readWorkbook(workbooks[0]) : importCsv(readInputs(inputs));
const base = output ? dirname(resolve(output)) : process.cwd();
const { dataset, problems } = validateImport(imported, collectArchives(imported.raw, (path) => readText(resolve(base, path))));
for (const problem of summarise(problems)) console.error(formatProblem(problem));
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.length - errors;
if (!dataset) fail(`\n${inputs.length === 1 ? inputs[0] : `${inputs.length} inputs`}: ${plural(errors, 'error')}; nothing written`);

// "$schema" lets an editor check the file while it is edited; it only resolves next to schema.json.
const withSchema = output && existsSync(join(base, 'schema.json')) ? { $schema: './schema.json', ...(imported.raw as object) } : imported.raw;
const json = `${JSON.stringify(withSchema, null, 2)}\n`;
if (output) {
  try {
    writeFileSync(output, json);
  } catch (error) {
    fail(`-o ${output}: could not be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
else process.stdout.write(json);
const counts = [
  plural(dataset.actors.length, 'actor'),
  plural(dataset.people.length, 'person', 'people'),
  plural(dataset.sources.length, 'source'),
  plural(dataset.stances.length, 'stance'),
  plural(dataset.statements.length, 'statement'),
];
console.error(`${output ? `wrote ${output}` : 'imported'}: ${counts.join(', ')}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`);
