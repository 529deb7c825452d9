import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/relations';
import type { Dataset } from '../model/schema';
import { initialState, type ViewState } from '../store/useStore';
import { cleanView, parseUrl, serializeView } from './urlState';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const index = buildIndex(dataset);
const stanceIds = dataset.stances.map((s) => s.id);
const roundTrip = (search: string) => serializeView(cleanView(parseUrl(search), index), index);

describe('URL state', () => {
  it.each([
    '',
    '?actor=china',
    '?from=china&to=russia',
    '?statement=wang-sanctions-never-effective',
    '?stance=supports-negotiation,warns',
    '?asof=2022-02-24',
    '?q=sanctions',
    '?view=list',
    '?actor=ukraine&stance=rebukes&asof=2022-02-24&q=Wang%20Wenbin&view=list',
  ])('round-trips %s unchanged', (search) => {
    expect(roundTrip(search)).toBe(search);
  });

  it('parses each kind of selection', () => {
    expect(parseUrl('?actor=china').selection).toEqual({ kind: 'actor', id: 'china' });
    expect(parseUrl('?from=china&to=russia').selection).toEqual({ kind: 'relation', from: 'china', to: 'russia' });
    expect(parseUrl('?statement=x&actor=china').selection).toEqual({ kind: 'statement', id: 'x' });
    expect(parseUrl('?from=china').selection).toBeNull();
  });

  it('turns visible stances into hidden ones and back', () => {
    const view = cleanView(parseUrl('?stance=warns,rebukes'), index);
    expect(view.hiddenStances).toEqual(stanceIds.filter((id) => id !== 'warns' && id !== 'rebukes').sort());
    expect(serializeView(view, index)).toBe(`?stance=${stanceIds.filter((id) => id === 'warns' || id === 'rebukes').join(',')}`);
  });

  it('drops unknown ids quietly and keeps the rest of the view', () => {
    expect(roundTrip('?actor=atlantis&asof=2022-02-24')).toBe('?asof=2022-02-24');
    expect(roundTrip('?from=china&to=atlantis&q=x')).toBe('?q=x');
    expect(roundTrip('?from=china&to=china')).toBe('');
    expect(roundTrip('?statement=nope&view=list')).toBe('?view=list');
    expect(roundTrip('?stance=warns,bogus')).toBe('?stance=warns');
    expect(roundTrip('?stance=bogus')).toBe('');
    expect(roundTrip('?asof=2022-02-30')).toBe('');
    expect(roundTrip('?view=table')).toBe('');
  });

  it('keeps parameters that are not part of the view, such as the dataset', () => {
    const view: ViewState = { ...initialState, selection: { kind: 'actor', id: 'nato' } };
    expect(serializeView(view, index, '?data=maps/other.json&actor=china')).toBe('?data=maps%2Fother.json&actor=nato');
  });

  it('encodes what a URL cannot carry as is', () => {
    const view: ViewState = { ...initialState, query: 'a&b=c, d' };
    const search = serializeView(view, index);
    expect(search).toBe('?q=a%26b%3Dc,%20d');
    expect(parseUrl(search).query).toBe('a&b=c, d');
  });
});
