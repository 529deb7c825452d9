import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRealDate } from './dates';
import { formatProblem } from './problems';
import { formatPath, validateDataset } from './validate';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8'));
const archivePath = dataset.sources[0].archive as string;
const archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);

/** A deep copy of the real dataset with one change applied, validated against the real archive. */
function broken(change: (d: typeof dataset) => void) {
  const copy = structuredClone(dataset);
  change(copy);
  return validateDataset(copy, archives).problems.map(formatProblem);
}

describe('the built-in dataset', () => {
  it('is valid, with no warnings, and every quote is found in its archived source', () => {
    const report = validateDataset(dataset, archives);
    expect(report.problems).toEqual([]);
    expect(report.dataset?.statements.length).toBeGreaterThan(12);
  });

  it('names the five core actors and backs every one with statements', () => {
    const ids = dataset.actors.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['china', 'russia', 'ukraine', 'united-states', 'nato']));
  });

  it('fails when the archive is missing, rather than skipping the quote check', () => {
    expect(validateDataset(dataset, new Map()).problems.map(formatProblem)).toEqual([
      `sources[0].archive: archived text "${archivePath}" could not be read`,
    ]);
  });
});

describe('broken variants report the exact path', () => {
  const cases: [string, (d: typeof dataset) => void, string[]][] = [
    ['unknown target', (d) => (d.statements[3].targets[0] = 'nato2'), [
      'statements[3].targets[0]: unknown actor "nato2" (did you mean "nato"?); known: china, european-union, nato, russia, ukraine, united-nations, united-states',
    ]],
    ['unknown stance', (d) => (d.statements[0].stance = 'friendly'), [
      expect.stringMatching(/^statements\[0\]\.stance: unknown stance "friendly"; known: accuses-ignoring-security-concerns, accuses-interference, /),
    ]],
    ['unknown speaker', (d) => (d.statements[0].speaker = 'vladimir-putn'), [
      expect.stringMatching(/^statements\[0\]\.speaker: unknown person "vladimir-putn" \(did you mean "vladimir-putin"\?\); known: /),
    ]],
    ['unknown source', (d) => (d.statements[1].source = 'bbc'), ['statements[1].source: unknown source "bbc"; known: ht-2022-02-25']],
    ['person of an unknown actor', (d) => (d.people[0].actor = 'prc'), [expect.stringMatching(/^people\[0\]\.actor: unknown actor "prc"/)]],
    ['duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), ['actors[7].id: duplicate id "china"; first used at actors[0]']],
    ['duplicate statement id', (d) => (d.statements[2].id = d.statements[1].id), [
      `statements[2].id: duplicate id "${dataset.statements[1].id}"; first used at statements[1]`,
    ]],
    ['self-targeting statement', (d) => (d.statements[0].targets = ['russia']), [
      'statements[0].targets[0]: a statement cannot target its own actor "russia"',
    ]],
    ['a target listed twice', (d) => (d.statements[0].targets = ['ukraine', 'ukraine']), ['statements[0].targets[1]: "ukraine" is listed twice']],
    ['impossible calendar date', (d) => (d.statements[0].date = '2022-02-30'), ['statements[0].date: "2022-02-30" is not a real calendar date']],
    ['malformed date', (d) => (d.sources[0].published = '25/02/2022'), ['sources[0].published: must be a date written YYYY-MM-DD']],
    ['words said after publication', (d) => (d.statements[0].date = '2022-03-01'), [
      'statements[0].date: 2022-03-01 is after its source was published (2022-02-25)',
    ]],
    ['a quote not in the source', (d) => (d.statements[0].quote = 'Russia will never negotiate'), [
      `statements[0].quote: not found word for word in the archived source "${archivePath}"`,
    ]],
    ['a javascript: URL', (d) => (d.sources[0].url = 'javascript:alert(1)'), ['sources[0].url: must be an http:// or https:// URL']],
    ['an unknown kind', (d) => (d.actors[0].kind = 'country'), [
      'actors[0].kind: must be one of: state, alliance, organization, group; got "country"',
    ]],
    ['an invalid mode', (d) => (d.statements[0].mode = 'quoted'), ['statements[0].mode: must be one of: direct, reported; got "quoted"']],
    ['a missing field', (d) => delete d.statements[4].quote, ['statements[4].quote: is required']],
    ['a misspelt field', (d) => (d.statements[0].taregts = ['ukraine']), ['statements[0].taregts: unknown field (see data/README.md for the allowed fields)']],
    ['no targets', (d) => (d.statements[0].targets = []), ['statements[0].targets: must name at least one actor']],
    ['a bad slug', (d) => (d.people[4].id = 'Joe Biden'), [
      'people[4].id: must be a slug: lowercase letters, digits and hyphens, e.g. "united-states"',
      expect.stringMatching(/^statements\[\d+\]\.speaker: unknown person "joe-biden" \(did you mean "Joe Biden"\?\); known: /),
    ]],
    ['a speaker of another actor', (d) => (d.statements[0].speaker = 'xi-jinping'), [
      'statements[0].speaker: "xi-jinping" speaks for "china", not for the statement\'s actor "russia"',
    ]],
    ['a position for an unknown actor', (d) => (d.positions.atlantis = { x: 0, y: 0 }), [expect.stringMatching(/^positions\.atlantis: unknown actor "atlantis"/)]],
    ['a wrong type', (d) => (d.positions.china = { x: '12', y: 0 }), ['positions.china.x: must be number, not string "12"']],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const problems = broken(change);
    expect(problems).toEqual(expected);
  });

  it('reports unused stances and silent actors as warnings, which do not block loading', () => {
    const copy = structuredClone(dataset);
    copy.stances.push({ id: 'unused', label: 'Unused', tone: 'neutral' });
    copy.actors.push({ id: 'atlantis', name: 'Atlantis', kind: 'state' });
    const report = validateDataset(copy, archives);
    expect(report.problems.map(formatProblem)).toEqual([
      `warning: stances[${copy.stances.length - 1}]: stance "unused" is not used by any statement`,
      `warning: actors[${copy.actors.length - 1}]: actor "atlantis" has no statements, by it or about it`,
    ]);
    expect(report.dataset).not.toBeNull();
  });

  it('rejects input that is not an object', () => {
    expect(validateDataset([]).problems.map(formatProblem)).toEqual(['(root): must be a JSON object, not an array']);
    expect(validateDataset(null).problems.map(formatProblem)).toEqual(['(root): must be a JSON object, not null']);
  });

  it('keeps reporting reference problems when the schema also fails', () => {
    const problems = broken((d) => {
      d.title = 42;
      d.statements[0].targets = ['atlantis'];
    });
    expect(problems).toContain('title: must be string, not number 42');
    expect(problems).toContainEqual(expect.stringMatching(/^statements\[0\]\.targets\[0\]: unknown actor "atlantis"/));
  });
});

describe('helpers', () => {
  it('formats JSON paths as an author reads them', () => {
    expect(formatPath(['statements', 3, 'targets', 0])).toBe('statements[3].targets[0]');
    expect(formatPath(['positions', 'united-states', 'x'])).toBe('positions["united-states"].x');
  });

  it('knows real calendar days', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2022-02-29')).toBe(false);
    expect(isRealDate('2022-13-01')).toBe(false);
  });
});
