// npm run export -- --format gexf|graphml|annotations|plover|xlsx [data.json] [-o file] [--site url]:
// a checked dataset (default data/graph.json) in a format research tools read (src/formats). Text goes
// to -o or stdout; a workbook needs -o. --site is the address of the built site that publishes the
// dataset, so annotations carry its permalinks and archived texts; without it, they point at the
// archived texts by their paths relative to the dataset and are named by statement id.
import { writeFileSync } from 'node:fs';
import { toAnnotations } from '../src/formats/annotations';
import { toGexf } from '../src/formats/gexf';
import { toGraphml } from '../src/formats/graphml';
import { toPloverLines } from '../src/formats/plover';
import { toWorkbook } from '../src/formats/workbook';
import { formatProblem, summarise } from '../src/model/problems';
import { readDataset } from './files';

const FORMATS = ['gexf', 'graphml', 'annotations', 'plover', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = `usage: npm run export -- --format ${FORMATS.join('|')} [data.json] [-o file] [--site https://example.org/map/]`;

function fail(...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function parseArgs(args: string[]): { format: Format; input: string; output?: string; site?: URL } {
  let format: string | undefined;
  let output: string | undefined;
  let site: URL | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i] ?? fail(`${arg} needs a value`, USAGE);
    if (arg === '--format' || arg === '-f') format = value();
    else if (arg === '-o' || arg === '--output') output = value();
    else if (arg === '--site') {
      const given = value();
      if (!URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) fail(`--site ${given}: must be an http:// or https:// address`);
      site = new URL(given.endsWith('/') ? given : `${given}/`);
    } else if (arg === '-h' || arg === '--help') fail(USAGE);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`, USAGE);
    else inputs.push(arg);
  }
  if (!format) fail('--format is required', USAGE);
  if (!(FORMATS as readonly string[]).includes(format)) fail(`--format ${format}: unknown format; choose one of ${FORMATS.join(', ')}`);
  if (inputs.length > 1) fail(`one dataset at a time, not ${inputs.length}`, USAGE);
  if (format === 'xlsx' && !output) fail('--format xlsx writes a binary workbook: name the file with -o, e.g. -o map.xlsx');
  return { format: format as Format, input: inputs[0] ?? 'data/graph.json', output, site };
}

const { format, input, output, site } = parseArgs(process.argv.slice(2));
const { problems, dataset, archives } = readDataset(input);
if (!dataset) fail(...summarise(problems).map((p) => `${input}: ${formatProblem(p)}`), `${input}: not exported; fix the errors above first`);

async function produce(): Promise<string | Buffer> {
  switch (format) {
    case 'gexf':
      return toGexf(dataset!, new Date().toISOString().slice(0, 10));
    case 'graphml':
      return toGraphml(dataset!);
    case 'plover':
      return toPloverLines(dataset!);
    case 'xlsx':
      return Buffer.from(await (await toWorkbook(dataset!)).arrayBuffer());
    case 'annotations': {
      const links = site
        ? { statement: (s: { id: string }) => `${site.href}?statement=${encodeURIComponent(s.id)}`, archive: (s: { archive?: string }) => new URL(`data/${s.archive}`, site).href }
        : { statement: (s: { id: string }) => `#${s.id}`, archive: (s: { archive?: string }) => s.archive! };
      return `${JSON.stringify(toAnnotations(dataset!, archives, links), null, 2)}\n`;
    }
  }
}

try {
  const out = await produce();
  if (output) {
    writeFileSync(output, out);
    console.error(`wrote ${output}`);
  } else process.stdout.write(out);
} catch (error) {
  fail(`${input}: ${(error as Error).message}`);
}
