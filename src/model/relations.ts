// Pure queries over a validated dataset. Relations are derived here and nowhere else: an edge
// exists only because at least one statement backs it.
import { derivePairs, type Pair } from './pairs';
import { splitRemarks, splitWeight, targetIds, targetInference, type RemarkSplit } from './provenance';
import type { Actor, Dataset, Person, Source, Stance, Statement } from './schema';

export type Relation = {
  id: string;
  from: string;
  to: string;
  stance: string;
  /** Ids of the backing statements, in dataset order. */
  statements: string[];
  /**
   * Distinct remarks behind the relation (two wordings of one remark count once), apart by whether
   * the source names the target; `weight` is what the arrow's thickness counts (splitWeight).
   */
  remarks: RemarkSplit;
  weight: number;
  /**
   * True when every backing statement has this target inferred by the editors, not named by the
   * source: the arrow is the editors' reading, and is drawn and labelled as such.
   */
  inferred: boolean;
};

export type Index = {
  dataset: Dataset;
  actors: Map<string, Actor>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  stances: Map<string, Stance>;
  statements: Map<string, Statement>;
  relations: Map<string, Relation>;
  /** The relations of each directed pair of actors: one arrow each on the map. */
  pairs: Map<string, Pair>;
  /** Relations by the actor who spoke, and by the actor spoken about: adjacency without scans. */
  outgoing: Map<string, Relation[]>;
  incoming: Map<string, Relation[]>;
};

export const relationId = (from: string, to: string, stance: string) => `${from}>${to}>${stance}`;

/** One relation per (actor, target, stance); linear in the number of statement targets. */
export function deriveRelations(statements: readonly Statement[]): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  const backing = new Map<string, Statement[]>();
  for (const statement of statements) {
    for (const to of targetIds(statement)) {
      const id = relationId(statement.actor, to, statement.stance);
      const inferred = targetInference(statement, to) !== undefined;
      const relation = relations.get(id);
      if (relation) {
        relation.statements.push(statement.id);
        relation.inferred &&= inferred;
        backing.get(id)!.push(statement);
      } else {
        relations.set(id, { id, from: statement.actor, to, stance: statement.stance, statements: [statement.id], remarks: { named: 0, inferred: 0 }, weight: 0, inferred });
        backing.set(id, [statement]);
      }
    }
  }
  for (const [id, relation] of relations) {
    relation.remarks = splitRemarks(backing.get(id)!, relation.to);
    relation.weight = splitWeight(relation.remarks);
  }
  return relations;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

function groupBy(relations: Iterable<Relation>, key: 'from' | 'to'): Map<string, Relation[]> {
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const list = groups.get(relation[key]);
    if (list) list.push(relation);
    else groups.set(relation[key], [relation]);
  }
  return groups;
}

export function buildIndex(dataset: Dataset): Index {
  const relations = deriveRelations(dataset.statements);
  return {
    dataset,
    actors: byId(dataset.actors),
    people: byId(dataset.people),
    sources: byId(dataset.sources),
    stances: byId(dataset.stances),
    statements: byId(dataset.statements),
    relations,
    pairs: derivePairs(relations.values()),
    outgoing: groupBy(relations.values(), 'from'),
    incoming: groupBy(relations.values(), 'to'),
  };
}

/** A relation with its statements resolved, as the panel shows it. */
export type RelationGroup = { relation: Relation; statements: Statement[] };

const resolve = (index: Index, relation: Relation): RelationGroup => ({
  relation,
  statements: relation.statements.map((id) => index.statements.get(id)!),
});

/** What an actor said, grouped by (target, stance), and what others said about it. */
export function actorGroups(index: Index, actorId: string): { by: RelationGroup[]; about: RelationGroup[] } {
  return {
    by: (index.outgoing.get(actorId) ?? []).map((r) => resolve(index, r)),
    about: (index.incoming.get(actorId) ?? []).map((r) => resolve(index, r)),
  };
}

/** Everything `from` said about `to`, grouped by stance, and everything said back. */
export function pairGroups(index: Index, from: string, to: string): { forward: RelationGroup[]; reverse: RelationGroup[] } {
  const between = (a: string, b: string) =>
    (index.outgoing.get(a) ?? []).filter((r) => r.to === b).map((r) => resolve(index, r));
  return { forward: between(from, to), reverse: between(to, from) };
}

/** The relation ids a statement backs: one per target. */
export const statementRelations = (statement: Statement) => targetIds(statement).map((to) => relationId(statement.actor, to, statement.stance));
