// What a statement claims on the source's word and what the editors read into it: targets and
// days can be inferred (with a reason the reader sees), and several statements can be one remark
// in different wordings or reports, which counts once. Pure; the schema keeps plain ids and days.
import type { Statement, Target } from './schema';

export const targetId = (target: Target): string => (typeof target === 'string' ? target : target.id);

/** The actor ids a statement is about, in the dataset's order. */
export const targetIds = (statement: Statement): string[] => statement.targets.map(targetId);

/** Why the editors read `actorId` into the statement as a target, or undefined when the source names it. */
export function targetInference(statement: Statement, actorId: string): string | undefined {
  for (const target of statement.targets) {
    if (typeof target !== 'string' && target.id === actorId) return target.inferred;
  }
  return undefined;
}

/** The day a statement was made, stated or inferred; undefined when the source gives none. */
export const dayOf = (statement: Statement): string | undefined =>
  typeof statement.date === 'object' ? statement.date.day : statement.date;

/** Why the editors give the day although the source does not state it; undefined for a stated day. */
export const dateInference = (statement: Statement): string | undefined =>
  typeof statement.date === 'object' ? statement.date.inferred : undefined;

/** Statements sharing a `remark` are one remark; any other statement is a remark of its own. */
export const remarkKey = (statement: Statement): string =>
  statement.remark === undefined ? `statement:${statement.id}` : `remark:${statement.remark}`;

/** How many distinct remarks the statements are: each remark counts once however many wordings it has. */
export function countRemarks(statements: Iterable<Statement>): number {
  // remarkKey's distinctions without building a string per statement (a remark is its string, any
  // other statement itself): every relation of a big map is counted this way as its index is built.
  const keys = new Set<string | Statement>();
  for (const statement of statements) keys.add(statement.remark === undefined ? statement : statement.remark);
  return keys.size;
}

/**
 * Remarks about one actor, apart by what the source says: `named` remarks name it in at least one
 * wording; `inferred` remarks rest only on the editors' reading. A count never adds the two up.
 */
export type RemarkSplit = { named: number; inferred: number };

/** `statements` all target `actorId`; each remark counts once, as named when any wording names it. */
export function splitRemarks(statements: Iterable<Statement>, actorId: string): RemarkSplit {
  const named = new Set<string | Statement>();
  const inferred = new Set<string | Statement>();
  for (const statement of statements) {
    (targetInference(statement, actorId) === undefined ? named : inferred).add(statement.remark ?? statement);
  }
  for (const key of named) inferred.delete(key);
  return { named: named.size, inferred: inferred.size };
}

/** What an arrow's thickness counts: the named remarks, or, for an arrow resting only on inferences, those. */
export const splitWeight = (split: RemarkSplit): number => split.named || split.inferred;

/** The statements as remarks, each with its wordings, in the order each remark first appears. */
export function groupRemarks(statements: readonly Statement[]): Statement[][] {
  const groups = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = remarkKey(statement);
    const group = groups.get(key);
    if (group) group.push(statement);
    else groups.set(key, [statement]);
  }
  return [...groups.values()];
}
