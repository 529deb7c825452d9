// Files an author opens or drops. Kept apart from load.ts so the CSV parser is only fetched when used,
// and the workbook reader (xlsx.ts, with read-excel-file) only when a workbook is opened.
import { importCsv } from '../model/csv';
import { validateImport } from '../model/csvProblems';
import { collectArchives } from '../model/archives';
import { decodeText, notUtf8 } from '../model/decode';
import { failure, type Loaded } from './load';
import type { Problem } from '../model/problems';
import type { CsvImport } from '../model/tables';
import { parseJson, validateDataset } from '../model/validate';
import { isZip, unzipFiles, ZIP_LIMITS } from './zipFiles';

const isWorkbook = (name: string) => /\.xlsx$/i.test(name);

/**
 * Files opened or dropped by an author: one .json dataset, or the CSV files of one, or one .xlsx
 * workbook, with any archived .txt sources beside them (matched by file name). Archives not given
 * only warn: the quotes go unchecked.
 */
export async function loadFromFiles(opened: File[]): Promise<Loaded> {
  // A zip stands for the files in it; one that cannot be read is the problem shown.
  const files: File[] = [];
  const skipped: Problem[] = [];
  for (const file of opened) {
    if (!isZip(file.name)) {
      files.push(file);
      continue;
    }
    const unzipped = await unzipFiles(file);
    if ('error' in unzipped) return failure('file', file.name, '(file)', unzipped.error);
    files.push(...unzipped.files);
    for (const name of unzipped.skipped) skipped.push({ path: file.name, message: `${name} inflates to more than ${ZIP_LIMITS.entry / 1024 / 1024} MB and was left out`, level: 'warning' });
  }
  const workbooks = files.filter((file) => isWorkbook(file.name));
  const decoded = await Promise.all(files.filter((file) => !isWorkbook(file.name)).map(async (file) => ({ name: file.name, ...decodeText(await file.arrayBuffer()) })));
  const texts = new Map(decoded.map(({ name, text }) => [name, text]));
  const garbled = decoded.filter((file) => !file.valid).map((file) => notUtf8(file.name));
  const origin = opened.length === 1 ? opened[0].name : `${opened.length} files (${opened.map((file) => file.name).join(', ')})`;
  let loaded: Loaded;
  if (workbooks.length > 1) loaded = failure('file', origin, '(file)', 'open one workbook (.xlsx) at a time');
  else if (workbooks.length && [...texts.keys()].some((name) => /\.(csv|json)$/i.test(name))) loaded = failure('file', origin, '(file)', 'open a workbook (.xlsx) or CSV files or a .json dataset, not several kinds at once');
  else if (workbooks.length) {
    const { importWorkbook } = await import('../model/xlsx');
    const [workbook] = workbooks;
    loaded = fromImport(await importWorkbook(workbook.name, await workbook.arrayBuffer()), texts, origin);
  } else loaded = fromTexts(texts, origin);
  // A zip is what the author opened: the banner names it, not the dataset file inside.
  if (opened.some((file) => isZip(file.name))) loaded = { ...loaded, origin };
  return { ...loaded, problems: [...skipped, ...garbled, ...loaded.problems] };
}

const archivesFor = (raw: unknown, texts: Map<string, string>) => collectArchives(raw, (path) => texts.get(path.split('/').pop()!));
const OPTIONS = { missingArchive: 'warning' } as const;

function fromImport(imported: CsvImport, texts: Map<string, string>, origin: string): Loaded {
  const archives = archivesFor(imported.raw, texts);
  return { ...validateImport(imported, archives, OPTIONS), kind: 'file', origin, archives };
}

function fromTexts(texts: Map<string, string>, origin: string): Loaded {
  const names = [...texts.keys()];
  const csv = Object.fromEntries(names.filter((n) => /\.csv$/i.test(n)).map((n) => [n, texts.get(n)!]));
  if (Object.keys(csv).length) return fromImport(importCsv(csv), texts, origin);
  // A saved folder holds the dataset and its schema.json: the schema is not a dataset.
  const datasets = names.filter((n) => /\.json$/i.test(n) && !/^schema\.json$/i.test(n));
  if (datasets.length > 1) return failure('file', origin, '(file)', `holds ${datasets.length} datasets (${datasets.join(', ')}); open one at a time`);
  const json = datasets[0] ?? names.find((n) => /\.json$/i.test(n));
  if (!json) return failure('file', origin, '(file)', 'open a .json dataset, or the .csv files of one, or a workbook (.xlsx)');
  const { raw, error } = parseJson(texts.get(json)!);
  if (error) return failure('file', json, '(file)', error);
  const archives = archivesFor(raw, texts);
  return { ...validateDataset(raw, archives, OPTIONS), kind: 'file', origin: json, archives };
}
