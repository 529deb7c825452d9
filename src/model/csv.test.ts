import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importCsv, LISTS, type CsvFiles } from './csv';
import type { Archives } from './archives';
import { validateImport } from './csvProblems';
import { formatProblem } from './problems';

type Item = Record<string, unknown>;
const graph = JSON.parse(readFileSync('data/graph.json', 'utf8'));
const archivePath = graph.sources[0].archive as string;
const archives: Archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);
const importAndValidate = (files: CsvFiles, texts: Archives = new Map()) => validateImport(importCsv(files), texts);
const templates: CsvFiles = Object.fromEntries(
  readdirSync('data/templates')
    .filter((name) => name.endsWith('.csv'))
    .map((name) => [name, readFileSync(`data/templates/${name}`, 'utf8')]),
);

const lines = (files: CsvFiles) => importAndValidate(files, archives).problems.map(formatProblem);
const raw = (files: CsvFiles) => importCsv(files).raw as Record<string, Item[]>;
/** The templates with one file's text changed. */
const edit = (name: string, change: (text: string) => string): CsvFiles => ({ ...templates, [name]: change(templates[name]) });
const byId = (list: string, id: string): Item => graph[list].find((item: Item) => item.id === id);

/** Writes each list as a spreadsheet would: columns in order of first use, targets joined with ";". */
function toCsv(dataset: Record<string, Item[]> & Item): CsvFiles {
  const table = (items: Item[], fields = [...new Set(items.flatMap((item) => Object.keys(item)))]) =>
    Papa.unparse({ fields, data: items.map((item) => fields.map((f) => (Array.isArray(item[f]) ? item[f].join('; ') : (item[f] ?? '')))) });
  const files: CsvFiles = {
    'dataset.csv': table([dataset], ['title', 'description', 'version', 'updated']),
    'positions.csv': table(Object.entries(dataset.positions).map(([actor, point]) => ({ actor, ...point }))),
  };
  for (const list of LISTS) files[`${list}.csv`] = table(list === 'statements' ? dataset[list].map(flatStatement) : dataset[list]);
  return files;
}

/** A statement as spreadsheet cells: inferred targets and days in columns of their own. */
function flatStatement(statement: Item): Item {
  const { targets, date, ...rest } = statement as { targets: (string | { id: string; inferred: string })[]; date?: string | { day: string; inferred: string } };
  const inferred = targets.filter((t) => typeof t !== 'string');
  return {
    ...rest,
    targets: targets.map((t) => (typeof t === 'string' ? t : t.id)),
    ...(inferred.length ? { inferred_targets: inferred.map((t) => t.id), target_reason: inferred[0].inferred } : {}),
    ...(typeof date === 'object' ? { date: date.day, date_reason: date.inferred } : date ? { date } : {}),
  };
}

describe('the templates', () => {
  it('import into a dataset that validates with no problems at all', () => {
    const report = importAndValidate(templates, archives);
    expect(report.problems).toEqual([]);
    expect(report.dataset?.statements).toHaveLength(3);
  });

  it('hold items copied exactly from the built-in dataset, typographic quotes included', () => {
    const imported = raw(templates);
    for (const list of LISTS) for (const item of imported[list]) expect(item).toStrictEqual(byId(list, item.id as string));
    expect(imported.statements.map((s) => s.quote)).toContain(byId('statements', 'wang-abandon-cold-war-mentality').quote);
  });

  it('leave empty optional cells out rather than writing ""', () => {
    const statement = raw(templates).statements[0];
    expect(statement.id).toBe('wang-understands-russia-security-concerns');
    expect(Object.keys(statement)).not.toContain('via');
    expect(Object.keys(statement)).not.toContain('context');
    expect(Object.keys(raw(templates).actors[0])).toEqual(['id', 'name', 'kind', 'description']);
  });

  it('read an aliases cell as a list separated by ";"', () => {
    const files = edit('actors.csv', (text) => text.replace('china,China,state,,,', 'china,China,state,,PRC; Zhongguo ;,'));
    expect(raw(files).actors[0]).toMatchObject({ id: 'china', aliases: ['PRC', 'Zhongguo'] });
    expect(importAndValidate(files, archives).problems).toEqual([]);
  });

  it('parse positions as numbers', () => {
    expect(importCsv(templates).raw).toMatchObject({ positions: { china: { x: 250, y: 360 }, nato: { x: 880, y: 310 } } });
    const files = edit('positions.csv', (text) => text.replace('russia,520,100', 'russia, -12.5 ,1e2'));
    expect(raw(files).positions).toMatchObject({ russia: { x: -12.5, y: 100 } });
  });
});

