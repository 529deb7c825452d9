import { describe, expect, it } from 'vitest';
import { commit, LIMIT, redo, seal, start, undo } from './history';

describe('undo and redo', () => {
  it('walks back and forth, and a new change drops the undone future', () => {
    let h = commit(commit(start('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h); // nothing left to undo
    h = redo(h);
    expect(h.present).toBe('b');
    h = commit(h, 'd');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });
  it('groups a run of typing in one field into one step, until sealed or another field is edited', () => {
    let h = start('');
    for (const value of ['C', 'Ch', 'Chi']) h = commit(h, value, 'actors.0.name');
    expect(h.past).toEqual(['']);
    h = commit(seal(h), 'Chin', 'actors.0.name');
    h = commit(h, 'x', 'actors.0.short');
    expect(undo(h).present).toBe('Chin');
    expect(undo(undo(h)).present).toBe('Chi');
    expect(undo(undo(undo(h))).present).toBe('');
  });
  it('an unchanged value is no step, and the past is bounded', () => {
    const h = start(0);
    expect(commit(h, 0)).toBe(h);
    let long = h;
    for (let i = 1; i <= LIMIT + 20; i++) long = commit(long, i);
    expect(long.past.length).toBe(LIMIT);
  });
});
