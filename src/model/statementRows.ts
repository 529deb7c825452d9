// Statements as flat rows for a spreadsheet or a script, each with a full citation. Pure; loaded
// only when a reader asks for a download, so papaparse stays out of the main bundle.
import Papa from 'papaparse';
import type { Index } from './relations';
import type { Statement } from './schema';
import { actorName, citation, speakerOf } from './format';
import { dateInference, dayOf, targetId, targetInference } from './provenance';

export const COLUMNS = [
  'id', 'actor', 'speaker', 'role', 'targets', 'inferred_targets', 'stance', 'tone', 'date', 'date_inferred', 'mode',
  'quote', 'remark', 'via', 'translation', 'context', 'publisher', 'published', 'url', 'citation',
] as const;

export type ExportRow = Record<(typeof COLUMNS)[number], string>;

export function exportRows(index: Index, statements: readonly Statement[]): ExportRow[] {
  return statements.map((statement) => {
    const speaker = speakerOf(index, statement);
    const stance = index.stances.get(statement.stance)!;
    const source = index.sources.get(statement.source)!;
    return {
      id: statement.id,
      actor: actorName(index, statement.actor),
      speaker: speaker.name,
      role: speaker.role ?? '',
      targets: statement.targets.map((target) => actorName(index, targetId(target))).join('; '),
      inferred_targets: statement.targets
        .flatMap((target) => {
          const why = targetInference(statement, targetId(target));
          return why ? [`${actorName(index, targetId(target))}: ${why}`] : [];
        })
        .join(' | '),
      stance: stance.label,
      tone: stance.tone,
      date: dayOf(statement) ?? '',
      date_inferred: dateInference(statement) ?? '',
      mode: statement.mode,
      quote: statement.quote,
      remark: statement.remark ?? '',
      via: statement.via ?? '',
      translation: statement.translation ?? '',
      context: statement.context ?? '',
      publisher: source.publisher,
      published: source.published,
      url: source.url,
      citation: citation(index, statement),
    };
  });
}

/**
 * CSV with a header row. Fields and columns are given explicitly so an empty export still has its
 * header. Dataset text is untrusted, so a cell a spreadsheet would run as a formula (one that begins
 * with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, whatever follows; the
 * JSON export keeps every value exactly.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly ExportRow[]): string {
  const csv = Papa.unparse(
    { fields: [...COLUMNS], data: rows.map((row) => COLUMNS.map((column) => row[column])) },
    // papaparse's own pattern for `true` ends in `.*$`, which a line break inside the cell defeats.
    { escapeFormulae: FORMULA, newline: '\r\n' },
  );
  // papaparse ends an empty table with a line break but a full one without: always end with one.
  return `${csv.replace(/(\r\n)+$/, '')}\r\n`;
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
