// One validator for every entry point (CLI, app load, later imports): the zod schema first, then
// the checks a schema cannot express. It reports every problem with its JSON path, never just the first.
import { DatasetSchema, type Dataset } from './schema';
import type { Archives } from './archives';
import { isRealDate } from './dates';
import { quoted, type Problem } from './problems';
import { describeIssue, formatPath, kindOf } from './zodIssues';
import { checkAnchor, checkRemark, UNDATED, type Remarks } from './statementChecks';
import { entries, guessBudget, indexIds, type Known } from './knownIds';

export type Report = { dataset: Dataset | null; problems: Problem[] };
/** Archived source texts, keyed by the `archive` path exactly as the dataset writes it. */
export type { Archives } from './archives';

export { formatPath } from './zodIssues';

type Loose = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export type Options = {
  /**
   * A file opened from disk arrives without the archives beside it: its quotes cannot be checked, which
   * is worth a warning there, while a published dataset whose archive is missing is an error.
   */
  missingArchive?: 'error' | 'warning';
};

type Add = (path: string, message: string) => void;
type Lists = { actors: Known; people: Known; sources: Known; stances: Known };
/** What the statements' checks gather as they go, for the checks that follow them. */
type Seen = { stances: Set<string>; actors: Set<string>; remarks: Remarks };

const ref = (error: Add, path: string, id: unknown, known: Known) => {
  if (typeof id === 'string' && !known.ids.has(id)) error(path, known.unknown(id));
};
const checkDate = (error: Add, path: string, value: unknown) => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value)) {
    error(path, `${quoted(value)} is not a real calendar date`);
  }
};

/** Each source's archived text, by source id, where it was given; a missing one reported. */
function readArchives(raw: Loose, archives: Archives, options: Options, error: Add, warn: Add): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [i, source] of entries(raw, 'sources')) {
    checkDate(error, `sources[${i}].published`, source.published);
    const archive = str(source.archive);
    if (archive === undefined) continue;
    const text = archives.get(archive);
    if (text === undefined && options.missingArchive === 'warning') {
      warn(`sources[${i}].archive`, `archived text ${quoted(archive)} was not provided, so quotes from this source are not checked`);
    } else if (text === undefined) error(`sources[${i}].archive`, `archived text ${quoted(archive)} could not be read`);
    else texts.set(str(source.id) ?? '', text);
  }
  return texts;
}

/** A statement's targets: known, not its own actor, each once. */
function checkTargets(at: string, s: Loose, actor: string | undefined, lists: Lists, seen: Seen, error: Add) {
  const listed = new Set<string>();
  (Array.isArray(s.targets) ? s.targets : []).forEach((item: unknown, j) => {
    const inferred = item !== null && typeof item === 'object';
    const target = inferred ? str((item as Loose).id) : str(item);
    if (target === undefined) return;
    ref(error, inferred ? `${at}.targets[${j}].id` : `${at}.targets[${j}]`, target, lists.actors);
    if (target === actor) error(`${at}.targets[${j}]`, `a statement cannot target its own actor ${quoted(target)}`);
    if (listed.has(target)) error(`${at}.targets[${j}]`, `${quoted(target)} is listed twice`);
    listed.add(target);
    seen.actors.add(target);
  });
}

/** A statement's date: a real day, not denied by its context, not after its source's publication. */
function checkStatementDate(at: string, s: Loose, lists: Lists, error: Add) {
  const inferred = s.date !== null && typeof s.date === 'object' && !Array.isArray(s.date);
  const path = inferred ? `${at}.date.day` : `${at}.date`;
  const day = str(inferred ? (s.date as Loose).day : s.date);
  checkDate(error, path, day);
  if (typeof s.date === 'string' && typeof s.context === 'string' && UNDATED.test(s.context)) {
    error(`${at}.date`, 'the context says the source gives no day, so the date cannot be stated; leave it out, or write { "day": ..., "inferred": "why" }');
  }
  const source = typeof s.source === 'string' ? lists.sources.ids.get(s.source) : undefined;
  const published = source && str(source[1].published);
  if (published && day && isRealDate(day) && day > published) error(path, `${day} is after its source was published (${published})`);
}

