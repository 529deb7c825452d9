// What the reader's filters leave visible: stances switched off, and an 'as of' day. Pure, so the
// graph, the list view and the panel all count the same way.
import type { Index, RelationGroup } from './relations';
import { dayOf, remarkKey, splitRemarks, type RemarkSplit } from './provenance';
import type { Statement } from './schema';

export type Filter = { hiddenStances: readonly string[]; asOf: string | null };

/**
 * The day a statement counts from. An undated statement was said on or before its source was
 * published, so it is only certainly on the map from that day.
 */
export function effectiveDate(index: Index, statement: Statement): string {
  return dayOf(statement) ?? index.sources.get(statement.source)!.published;
}

/** The reader picks stances to show (URL, host commands); the store keeps the ones hidden, sorted. */
export function hiddenFromVisible(index: Index, visible: Iterable<string>): string[] {
  const shown = new Set(visible);
  return [...index.stances.keys()].filter((id) => !shown.has(id)).sort();
}

/** The shown stances, in the dataset's order. */
export function visibleFromHidden(index: Index, hidden: readonly string[]): string[] {
  const off = new Set(hidden);
  return [...index.stances.keys()].filter((id) => !off.has(id));
}

export function makeVisibility(index: Index, filter: Filter): (statement: Statement) => boolean {
  const hidden = new Set(filter.hiddenStances);
  return (statement) =>
    !hidden.has(statement.stance) && (filter.asOf === null || effectiveDate(index, statement) <= filter.asOf);
}

/**
 * Visible remarks per relation id (two wordings of one remark count once), named and inferred apart;
 * relations with none visible are absent. A relation whose visible remarks all infer its target is
 * the editors' reading under this view, whatever its hidden ones say. Linear in statements.
 */
export function visibleWeights(index: Index, filter: Filter): Map<string, RemarkSplit> {
  const visible = makeVisibility(index, filter);
  const weights = new Map<string, RemarkSplit>();
  for (const relation of index.relations.values()) {
    const shown: Statement[] = [];
    for (const id of relation.statements) {
      const statement = index.statements.get(id)!;
      if (visible(statement)) shown.push(statement);
    }
    if (shown.length) weights.set(relation.id, splitRemarks(shown, relation.to));
  }
  return weights;
}

/** Every distinct day the map can be shown 'as of', in order. */
export function dateRange(index: Index): string[] {
  return [...new Set(index.dataset.statements.map((s) => effectiveDate(index, s)))].sort();
}

/** Remarks per stance under the 'as of' day only, for the legend's counts; a remark counts once. */
export function stanceCounts(index: Index, asOf: string | null): Map<string, number> {
  const visible = makeVisibility(index, { hiddenStances: [], asOf });
  const remarks = new Map<string, Set<string>>();
  for (const statement of index.dataset.statements) {
    if (!visible(statement)) continue;
    const keys = remarks.get(statement.stance) ?? new Set<string>();
    remarks.set(statement.stance, keys.add(remarkKey(statement)));
  }
  return new Map([...remarks].map(([stance, keys]) => [stance, keys.size]));
}

/** Groups with their statements narrowed to the visible ones, and how many were hidden. */
export function narrow(groups: RelationGroup[], visible: (s: Statement) => boolean): { groups: RelationGroup[]; hidden: number } {
  let hidden = 0;
  const kept: RelationGroup[] = [];
  for (const group of groups) {
    const statements = group.statements.filter(visible);
    hidden += group.statements.length - statements.length;
    if (statements.length) kept.push({ relation: group.relation, statements });
  }
  return { groups: kept, hidden };
}

