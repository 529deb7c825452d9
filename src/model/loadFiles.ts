// Files an author opens or drops. Kept apart from load.ts so the CSV parser is only fetched when used.
import { importCsv } from './csv';
import { validateImport } from './csvProblems';
import { collectArchives } from './archives';
import { decodeText, notUtf8 } from './decode';
import { failure, type Loaded } from './load';
import { parseJson, validateDataset } from './validate';

/**
 * Files opened or dropped by an author: one .json dataset, or the CSV files of one, with any archived
 * .txt sources beside them (matched by file name). Archives not given only warn: the quotes go unchecked.
 */
export async function loadFromFiles(files: File[]): Promise<Loaded> {
  const decoded = await Promise.all(files.map(async (file) => ({ name: file.name, ...decodeText(await file.arrayBuffer()) })));
  const texts = new Map(decoded.map(({ name, text }) => [name, text]));
  const garbled = decoded.filter((file) => !file.valid).map((file) => notUtf8(file.name));
  const loaded = fromTexts(texts);
  return { ...loaded, problems: [...garbled, ...loaded.problems] };
}

function fromTexts(texts: Map<string, string>): Loaded {
  const names = [...texts.keys()];
  const origin = names.length === 1 ? names[0] : `${names.length} files (${names.join(', ')})`;
  const archivesFor = (raw: unknown) => collectArchives(raw, (path) => texts.get(path.split('/').pop()!));
  const options = { missingArchive: 'warning' } as const;

  const csv = Object.fromEntries(names.filter((n) => /\.csv$/i.test(n)).map((n) => [n, texts.get(n)!]));
  if (Object.keys(csv).length) {
    const imported = importCsv(csv);
    const archives = archivesFor(imported.raw);
    return { ...validateImport(imported, archives, options), kind: 'file', origin, archives };
  }
  const json = names.find((n) => /\.json$/i.test(n));
  if (!json) return failure('file', origin, '(file)', 'open a .json dataset, or the .csv files of one');
  const { raw, error } = parseJson(texts.get(json)!);
  if (error) return failure('file', json, '(file)', error);
  const archives = archivesFor(raw);
  return { ...validateDataset(raw, archives, options), kind: 'file', origin: json, archives };
}
