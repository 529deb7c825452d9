// npx tsx scripts/xlsxTemplate.ts: writes data/templates/stancemap-template.xlsx from the CSV templates
// beside it, one sheet per file, so the workbook can never say something the CSV files do not. A unit
// test (xlsxTemplate.test.ts) fails when the shipped workbook no longer reads back to the CSV rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { workbookBlob } from '../src/formats/workbook';
import { TABLES } from '../src/model/tables';

export const TEMPLATE = 'data/templates/stancemap-template.xlsx';

const grid = (table: string): string[][] =>
  Papa.parse<string[]>(readFileSync(`data/templates/${table}.csv`, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** The template workbook's bytes. */
export async function templateWorkbook(): Promise<Buffer> {
  const blob = await workbookBlob(Object.fromEntries(TABLES.map((table) => [table, grid(table)])));
  return Buffer.from(await blob.arrayBuffer());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TEMPLATE, await templateWorkbook());
  console.log(`wrote ${TEMPLATE}`);
}
