import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import { addActor, addItem, deriveId, freePosition, references, removeItem, renameId, slugify, updateItem, updateMeta, usesOf } from './operations';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const archivePath = dataset.sources[0].archive!;
const archives = new Map([[archivePath, readFileSync(`data/${archivePath}`, 'utf8')]]);
const errors = (d: Dataset) => validateDataset(d, archives).problems.filter((p) => p.level === 'error').map((p) => `${p.path}: ${p.message}`);
const frozen = () => structuredClone(dataset);

describe('ids from names', () => {
  it('slugifies names, dropping accents and punctuation', () => {
    expect(slugify('Volodymyr Zelenskiy')).toBe('volodymyr-zelenskiy');
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(slugify('  ***  ')).toBe('item');
  });
  it('never reuses an id, nor the one id the schema refuses', () => {
    expect(deriveId('China', ['china', 'china-2'])).toBe('china-3');
    expect(deriveId('Constructor', [])).toBe('constructor-2');
    expect(deriveId('Iran', ['china'])).toBe('iran');
  });
});

describe('renaming an id updates every reference', () => {
  it('an actor: people, statement actors, targets (plain and inferred) and positions, in order', () => {
    const before = frozen();
    const after = renameId(before, 'actors', 'united-states', 'usa');
    expect(before).toEqual(dataset); // the input is untouched
    expect(references(after, 'actors', 'united-states')).toEqual([]);
    expect(references(after, 'actors', 'usa').length).toBe(references(dataset, 'actors', 'united-states').length);
    expect(Object.keys(after.positions!)).toEqual(Object.keys(dataset.positions!).map((k) => (k === 'united-states' ? 'usa' : k)));
    expect(errors(after)).toEqual([]);
  });
  it('a person, a source and a stance', () => {
    let d = renameId(frozen(), 'people', 'xi-jinping', 'xi');
    d = renameId(d, 'sources', 'ht-2022-02-25', 'ht');
    d = renameId(d, 'stances', 'supports-negotiation', 'negotiation');
    expect(d.statements.some((s) => s.speaker === 'xi')).toBe(true);
    expect(d.statements.every((s) => s.source === 'ht')).toBe(true);
    expect(errors(d)).toEqual([]);
  });
});

describe('deleting', () => {
  it('names what still refers to an item, and leaves those references for the validator to report', () => {
    const uses = usesOf(dataset, 'actors', 'nato');
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.every((u) => u.list !== 'positions')).toBe(true);
    const index = dataset.actors.findIndex((a) => a.id === 'nato');
    const after = removeItem(frozen(), 'actors', index);
    expect(after.actors.map((a) => a.id)).not.toContain('nato');
    expect(Object.hasOwn(after.positions!, 'nato')).toBe(false);
    expect(errors(after).some((e) => e.includes('unknown actor "nato"'))).toBe(true);
  });
  it('an unused item goes without a trace', () => {
    const added = addItem(frozen(), 'people', { id: 'someone', name: 'Someone', role: 'Envoy', actor: 'china' });
    expect(removeItem(added, 'people', added.people.length - 1)).toEqual(dataset);
  });
});

describe('adding and updating', () => {
  it('a new actor gets a free spot on a hand-arranged map, so no layout runs', () => {
    const after = addActor(frozen(), { id: 'iran', name: 'Iran', kind: 'state' });
    const spot = after.positions!.iran;
    expect(spot).toEqual(freePosition(dataset.positions));
    expect(Object.values(dataset.positions!).every((p) => p.x < spot.x)).toBe(true);
  });
  it('a blank optional field is left out, not saved as ""', () => {
    const after = updateItem(frozen(), 'actors', 0, { description: '' });
    expect(Object.hasOwn(after.actors[0], 'description')).toBe(false);
    expect(updateMeta(frozen(), { version: '' }).version).toBeUndefined();
  });
  it('an index past the end changes nothing', () => {
    const d = frozen();
    expect(updateItem(d, 'actors', 99, { name: 'X' })).toBe(d);
    expect(removeItem(d, 'actors', 99)).toBe(d);
  });
});
