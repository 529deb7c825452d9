// Property-based: whatever the input, the validator and the importer answer with problems, never an
// exception; an invalid input always gets one; every path they report is a place in the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset, hostileString } from './arbitraries';
import { importCsv, CSV_LAYOUT } from './csv';
import { validateImport } from './csvProblems';
import { validateDataset } from './validate';

const RUNS = { numRuns: 400, seed: 7 };

/** Whether a reported JSON path names a place in the input: every segment but a missing last one exists. */
function exists(raw: unknown, path: string): boolean {
  if (path === '(root)') return true;
  const segments = [...path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : String(JSON.parse(m[3]))));
  let at: unknown = raw;
  for (const [i, key] of segments.entries()) {
    if (at === null || typeof at !== 'object') return false;
    if (!Object.hasOwn(at, key)) return i === segments.length - 1;
    at = (at as Record<string | number, unknown>)[key];
  }
  return true;
}

const anyJson = fc.oneof(arbitraryDataset(), fc.jsonValue({ maxDepth: 4 }), arbitraryDataset().chain((d) => fc.constantFrom(...Object.keys(d)).map((key) => ({ ...d, [key]: [[[['x']]]] }))));

describe('the validator under generated input', () => {
  it('never throws, fails invalid input with an error, and points only at places in the input', () => {
    fc.assert(
      fc.property(anyJson, (raw) => {
        const { dataset, problems } = validateDataset(raw);
        if (!dataset) expect(problems.some((p) => p.level === 'error')).toBe(true);
        for (const problem of problems) expect(exists(raw, problem.path), `${problem.path}: ${problem.message}`).toBe(true);
        for (const problem of problems) expect(problem.message.length).toBeLessThan(2000);
      }),
      RUNS,
    );
  });
});

const cell = fc.oneof(hostileString(), fc.constantFrom('"', '""', '"a,b"', 'a;b', '\r\n', '=HYPERLINK("x")\n'));
const csvText = (columns: string[]) =>
  fc.array(fc.array(fc.oneof(cell, fc.constantFrom(...columns)), { maxLength: columns.length + 2 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));

describe('the importer under generated CSV text', () => {
  const files = fc.record(
    Object.fromEntries(Object.entries(CSV_LAYOUT).map(([name, spec]) => [name, fc.option(csvText(spec.columns), { nil: undefined })])),
  );

  it('never throws, fails with an error, and names only files it was given or needs', () => {
    fc.assert(
      fc.property(files, (given) => {
        const present = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined));
        const { dataset, problems } = validateImport(importCsv(present));
        if (!dataset) expect(problems.some((p) => p.level === 'error')).toBe(true);
        for (const problem of problems) expect(Object.keys(CSV_LAYOUT).some((name) => problem.path.startsWith(name)), problem.path).toBe(true);
      }),
      RUNS,
    );
  });
});
