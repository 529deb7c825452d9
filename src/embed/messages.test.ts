import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/relations';
import type { Dataset } from '../model/schema';
import { parseEmbedOptions, withoutEmbed } from './embedOptions';
import { coalesce, parseCommand, resizeMessages, type Command } from './messages';

const index = buildIndex(JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset);
const cmd = (data: unknown) => parseCommand(data, index);

describe('host commands', () => {
  it('selects an actor, a relation or a statement', () => {
    expect(cmd({ sender: 'stancemap', method: 'select', actor: 'china' })).toEqual({ method: 'select', selection: { kind: 'actor', id: 'china' } });
    expect(cmd({ sender: 'stancemap', method: 'select', from: 'china', to: 'russia' })).toEqual({ method: 'select', selection: { kind: 'relation', from: 'china', to: 'russia' } });
    expect(cmd({ sender: 'stancemap', method: 'select', statement: 'wang-sanctions-never-effective' })).toMatchObject({ selection: { kind: 'statement' } });
  });

  it('filters to the listed stances, moves the date, and clears', () => {
    const filter = cmd({ sender: 'stancemap', method: 'filter', stances: ['warns'] });
    expect(filter).toEqual({ method: 'filter', hiddenStances: [...index.stances.keys()].filter((id) => id !== 'warns').sort() });
    expect(cmd({ sender: 'stancemap', method: 'filter' })).toEqual({ method: 'filter', hiddenStances: [] });
    expect(cmd({ sender: 'stancemap', method: 'asof', date: '2022-02-24' })).toEqual({ method: 'asof', asOf: '2022-02-24' });
    expect(cmd({ sender: 'stancemap', method: 'asof', date: null })).toEqual({ method: 'asof', asOf: null });
    expect(cmd({ sender: 'stancemap', method: 'clear' })).toEqual({ method: 'clear' });
  });

  it.each([
    null, 'select china', 42, [], {}, { method: 'select', actor: 'china' },
    { sender: 'other', method: 'select', actor: 'china' },
    { sender: 'stancemap', method: 'select', actor: 'atlantis' },
    { sender: 'stancemap', method: 'select', actor: { id: 'china' } },
    { sender: 'stancemap', method: 'select', from: 'china', to: 'china' },
    { sender: 'stancemap', method: 'filter', stances: 'warns' },
    { sender: 'stancemap', method: 'filter', stances: ['warns', 'bogus'] },
    { sender: 'stancemap', method: 'asof', date: '2022-02-30' },
    { sender: 'stancemap', method: 'asof', date: 20220224 },
    { sender: 'stancemap', method: 'explode' },
    { sender: 'stancemap', method: 'resize', height: 10 },
  ])('ignores %j', (data) => {
    expect(cmd(data)).toBeNull();
  });
});

describe('coalesce', () => {
  const select = (id: string): Command => ({ method: 'select', selection: { kind: 'actor', id } });
  it('keeps the last command per thing it sets, a clear and a select setting the same selection', () => {
    const flood = [...Array.from({ length: 10_000 }, (_, i) => select(`a${i}`)), { method: 'asof', asOf: '2022-01-01' } as Command, select('china')];
    expect(coalesce(flood)).toEqual([select('china'), { method: 'asof', asOf: '2022-01-01' }]);
    expect(coalesce([select('china'), { method: 'clear' }])).toEqual([{ method: 'clear' }]);
    expect(coalesce([{ method: 'clear' }, { method: 'filter', hiddenStances: ['warns'] }, select('russia')])).toEqual([select('russia'), { method: 'filter', hiddenStances: ['warns'] }]);
  });
});

describe('embed options', () => {
  it('reads the options with defaults', () => {
    expect(parseEmbedOptions('')).toEqual({ embed: false, panel: true, legend: true, title: true, scroll: false, theme: 'light', id: 'stancemap', pymId: null });
    expect(parseEmbedOptions('?embed=1&panel=0&legend=0&scroll=1&theme=dark&id=map-2')).toEqual({ embed: true, panel: false, legend: false, title: true, scroll: true, theme: 'dark', id: 'map-2', pymId: null });
    expect(parseEmbedOptions('?embed=1&initialWidth=600&childId=story-map&parentTitle=x').pymId).toBe('story-map');
    expect(parseEmbedOptions('?embed=1&theme=neon&id=<x>').theme).toBe('light');
  });

  it('drops only the embed options for the full view', () => {
    expect(withoutEmbed('https://a.org/map/?embed=1&actor=china&theme=dark&data=x.json')).toBe('https://a.org/map/?actor=china&data=x.json');
    expect(withoutEmbed('https://a.org/map/?embed=1&maxheight=2x&from=china&to=russia')).toBe('https://a.org/map/?from=china&to=russia');
  });

  it('speaks three resize dialects', () => {
    expect(resizeMessages(640, 'https://a.org/?embed=1', 'm')).toEqual([
      { sender: 'stancemap', method: 'resize', height: 640, src: 'https://a.org/?embed=1' },
      { 'datawrapper-height': { m: 640 } },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ]);
    expect(resizeMessages(640, 'https://a.org/?embed=1', 'm', 'chart-1').at(-1)).toBe('pymxPYMxchart-1xPYMxheightxPYMx640');
  });
});
