// data/schema.json is what editors and other tools check datasets against: it must accept and refuse
// exactly what the app's schema does. The semantic checks (references, dates, quotes) are the app's
// alone, so only the zod schema's verdict is compared.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from './schema';
import { arbitraryDataset, hostileString } from './arbitraries';

const ajv = new Ajv({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(JSON.parse(readFileSync('data/schema.json', 'utf8')));
const verdicts = (raw: unknown) => ({ ajv: schemaCheck(raw), app: DatasetSchema.safeParse(raw).success });

const dir = 'e2e/fixtures/broken';
const corpus = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
const parsed = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  } catch {
    return undefined;
  }
};

describe('data/schema.json agrees with the app', () => {
  it('on the built-in dataset and the minimal one', () => {
    for (const file of ['data/graph.json', 'e2e/fixtures/minimal.json']) expect(verdicts(JSON.parse(readFileSync(file, 'utf8')))).toEqual({ ajv: true, app: true });
  });

  it.each(corpus)('on the broken dataset %s', (file) => {
    const raw = parsed(file);
    if (raw === undefined) return;
    const { ajv: a, app } = verdicts(raw);
    expect(a).toBe(app);
  });

  it('on upper-case URLs, which both accept', () => {
    const raw = JSON.parse(readFileSync('e2e/fixtures/minimal.json', 'utf8'));
    raw.sources[0].url = 'HTTPS://EXAMPLE.ORG/A';
    expect(verdicts(raw)).toEqual({ ajv: true, app: true });
  });

  it('on a few hundred generated variants, valid and not', () => {
    fc.assert(
      fc.property(arbitraryDataset(), fc.option(hostileString(), { nil: undefined }), fc.nat(), (raw, odd, at) => {
        // One field of one item replaced by something odd, or the dataset as generated.
        if (odd !== undefined) {
          const lists = ['actors', 'people', 'sources', 'stances', 'statements'] as const;
          const list = (raw as Record<string, Record<string, unknown>[]>)[lists[at % lists.length]];
          const item = list[at % Math.max(1, list.length)];
          if (item) item[Object.keys(item)[at % Object.keys(item).length]] = odd;
        }
        const { ajv: a, app } = verdicts(raw);
        expect(a, JSON.stringify(raw).slice(0, 400)).toBe(app);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
