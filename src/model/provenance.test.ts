import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { countRemarks, dateInference, dayOf, groupRemarks, targetIds, targetInference } from './provenance';
import { buildIndex } from './relations';
import type { Dataset, Statement } from './schema';
import { validateDataset } from './validate';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const archivePath = dataset.sources[0].archive!;
const archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);
const index = buildIndex(dataset);
const byId = (id: string) => index.statements.get(id)!;
const at = (id: string) => dataset.statements.findIndex((s) => s.id === id);

function broken(change: (d: Dataset & Record<string, unknown>) => void) {
  const copy = structuredClone(dataset) as Dataset & Record<string, unknown>;
  change(copy);
  return validateDataset(copy, archives).problems.map(formatProblem);
}

describe('targets and days the editors inferred', () => {
  it('keep plain ids working beside inferred ones', () => {
    const biden = byId('biden-stained-by-association');
    expect(targetIds(biden)).toEqual(['china']);
    expect(targetInference(biden, 'china')).toMatch(/names no country/);
    expect(targetInference(byId('putin-us-nato-ignored-security-concerns'), 'nato')).toBeUndefined();
  });

  it('mark an arrow inferred only when every statement behind it infers its target', () => {
    const inferred = [...index.relations.values()].filter((r) => r.inferred).map((r) => r.id).sort();
    expect(inferred).toEqual([
      // Wang's words on sanctions name no one: the question he answered names their authors.
      'china>european-union>opposes-sanctions',
      'china>nato>calls-for-european-security-mechanism',
      'china>ukraine>upholds-sovereignty',
      'china>ukraine>upholds-territorial-integrity',
      'china>united-states>opposes-sanctions',
      'ukraine>russia>supports-negotiation',
      'united-states>china>warns',
    ]);
    // Wang's "relevant parties" are inferred, but Xi names Russia and Ukraine: those arrows stand on the source.
    expect(index.relations.get('china>ukraine>supports-negotiation')!.inferred).toBe(false);
    // Beside the inferred "all countries" remarks stands one about "the Ukraine issue" by name.
    expect(index.relations.get('china>ukraine>cites-historical-background')!.inferred).toBe(false);
    const mixed: Statement = { ...byId('wang-ukraine-complex-historical-background'), id: 'named', stance: 'upholds-sovereignty', targets: ['ukraine'] };
    expect(buildIndex({ ...dataset, statements: [...dataset.statements, mixed] }).relations.get('china>ukraine>upholds-sovereignty')!.inferred).toBe(false);
  });

  it('give an inferred day with its reason, and none for an undated statement', () => {
    const wang = byId('wang-sanctions-never-effective');
    expect(dayOf(wang)).toBe('2022-02-25');
    expect(dateInference(wang)).toMatch(/gives no day/);
    expect(dayOf(byId('china-us-not-qualified'))).toBeUndefined();
    expect(dateInference(byId('china-us-interfering-internal-affairs'))).toBeUndefined();
  });

  it('are checked like plain ones, at the path of the id', () => {
    expect(broken((d) => (d.statements[at('biden-stained-by-association')].targets[0] = { id: 'chna', inferred: 'x' }))).toEqual([
      `statements[${at('biden-stained-by-association')}].targets[0].id: unknown actor "chna" (did you mean "china"?); known: china, european-union, nato, russia, ukraine, united-nations, united-states`,
    ]);
    expect(broken((d) => (d.statements[at('biden-stained-by-association')].targets[0] = { id: 'china' } as never))).toEqual([
      `statements[${at('biden-stained-by-association')}].targets[0].inferred: is required`,
    ]);
    expect(broken((d) => (d.statements[0].date = { day: '2022-02-30', inferred: 'x' }))).toEqual(['statements[0].date.day: "2022-02-30" is not a real calendar date']);
    expect(broken((d) => (d.statements[0].targets = [7 as never]))).toEqual(['statements[0].targets[0]: must be text or an object (see data/README.md), not number 7']);
  });

  it('fail when a context says the source gives no day but the date is stated', () => {
    const i = at('wang-sanctions-never-effective');
    expect(broken((d) => {
      d.statements[i].date = '2022-02-25';
      d.statements[i].context = 'Undated in the report.';
    })).toEqual([expect.stringMatching(new RegExp(`^statements\\[${i}\\]\\.date: the context says the source gives no day`))]);
  });
});

describe('remarks', () => {
  it('group the wordings of one remark and count it once', () => {
    const putin = dataset.statements.filter((s) => s.remark === 'putin-offers-high-level-talks');
    expect(putin.map((s) => s.mode).sort()).toEqual(['direct', 'reported']);
    expect(countRemarks(putin)).toBe(1);
    expect(groupRemarks(index.relations.get('china>russia>supports-negotiation')!.statements.map(byId)).map((g) => g.length)).toEqual([2, 1]);
    expect(countRemarks(dataset.statements)).toBe(dataset.statements.length - 2);
  });

  it('belong to one actor, and a remark of one statement is a warning', () => {
    const i = at('xi-calls-for-negotiations');
    expect(broken((d) => (d.statements[i].remark = 'putin-offers-high-level-talks'))).toEqual(expect.arrayContaining([
      `statements[${i}].remark: remark "putin-offers-high-level-talks" is by "russia" at statements[0]; one remark has one actor (use another remark id)`,
    ]));
    expect(broken((d) => (d.statements[at('china-us-not-qualified')].remark = 'alone'))).toEqual([
      `warning: statements[${at('china-us-not-qualified')}].remark: remark "alone" is given by no other statement; a remark groups two or more wordings`,
    ]);
  });
});

describe('a quote that occurs twice in its source', () => {
  const i = at('xi-supports-resolution-through-negotiation');
  it('must say which occurrence it is', () => {
    expect(broken((d) => delete d.statements[i].occurrence)).toEqual([
      `statements[${i}].quote: occurs 2 times in the archived source "${archivePath}"; set "occurrence" (1 to 2) to say which one is meant`,
    ]);
    expect(broken((d) => (d.statements[i].occurrence = 3))).toEqual([`statements[${i}].occurrence: the quote occurs only 2 times in the archived source "${archivePath}"`]);
    expect(broken((d) => (d.statements[0].occurrence = 2))).toEqual([`statements[0].occurrence: the quote occurs only once in the archived source "${archivePath}"`]);
  });
});