describe('the built-in dataset as CSV', () => {
  it('imports back to exactly data/graph.json, less $schema', () => {
    const expected = { ...graph };
    delete expected.$schema;
    expect(importCsv(toCsv(graph)).raw).toStrictEqual(expected);
    expect(importAndValidate(toCsv(graph), archives).problems).toEqual([]);
  });

  it('reports a validator path such as statements[6].targets[0] as its row and column', () => {
    const copy = structuredClone(graph);
    copy.statements[6].targets[0] = 'rusia';
    expect(importAndValidate(toCsv(copy), archives).problems.map(formatProblem)).toEqual([
      'statements.csv row 8, column targets: unknown actor "rusia" (did you mean "russia"?); known: china, european-union, nato, russia, ukraine, united-nations, united-states',
    ]);
  });

  it('imports 5,000 statements', () => {
    const statements = Array.from({ length: 5000 }, (_, i) => ({ ...graph.statements[i % graph.statements.length], id: `s-${i}` }));
    const report = importAndValidate(toCsv({ ...graph, statements }), archives);
    expect(report.problems).toEqual([]);
    expect(report.dataset?.statements).toHaveLength(5000);
    // A correctness check at size, not a timing one: a shared, loaded build machine may take seconds.
  }, 30_000);
});

describe('CSV syntax', () => {
  it('reads a BOM, Windows line endings, quoted commas, doubled quotes and line breaks inside a cell', () => {
    const files = edit('actors.csv', () =>
      '\uFEFFid,name,kind,description\r\nchina,"China, the ""PRC""",state,"two\r\nlines"\r\nrussia,Russia,state,\r\nnato,NATO,alliance,\r\n',
    );
    expect(raw(files).actors).toStrictEqual([
      { id: 'china', name: 'China, the "PRC"', kind: 'state', description: 'two\nlines' },
      { id: 'russia', name: 'Russia', kind: 'state' },
      { id: 'nato', name: 'NATO', kind: 'alliance' },
    ]);
    expect(lines(files)).toEqual([]);
  });

  it('reads a file whose lines alternate \\n and \\r\\n (and an old Mac \\r) without a stray line break in any cell', () => {
    const files = edit('actors.csv', () => 'id,name,kind\nchina,China,state\r\nrussia,Russia,state\nnato,NATO,alliance\runited-states,United States,state\r\n');
    expect(raw(files).actors.map((actor) => actor.id)).toEqual(['china', 'russia', 'nato', 'united-states']);
    expect(lines(files).filter((line) => /\\[rn]|unknown/.test(line))).toEqual([]);
  });

  it('reads the semicolon-separated CSV that Excel writes in some languages, with free column order and header case', () => {
    const files = edit('actors.csv', () => ' KIND ;Id;Name\nstate;china;China\nstate;russia;Russia\nalliance;nato;"NATO; the alliance"\n');
    expect(raw(files).actors[2]).toStrictEqual({ id: 'nato', name: 'NATO; the alliance', kind: 'alliance' });
  });

  it('splits targets on ";" and trims each', () => {
    const files = edit('statements.csv', (text) => text.replace(',wang-wenbin,nato,nato,', ',wang-wenbin, russia ;nato; ,,'));
    expect(raw(files).statements[2].targets).toEqual(['russia', 'nato']);
  });

  it('counts rows as a spreadsheet does, through blank rows and line breaks inside a cell', () => {
    const files = edit('statements.csv', (text) =>
      text
        .replace(',,\n', ',,"Line one\nline two"\n')
        .replace(/\n/, '\n,,,,,,,,,,\n')
        .replace(',wang-wenbin,nato,', ',wang-wenbin,nato;rusia,'),
    );
    expect(lines(files)).toEqual([
      'statements.csv row 5, column targets: unknown actor "rusia" (did you mean "russia"?); known: china, nato, russia',
    ]);
  });

  it('reports an unterminated quote by row, and nothing that follows from it', () => {
    const files = edit('actors.csv', (text) => text.replace('russia,Russia,state,,', 'russia,"Russia,state,,'));
    expect(lines(files)).toEqual(['actors.csv row 3: a quoted cell never closes, so the rest of the file was read into it; check the " marks']);
  });

  it('reports a row with too many fields', () => {
    const files = edit('actors.csv', (text) => `${text}ukraine,Ukraine,state,,,State in Eastern Europe,extra\n`);
    expect(lines(files)).toEqual([
      'actors.csv row 5: has 7 fields, but the header has 6 columns',
      'warning: actors.csv row 5: actor "ukraine" has no statements, by it or about it',
    ]);
  });

  it('accepts the empty trailing cells spreadsheets write', () => {
    expect(lines(edit('people.csv', (text) => text.replace(/\n/g, ',,\n')))).toEqual([]);
  });
});

