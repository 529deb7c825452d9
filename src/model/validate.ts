// One validator for every entry point (CLI, app load, later imports): the zod schema first, then
// the checks a schema cannot express. It reports every problem with its JSON path, never just the first.
import { DatasetSchema, type Dataset } from './schema';
import type { Archives } from './archives';
import { isRealDate } from './dates';
import { quoted, type Problem } from './problems';
import { describeIssue, formatPath, kindOf } from './zodIssues';
import { checkAnchor, checkRemark, UNDATED, type Remarks } from './statementChecks';
import { didYouMean } from './suggest';

export type Report = { dataset: Dataset | null; problems: Problem[] };
/** Archived source texts, keyed by the `archive` path exactly as the dataset writes it. */
export type { Archives } from './archives';

export { formatPath } from './zodIssues';

type Loose = Record<string, unknown>;
type Entry = [index: number, item: Loose];

function entries(raw: Loose, key: string): Entry[] {
  const list = raw[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i): Entry[] => (item && typeof item === 'object' && !Array.isArray(item) ? [[i, item as Loose]] : []));
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);


function unknownRef(kind: string, id: string, known: string[]): string {
  const sorted = [...known].sort();
  // A guess for a long id would cost time and help no one: it is not a typo.
  const hint = id.length <= 64 ? didYouMean(id, sorted) : '';
  const shown = sorted.slice(0, 12).join(', ') + (sorted.length > 12 ? `, ... (${sorted.length} in all)` : '');
  return `unknown ${kind} ${quoted(id)}${hint}; known: ${shown || 'none'}`;
}

export type Options = {
  /**
   * A file opened from disk arrives without the archives beside it: its quotes cannot be checked, which
   * is worth a warning there, while a published dataset whose archive is missing is an error.
   */
  missingArchive?: 'error' | 'warning';
};

