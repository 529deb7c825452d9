import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEMPLATE } from '../../scripts/xlsxTemplate';
import { inflateZip } from './inflate';
import { formatProblem } from './problems';
import { sheetExtent } from './workbookLimits';
import { importWorkbook } from './xlsx';

/** The template workbook with one sheet's XML changed (the first sheet part, which holds "dataset"). */
function changedTemplate(change: (xml: string) => string, rename?: [string, string]): ArrayBuffer {
  const parts = unzipSync(new Uint8Array(readFileSync(TEMPLATE)));
  const sheet = Object.keys(parts).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort()[0];
  parts[sheet] = strToU8(change(strFromU8(parts[sheet])));
  if (rename) parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace(`name="${rename[0]}"`, `name="${rename[1]}"`));
  return zipSync(parts, { level: 9 }).buffer as ArrayBuffer;
}
const firstSheetName = () => /<sheet\b[^>]*\bname="([^"]*)"/.exec(strFromU8(unzipSync(new Uint8Array(readFileSync(TEMPLATE)))['xl/workbook.xml']))![1];
const messages = async (bytes: ArrayBuffer) => (await importWorkbook('map.xlsx', bytes)).problems.map(formatProblem);

describe('workbook limits', () => {
  it('refuses a sheet whose one cell sits at XFD1048576, naming the sheet and the cell, before building its grid', async () => {
    const bytes = changedTemplate((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
    expect(await messages(bytes)).toEqual([
      `map.xlsx, ${firstSheetName()} sheet: is too large to read: its farthest cell is XFD1048576, past row 100,000; delete the cells beyond the data (select the rows and columns past it, Delete) and save again`,
    ]);
  });

  // Building and inflating 21 MB takes seconds on a busy machine: a generous time-out, not a speed target.
  it('refuses a part that inflates past 20 MB, stopping there', { timeout: 60_000 }, async () => {
    const bytes = changedTemplate((xml) => xml.replace('</sheetData>', `</sheetData>${' '.repeat(21 * 1024 * 1024)}`));
    expect(bytes.byteLength).toBeLessThan(200_000);
    expect((await messages(bytes))[0]).toMatch(/^map\.xlsx: part xl\/worksheets\/.+ inflates to more than 20 MB, the most one part of a workbook may hold here$/);
  });

  it('names the sheet of a cell read-excel-file cannot read', async () => {
    const bytes = changedTemplate((xml) => xml.replace('</sheetData>', '<row r="90"><c r="A90" t="b"><v>maybe</v></c></row></sheetData>'));
    expect((await messages(bytes))[0]).toMatch(new RegExp(`^map\\.xlsx, ${firstSheetName()} sheet: could not be read \\(.*row 90.*\\)`));
  });

  it('names two sheets that stand for one list', async () => {
    const name = firstSheetName();
    const bytes = changedTemplate((xml) => xml, ['actors', ` ${name.toUpperCase()}`]);
    expect(await messages(bytes)).toEqual([`map.xlsx: two sheets for the ${name} list: "${name}" and " ${name.toUpperCase()}"; keep one of them`]);
  });

  it('reads extents from cell and row references', () => {
    expect(sheetExtent('<row r="3"><c r="B3"/></row><row r="7" spans="1:2"><c s="1" r="AA7"/></row>')).toEqual({ rows: 7, columns: 27 });
  });
});

describe('inflateZip', () => {
  const zip = zipSync({ 'a/big.txt': new Uint8Array(3000), 'b/small.json': strToU8('{}'), 'c/big.txt': new Uint8Array(3000) });

  it('stops an entry past its limit and names it, keeping the rest', () => {
    const result = inflateZip(zip, { entry: 2000, total: 10_000 });
    expect('files' in result && [[...result.files.keys()], result.tooLarge]).toEqual([['b/small.json'], ['a/big.txt', 'c/big.txt']]);
  });

  it('refuses the zip once all entries together pass the total', () => {
    expect(inflateZip(zip, { entry: 5000, total: 5000 })).toEqual({ error: 'inflates to more than 0 MB in all, the most a zip may hold here; it was not read further', limit: true });
  });

  it('says what is not a zip, and what is cut short', () => {
    expect(inflateZip(strToU8('hello'), { entry: 10, total: 10 })).toEqual({ error: 'is not a zip file (it does not begin as one)' });
    expect(inflateZip(zip.subarray(0, 100), { entry: 5000, total: 50_000 })).toHaveProperty('error');
  });
});
