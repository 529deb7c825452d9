import { describe, expect, it } from 'vitest';
import { actorGroups, buildIndex, deriveRelations, pairGroups, statementRelations } from './relations';
import type { Dataset, Statement } from './schema';

const statement = (id: string, actor: string, targets: string[], stance: string): Statement => ({
  id, actor, targets, stance, date: '2022-02-25', quote: id, mode: 'direct', source: 's',
});

const statements = [
  statement('a1', 'china', ['russia', 'ukraine'], 'talks'),
  statement('a2', 'china', ['russia'], 'talks'),
  statement('a3', 'china', ['russia'], 'blame'),
  statement('b1', 'russia', ['china'], 'talks'),
];

const dataset: Dataset = {
  title: 't', description: 'd', people: [], sources: [], statements,
  actors: ['china', 'russia', 'ukraine', 'nato'].map((id) => ({ id, name: id, kind: 'state' as const })),
  stances: [{ id: 'talks', label: 'Talks', tone: 'cooperative' }, { id: 'blame', label: 'Blame', tone: 'confrontational' }],
};

describe('deriveRelations', () => {
  it('makes one relation per (actor, target, stance), weighted by its statements', () => {
    const relations = [...deriveRelations(statements).values()];
    expect(relations.map((r) => [r.id, r.statements])).toEqual([
      ['china>russia>talks', ['a1', 'a2']],
      ['china>ukraine>talks', ['a1']],
      ['china>russia>blame', ['a3']],
      ['russia>china>talks', ['b1']],
    ]);
  });

  it('derives nothing without statements: no edge exists unless a statement backs it', () => {
    expect(deriveRelations([]).size).toBe(0);
  });
});

describe('queries', () => {
  const index = buildIndex(dataset);

  it('groups what an actor said and what was said about it', () => {
    const { by, about } = actorGroups(index, 'russia');
    expect(by.map((g) => g.relation.id)).toEqual(['russia>china>talks']);
    expect(about.map((g) => [g.relation.id, g.statements.map((s) => s.id)])).toEqual([
      ['china>russia>talks', ['a1', 'a2']],
      ['china>russia>blame', ['a3']],
    ]);
    expect(actorGroups(index, 'nato')).toEqual({ by: [], about: [] });
  });

  it('gives a pair of actors both directions, or nothing back for a one-way relation', () => {
    const view = pairGroups(index, 'china', 'russia');
    expect(view.forward.map((g) => [g.relation.stance, g.statements.map((s) => s.id)])).toEqual([
      ['talks', ['a1', 'a2']],
      ['blame', ['a3']],
    ]);
    expect(view.reverse.map((g) => g.relation.id)).toEqual(['russia>china>talks']);
    expect(pairGroups(index, 'china', 'ukraine').reverse).toEqual([]);
    expect(pairGroups(index, 'nato', 'china')).toEqual({ forward: [], reverse: [] });
  });

  it('names the relations a statement backs, one per target', () => {
    expect(statementRelations(statements[0])).toEqual(['china>russia>talks', 'china>ukraine>talks']);
  });
});