function checkStatement(at: string, s: Loose, lists: Lists, archiveTexts: Map<string, string>, seen: Seen, error: Add) {
  const actor = str(s.actor);
  ref(error, `${at}.actor`, actor, lists.actors);
  ref(error, `${at}.stance`, s.stance, lists.stances);
  ref(error, `${at}.source`, s.source, lists.sources);
  ref(error, `${at}.speaker`, s.speaker, lists.people);
  checkStatementDate(at, s, lists, error);
  checkRemark(seen.remarks, at, s, error);
  if (actor) seen.actors.add(actor);
  if (typeof s.stance === 'string') seen.stances.add(s.stance);

  const speaker = typeof s.speaker === 'string' ? lists.people.ids.get(s.speaker) : undefined;
  const speaksFor = speaker && str(speaker[1].actor);
  if (speaksFor && lists.actors.ids.has(speaksFor) && actor && speaksFor !== actor) {
    error(`${at}.speaker`, `${quoted(String(s.speaker))} speaks for ${quoted(speaksFor)}, not for the statement's actor ${quoted(actor)}`);
  }
  checkTargets(at, s, actor, lists, seen, error);

  const archived = typeof s.source === 'string' ? archiveTexts.get(s.source) : undefined;
  const archive = typeof s.source === 'string' ? str(lists.sources.ids.get(s.source)?.[1].archive) : undefined;
  if (archived !== undefined && archive !== undefined && typeof s.quote === 'string') checkAnchor(at, s, archived, archive, error);
}

/** What is defined and never used: a remark given once, a stance no statement takes, an actor no statement names. */
function checkUnused(lists: Lists, seen: Seen, warn: Add) {
  for (const [id, { at, count }] of seen.remarks) {
    if (count === 1) warn(`${at}.remark`, `remark ${quoted(id)} is given by no other statement; a remark groups two or more wordings`);
  }
  for (const [id, [i]] of lists.stances.ids) if (!seen.stances.has(id)) warn(`stances[${i}]`, `stance ${quoted(id)} is not used by any statement`);
  for (const [id, [i]] of lists.actors.ids) if (!seen.actors.has(id)) warn(`actors[${i}]`, `actor ${quoted(id)} has no statements, by it or about it`);
}

/** Semantic checks; they read the raw input defensively so they still run when the schema fails. */
function checkSemantics(raw: Loose, archives: Archives, options: Options): Problem[] {
  const problems: Problem[] = [];
  const error: Add = (path, message) => problems.push({ path, message, level: 'error' });
  const warn: Add = (path, message) => problems.push({ path, message, level: 'warning' });

  const budget = guessBudget();
  const lists: Lists = {
    actors: indexIds(raw, 'actors', 'actor', budget, error),
    people: indexIds(raw, 'people', 'person', budget, error),
    sources: indexIds(raw, 'sources', 'source', budget, error),
    stances: indexIds(raw, 'stances', 'stance', budget, error),
  };
  indexIds(raw, 'statements', 'statement', budget, error);

  checkDate(error, 'updated', raw.updated);
  for (const [i, person] of entries(raw, 'people')) ref(error, `people[${i}].actor`, person.actor, lists.actors);
  const archiveTexts = readArchives(raw, archives, options, error, warn);
  const seen: Seen = { stances: new Set(), actors: new Set(), remarks: new Map() };
  for (const [i, s] of entries(raw, 'statements')) checkStatement(`statements[${i}]`, s, lists, archiveTexts, seen, error);
  const positions = raw.positions;
  if (positions && typeof positions === 'object' && !Array.isArray(positions)) {
    for (const id of Object.keys(positions)) ref(error, formatPath(['positions', id]), id, lists.actors);
  }
  checkUnused(lists, seen, warn);
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
