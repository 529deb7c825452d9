import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { draftStore, fingerprint, listDrafts, type Draft } from './drafts';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};
const draft = (base: string, title: string, savedAt: number): Draft => ({ base, origin: 'test', title, savedAt, dataset, lastValid: dataset, archives: [['a.txt', 'text']] });
let n = 0;
const fresh = () => {
  const shelf = memory();
  return { shelf, store: draftStore(shelf, createStore(`test-${++n}`, 'drafts')) };
};

describe('the fingerprint of a dataset', () => {
  it('is stable, and changes with any edit', () => {
    expect(fingerprint(structuredClone(dataset))).toBe(fingerprint(dataset));
    const edited = structuredClone(dataset);
    edited.actors[0].name = 'China ';
    expect(fingerprint(edited)).not.toBe(fingerprint(dataset));
  });
});

describe('drafts in IndexedDB', () => {
  it('keep the latest write of a burst, and list themselves newest first without IndexedDB', async () => {
    const { shelf, store } = fresh();
    void store.save(draft('one', 'First', 1));
    void store.save(draft('one', 'First, edited', 2));
    await store.save(draft('two', 'Second', 3));
    expect((await store.load('one'))?.title).toBe('First, edited');
    expect(listDrafts(shelf).map((d) => [d.base, d.title])).toEqual([['two', 'Second'], ['one', 'First, edited']]);
  });
  it('a draft is found only under its own dataset’s fingerprint', async () => {
    const { store } = fresh();
    await store.save(draft(fingerprint(dataset), 'Mine', 1));
    expect(await store.load('some-other-dataset')).toBeUndefined();
    expect((await store.load(fingerprint(dataset)))?.dataset).toEqual(dataset);
  });
  it('removing a draft removes it from both places', async () => {
    const { shelf, store } = fresh();
    await store.save(draft('one', 'First', 1));
    await store.remove('one');
    expect(await store.load('one')).toBeUndefined();
    expect(listDrafts(shelf)).toEqual([]);
  });
  it('a broken or missing list reads as no drafts', () => {
    const shelf = memory();
    shelf.setItem('stancemap:drafts', '{not json');
    expect(listDrafts(shelf)).toEqual([]);
    expect(listDrafts(null)).toEqual([]);
  });
});
