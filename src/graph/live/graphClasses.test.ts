import { afterEach, describe, expect, it } from 'vitest';
import { applyFilter, markSelected } from './graphClasses';
import { testGraph } from './testMap';
import { toElements } from './toElements';
import { buildIndex } from '../../model/relations';
import { TEST_DATASET } from './testMap';

const { cy, index } = testGraph();
const ids = (selector: string) => cy.elements(selector).map((element) => element.id()).sort();

afterEach(() => {
  markSelected(cy, index, null);
  applyFilter(cy, index, { hiddenStances: [], asOf: null });
});

describe('markSelected', () => {
  it('marks an actor, and moves the mark when the selection moves', () => {
    let marked = markSelected(cy, index, { kind: 'actor', id: 'a' });
    expect(ids('.selected')).toEqual(['a']);
    marked = markSelected(cy, index, { kind: 'actor', id: 'b' }, marked);
    expect(ids('.selected')).toEqual(['b']);
    markSelected(cy, index, null, marked);
    expect(ids('.selected')).toEqual([]);
  });

  it('opens a relation into one arrow per stance, both directions, and selects that direction’s stances', () => {
    markSelected(cy, index, { kind: 'relation', from: 'a', to: 'b' });
    expect(ids('.selected')).toEqual(['a>b>praises', 'a>b>warns']);
    expect(ids('edge.pair.open')).toEqual(['a>b', 'b>a']);
    expect(ids('edge.stance.open')).toEqual(['a>b>praises', 'a>b>warns', 'b>a>warns']);
  });

  it('marks the arrows a statement backs', () => {
    markSelected(cy, index, { kind: 'statement', id: 'a-praises-c' });
    expect(ids('.selected')).toEqual(['a>c>praises']);
    expect(ids('.open')).toEqual(['a>c', 'a>c>praises']);
  });
});

describe('applyFilter', () => {
  it('hides the arrows of a hidden stance, re-weights the pair and marks actors left without arrows', () => {
    applyFilter(cy, index, { hiddenStances: ['praises'], asOf: null });
    expect(ids('edge.hidden')).toEqual(['a>b>praises', 'a>c', 'a>c>praises']);
    expect(cy.getElementById('a>b').data('weight')).toBe(1);
    expect(ids('node.isolated')).toEqual(['c']);
    applyFilter(cy, index, { hiddenStances: [], asOf: null });
    expect(ids('.hidden, .isolated')).toEqual([]);
    expect(cy.getElementById('a>b').data('weight')).toBe(2);
  });

  it('hides everything said after the "as of" day', () => {
    applyFilter(cy, index, { hiddenStances: [], asOf: '2022-02-24' });
    expect(cy.edges(':visible')).toHaveLength(0);
  });
});

describe('inferred targets on the arrows', () => {
  it('say so in the arrow’s lines and data, and only where every stance shown rests on an inference', () => {
    const elements = new Map(toElements(buildIndex(TEST_DATASET)).map((element) => [element.data.id, element.data]));
    expect(elements.get('a>c')).toMatchObject({ inferred: true, lines: ['Praises (inferred)'] });
    expect(elements.get('a>c>praises')).toMatchObject({ inferred: true });
    expect(elements.get('a>b')).toMatchObject({ inferred: false });
    expect((elements.get('a>b')!.lines as string[]).join(' ')).not.toContain('inferred');
  });
});
