// The map as a graph file sees it: actors as nodes, one edge per stance arrow (actor, target,
// stance) with its remarks counted as the app counts them and the first day it stands on the map.
// Shared by the GEXF and GraphML writers, so both say the same. Pure.
import { escapeXml } from '../model/escape';
import { effectiveDate } from '../model/filter';
import { buildIndex, type Index } from '../model/relations';
import type { Dataset } from '../model/schema';

export type NodeFacts = { id: string; label: string; kind: string; short: string; description: string };
export type EdgeFacts = {
  id: string;
  source: string;
  target: string;
  label: string;
  stance: string;
  tone: string;
  plover: string;
  /** What the arrow's thickness counts: the remarks that name the target, or, resting only on inferences, those. */
  weight: number;
  namedRemarks: number;
  inferredRemarks: number;
  /** Every remark behind it only infers the target: the editors' reading, not the source's word. */
  inferred: boolean;
  /** The first day the arrow stands on the map (an undated statement counts from its source's publication, as 'as of' does). */
  firstDay: string;
  statements: string;
};

export type GraphFacts = { title: string; description: string; nodes: NodeFacts[]; edges: EdgeFacts[] };

export function graphFacts(dataset: Dataset): GraphFacts {
  const index: Index = buildIndex(dataset);
  const nodes = dataset.actors.map((a) => ({ id: a.id, label: a.name, kind: a.kind, short: a.short ?? '', description: a.description ?? '' }));
  const edges = [...index.relations.values()].map((r): EdgeFacts => {
    const stance = index.stances.get(r.stance)!;
    const days = r.statements.map((id) => effectiveDate(index, index.statements.get(id)!)).sort();
    return {
      id: r.id,
      source: r.from,
      target: r.to,
      label: stance.label,
      stance: stance.id,
      tone: stance.tone,
      plover: stance.plover ?? '',
      weight: r.weight,
      namedRemarks: r.remarks.named,
      inferredRemarks: r.remarks.inferred,
      inferred: r.inferred,
      firstDay: days[0],
      statements: r.statements.join(' '),
    };
  });
  return { title: dataset.title, description: dataset.description, nodes, edges };
}

/** The attributes both formats declare, with the XML Schema type each is written as. */
export const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['short', 'string'],
  ['description', 'string'],
] as const satisfies ReadonlyArray<readonly [keyof NodeFacts, string]>;

export const EDGE_ATTRIBUTES = [
  ['stance', 'string'],
  ['tone', 'string'],
  ['plover', 'string'],
  ['namedRemarks', 'integer'],
  ['inferredRemarks', 'integer'],
  ['inferred', 'boolean'],
  ['firstDay', 'string'],
  ['statements', 'string'],
] as const satisfies ReadonlyArray<readonly [keyof EdgeFacts, string]>;

/** Text safe in an XML attribute or element: line breaks kept as character references, not folded to spaces. */
export function xmlText(value: string | number | boolean): string {
  return escapeXml(String(value)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
