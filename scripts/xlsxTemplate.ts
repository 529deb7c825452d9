// npx tsx scripts/xlsxTemplate.ts: writes data/templates/stancemap-template.xlsx from the CSV templates
// beside it, one sheet per file, so the workbook can never say something the CSV files do not. A unit
// test (xlsxTemplate.test.ts) fails when the shipped workbook no longer reads back to the CSV rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { TABLES } from '../src/model/tables';

export const TEMPLATE = 'data/templates/stancemap-template.xlsx';
// Stored as numbers, as a spreadsheet author would type them; every other cell is text.
const NUMBERS = new Set(['positions.x', 'positions.y', 'statements.occurrence']);

type Cell = { value: string | number; type?: typeof String | typeof Number; format?: string; fontWeight?: 'bold'; wrap?: boolean } | null;

function sheet(table: string): { sheet: string; data: Cell[][]; columns: { width: number }[]; stickyRowsCount: number } {
  const text = readFileSync(`data/templates/${table}.csv`, 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const data: Cell[][] = [
    header.map((name) => ({ value: name, fontWeight: 'bold' })),
    ...rows.map((row) =>
      row.map((value, i): Cell => {
        if (value === '') return null;
        // Text format ("@"): the spreadsheet keeps 2022-02-25 or 1.0.0 as typed instead of turning it into a date or a number.
        return NUMBERS.has(`${table}.${header[i]}`) ? { value: Number(value), type: Number } : { value, type: String, format: '@', wrap: value.length > 60 };
      }),
    ),
  ];
  const columns = header.map((name, i) => ({ width: Math.min(60, Math.max(name.length, ...rows.map((row) => row[i]?.length ?? 0)) + 2) }));
  return { sheet: table, data, columns, stickyRowsCount: 1 };
}

/** The template workbook's bytes. */
export async function templateWorkbook(): Promise<Buffer> {
  return (await writeExcelFile(TABLES.map(sheet) as never).toBuffer()) as Buffer;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TEMPLATE, await templateWorkbook());
  console.log(`wrote ${TEMPLATE}`);
}
