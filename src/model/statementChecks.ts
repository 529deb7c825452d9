// Statement checks beyond references: a stated date its own context denies, remarks that group one
// actor's words, and where the quote sits in its archive (found, and found once or pinned).
import { anchorQuote } from './anchor';
import { preview, quoted } from './problems';

type Loose = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export type Remarks = Map<string, { at: string; actor: unknown; count: number }>;

// Contexts that say the source gives no day: a stated date beside them claims more than the source.
export const UNDATED = /\bundated\b|\bno (day|date)\b|\bnot dated\b|\bdate is left out\b|\bwithout a day\b/i;

type Add = (path: string, message: string) => void;

/** Statements of one remark are one actor's words in several wordings or reports. The actor may be any value: the schema reports it. */
export function checkRemark(remarks: Remarks, at: string, s: Loose, error: Add) {
  const id = str(s.remark);
  if (id === undefined) return;
  const first = remarks.get(id);
  if (!first) {
    remarks.set(id, { at, actor: s.actor, count: 1 });
    return;
  }
  first.count += 1;
  if (first.actor !== s.actor) {
    error(`${at}.remark`, `remark ${quoted(id)} is by ${preview(first.actor)} at ${first.at}; one remark has one actor (use another remark id)`);
  }
}

/** The quote must occur in its archive, and where it occurs more than once, `occurrence` says which. */
export function checkAnchor(at: string, s: Loose, archived: string, archive: string, error: Add) {
  const occurrence = typeof s.occurrence === 'number' ? s.occurrence : undefined;
  const result = anchorQuote(archived, String(s.quote), occurrence);
  if (result.ok) return;
  if (result.reason === 'missing') error(`${at}.quote`, `not found word for word in the archived source ${quoted(archive)}`);
  else if (result.reason === 'ambiguous') {
    error(`${at}.quote`, `occurs ${result.occurrences} times in the archived source ${quoted(archive)}; set "occurrence" (1 to ${result.occurrences}) to say which one is meant`);
  } else error(`${at}.occurrence`, `the quote occurs only ${result.occurrences === 1 ? 'once' : `${result.occurrences} times`} in the archived source ${quoted(archive)}`);
}