/** Semantic checks; they read the raw input defensively so they still run when the schema fails. */
function checkSemantics(raw: Loose, archives: Archives, options: Options): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, level: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, level: 'warning' });

  const index = (key: string) => {
    const ids = new Map<string, Entry>();
    for (const entry of entries(raw, key)) {
      const id = str(entry[1].id);
      if (id === undefined) continue;
      const first = ids.get(id);
      if (first) error(`${key}[${entry[0]}].id`, `duplicate id ${quoted(id)}; first used at ${key}[${first[0]}]`);
      else ids.set(id, entry);
    }
    return ids;
  };
  const actors = index('actors');
  const people = index('people');
  const sources = index('sources');
  const stances = index('stances');
  index('statements');

  const ref = (path: string, kind: string, id: unknown, ids: Map<string, Entry>) => {
    if (typeof id === 'string' && !ids.has(id)) error(path, unknownRef(kind, id, [...ids.keys()]));
  };
  const date = (path: string, value: unknown) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value)) {
      error(path, `${quoted(value)} is not a real calendar date`);
    }
  };

  date('updated', raw.updated);
  for (const [i, person] of entries(raw, 'people')) ref(`people[${i}].actor`, 'actor', person.actor, actors);

  const archiveTexts = new Map<string, string>();
  for (const [i, source] of entries(raw, 'sources')) {
    date(`sources[${i}].published`, source.published);
    const archive = str(source.archive);
    if (archive === undefined) continue;
    const text = archives.get(archive);
    if (text === undefined && options.missingArchive === 'warning') {
      warn(`sources[${i}].archive`, `archived text ${quoted(archive)} was not provided, so quotes from this source are not checked`);
    } else if (text === undefined) error(`sources[${i}].archive`, `archived text ${quoted(archive)} could not be read`);
    else archiveTexts.set(str(source.id) ?? '', text);
  }

  const usedStances = new Set<string>();
  const remarks: Remarks = new Map();
  const activeActors = new Set<string>();
  for (const [i, s] of entries(raw, 'statements')) {
    const at = `statements[${i}]`;
    const actor = str(s.actor);
    ref(`${at}.actor`, 'actor', actor, actors);
    ref(`${at}.stance`, 'stance', s.stance, stances);
    ref(`${at}.source`, 'source', s.source, sources);
    ref(`${at}.speaker`, 'person', s.speaker, people);
    const inferredDate = s.date && typeof s.date === 'object' && !Array.isArray(s.date);
    const day = str(inferredDate ? (s.date as Loose).day : s.date);
    date(inferredDate ? `${at}.date.day` : `${at}.date`, day);
    if (typeof s.date === 'string' && typeof s.context === 'string' && UNDATED.test(s.context)) {
      error(`${at}.date`, 'the context says the source gives no day, so the date cannot be stated; leave it out, or write { "day": ..., "inferred": "why" }');
    }
    checkRemark(remarks, at, s, error);
    if (actor) activeActors.add(actor);
    if (typeof s.stance === 'string') usedStances.add(s.stance);

    const speaker = typeof s.speaker === 'string' ? people.get(s.speaker) : undefined;
    const speaksFor = speaker && str(speaker[1].actor);
    if (speaksFor && actors.has(speaksFor) && actor && speaksFor !== actor) {
      error(`${at}.speaker`, `${quoted(String(s.speaker))} speaks for ${quoted(speaksFor)}, not for the statement's actor ${quoted(actor)}`);
    }

    const seen = new Set<string>();
    (Array.isArray(s.targets) ? s.targets : []).forEach((item: unknown, j) => {
      const inferred = item !== null && typeof item === 'object';
      const target = inferred ? str((item as Loose).id) : str(item);
      if (target === undefined) return;
      ref(inferred ? `${at}.targets[${j}].id` : `${at}.targets[${j}]`, 'actor', target, actors);
      if (target === actor) error(`${at}.targets[${j}]`, `a statement cannot target its own actor ${quoted(target)}`);
      if (seen.has(target)) error(`${at}.targets[${j}]`, `${quoted(target)} is listed twice`);
      seen.add(target);
      activeActors.add(target);
    });

    const source = typeof s.source === 'string' ? sources.get(s.source) : undefined;
    const published = source && str(source[1].published);
    if (published && day && isRealDate(day) && day > published) {
      error(inferredDate ? `${at}.date.day` : `${at}.date`, `${day} is after its source was published (${published})`);
    }
    const archived = typeof s.source === 'string' ? archiveTexts.get(s.source) : undefined;
    if (archived !== undefined && typeof s.quote === 'string') checkAnchor(at, s, archived, String(source?.[1].archive), error);
  }
  for (const [id, { at, count }] of remarks) {
    if (count === 1) warn(`${at}.remark`, `remark ${quoted(id)} is given by no other statement; a remark groups two or more wordings`);
  }

  const positions = raw.positions;
  if (positions && typeof positions === 'object' && !Array.isArray(positions)) {
    for (const id of Object.keys(positions)) ref(formatPath(['positions', id]), 'actor', id, actors);
  }
  for (const [id, [i]] of stances) if (!usedStances.has(id)) warn(`stances[${i}]`, `stance ${quoted(id)} is not used by any statement`);
  for (const [id, [i]] of actors) if (!activeActors.has(id)) warn(`actors[${i}]`, `actor ${quoted(id)} has no statements, by it or about it`);
  return problems;
}

export function validateDataset(raw: unknown, archives: Archives = new Map(), options: Options = {}): Report {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { dataset: null, problems: [{ path: '(root)', message: `must be a JSON object, not ${kindOf(raw)}`, level: 'error' }] };
  }
  const parsed = DatasetSchema.safeParse(raw, { reportInput: true });
  const problems = [...(parsed.success ? [] : parsed.error.issues.flatMap(describeIssue)), ...checkSemantics(raw as Loose, archives, options)];
  const ok = parsed.success && !problems.some((p) => p.level === 'error');
  return { dataset: ok ? parsed.data : null, problems };
}


/** JSON text to a value, tolerating a byte-order mark; the error is worded as a problem message. */
export function parseJson(text: string): { raw?: unknown; error?: string } {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: `is not valid JSON: ${(error as Error).message}` };
  }
}
