import { describe, expect, it } from 'vitest';
import type { Problem } from '../model/problems';
import { fieldErrors, joinList, problemTarget, splitList } from './fields';

describe('a problem’s place as a form field', () => {
  it('names the list, the item and the field, down to the first key', () => {
    expect(problemTarget('statements[3].targets[0].id')).toEqual({ list: 'statements', index: 3, key: 'targets' });
    expect(problemTarget('actors[2]')).toEqual({ list: 'actors', index: 2, key: 'id' });
    expect(problemTarget('title')).toEqual({ list: 'meta', index: 0, key: 'title' });
    expect(problemTarget('positions.nato')).toBeNull();
    expect(problemTarget('(root)')).toBeNull();
  });
  it('gives each field of one item its first error, and no warnings', () => {
    const problems: Problem[] = [
      { path: 'statements[1].quote', message: 'not found', level: 'error' },
      { path: 'statements[1].quote', message: 'second', level: 'error' },
      { path: 'statements[1].targets[0]', message: 'unknown actor', level: 'error' },
      { path: 'statements[10].stance', message: 'another item', level: 'error' },
      { path: 'statements[1].remark', message: 'a warning', level: 'warning' },
    ];
    expect([...fieldErrors(problems, 'statements', 1)]).toEqual([['quote', 'not found'], ['targets', 'unknown actor']]);
  });
});

describe('a list field typed as text', () => {
  it('splits on ";", trimming each part and dropping empty ones', () => {
    expect(splitList(' Zelensky;Zelenskyy ;; ')).toEqual(['Zelensky', 'Zelenskyy']);
    expect(splitList(' ; ')).toBeUndefined();
    expect(joinList(splitList('Zelensky;Zelenskyy'))).toBe('Zelensky; Zelenskyy');
    expect(joinList(undefined)).toBe('');
  });
});