describe('problems name the file, row and column', () => {
  const cases: [string, CsvFiles, string[]][] = [
    ['missing required column', edit('statements.csv', (t) => t.replace(',quote,', ',words,')), [
      'statements.csv: unknown column "words"; expected one of: id, actor, speaker, targets, stance, date, quote, mode, source, occurrence, remark, via, translation, context, inferred_targets, target_reason, date_reason',
      'statements.csv: missing required column "quote"',
    ]],
    ['misspelt column', edit('statements.csv', (t) => t.replace(',quote,', ',qoute,')), [
      'statements.csv: unknown column "qoute" (did you mean "quote"?)',
      'statements.csv: missing required column "quote"',
    ]],
    ['extra unknown column', edit('actors.csv', (t) => t.replace(/\n/g, ',\n').replace(',\n', ',Notes\n')), [
      'actors.csv: unknown column "Notes"; expected one of: id, name, kind, short, aliases, description',
    ]],
    ['duplicate column', edit('people.csv', (t) => t.replace(/\n/g, ',x\n').replace(',x\n', ',name\n')), ['people.csv: duplicate column "name"']],
    ['unknown target', edit('statements.csv', (t) => t.replace(',wang-wenbin,russia,', ',wang-wenbin,rusia,')), [
      'statements.csv row 2, column targets: unknown actor "rusia" (did you mean "russia"?); known: china, nato, russia',
      'warning: actors.csv row 3: actor "russia" has no statements, by it or about it',
    ]],
    ['bad kind', edit('actors.csv', (t) => t.replace('china,China,state', 'china,China,country')), [
      'actors.csv row 2, column kind: must be one of: state, alliance, organization, group; got "country"',
    ]],
    ['duplicate id', edit('people.csv', (t) => `${t}xi-jinping,Xi,President,china,,\n`), [
      'people.csv row 4, column id: duplicate id "xi-jinping"; first used at row 2',
    ]],
    ['empty required cell', edit('sources.csv', (t) => t.replace(',Hindustan Times,', ', ,')), [
      'sources.csv row 2, column publisher: is required',
    ]],
    ['x not a number', edit('positions.csv', (t) => t.replace('russia,520,', 'russia,52O,')), [
      'positions.csv row 3, column x: must be a number, not "52O"',
    ]],
    ['position of an unknown actor', edit('positions.csv', (t) => `${t}ukraine,1,2\n`), [
      'positions.csv row 5, column actor: unknown actor "ukraine"; known: china, nato, russia',
    ]],
    ['two rows in dataset.csv', edit('dataset.csv', (t) => `${t}Another,title,,\n`), [
      'dataset.csv row 3: only one row is read: a dataset has one title and description',
    ]],
    ['bad updated date', edit('dataset.csv', (t) => t.replace('2026-11-28', '28/11/2026')), [
      'dataset.csv row 2, column updated: must be a date written YYYY-MM-DD',
    ]],
    ['misnamed file', { ...templates, 'statement.csv': templates['statements.csv'], 'statements.csv': undefined! }, [
      'warning: statement.csv: not a Stancemap file, so it was ignored (did you mean "statements.csv"?)',
      'statements.csv: missing; it lists the statements, the quoted evidence',
    ]],
    ['missing dataset.csv', { ...templates, 'dataset.csv': undefined! }, ['dataset.csv: missing; it holds the title and description']],
    ['empty actors.csv', edit('actors.csv', () => '\n'), ['actors.csv: is empty; its first row must name the columns']],
  ];
  it.each(cases)('%s', (_, files, expected) => {
    const present = Object.fromEntries(Object.entries(files).filter(([, text]) => text !== undefined));
    expect(lines(present)).toEqual(expected);
  });

  it('treats a missing people.csv as no people', () => {
    const files = { ...templates };
    delete files['people.csv'];
    expect(raw(files).people).toEqual([]);
    expect(importCsv(files).problems).toEqual([]);
  });
});
