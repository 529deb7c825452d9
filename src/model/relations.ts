// Pure queries over a validated dataset. Relations are derived here and nowhere else: an edge
// exists only because at least one statement backs it.
import type { Actor, Dataset, Person, Source, Stance, Statement } from './schema';

export type Relation = {
  id: string;
  from: string;
  to: string;
  stance: string;
  /** Ids of the backing statements, in dataset order; the weight is their count. */
  statements: string[];
};

export type Index = {
  dataset: Dataset;
  actors: Map<string, Actor>;
  people: Map<string, Person>;
  sources: Map<string, Source>;
  stances: Map<string, Stance>;
  statements: Map<string, Statement>;
  relations: Map<string, Relation>;
};

export const relationId = (from: string, to: string, stance: string) => `${from}>${to}>${stance}`;

/** One relation per (actor, target, stance); linear in the number of statement targets. */
export function deriveRelations(statements: readonly Statement[]): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  for (const statement of statements) {
    for (const to of statement.targets) {
      const id = relationId(statement.actor, to, statement.stance);
      const relation = relations.get(id);
      if (relation) relation.statements.push(statement.id);
      else relations.set(id, { id, from: statement.actor, to, stance: statement.stance, statements: [statement.id] });
    }
  }
  return relations;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function buildIndex(dataset: Dataset): Index {
  return {
    dataset,
    actors: byId(dataset.actors),
    people: byId(dataset.people),
    sources: byId(dataset.sources),
    stances: byId(dataset.stances),
    statements: byId(dataset.statements),
    relations: deriveRelations(dataset.statements),
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
  const by: RelationGroup[] = [];
  const about: RelationGroup[] = [];
  for (const relation of index.relations.values()) {
    if (relation.from === actorId) by.push(resolve(index, relation));
    else if (relation.to === actorId) about.push(resolve(index, relation));
  }
  return { by, about };
}

/** The selected relation's statements, and everything said in the opposite direction. */
export function relationView(index: Index, relationKey: string): { forward: RelationGroup; reverse: RelationGroup[] } | null {
  const relation = index.relations.get(relationKey);
  if (!relation) return null;
  const reverse = [...index.relations.values()].filter((r) => r.from === relation.to && r.to === relation.from);
  return { forward: resolve(index, relation), reverse: reverse.map((r) => resolve(index, r)) };
}
