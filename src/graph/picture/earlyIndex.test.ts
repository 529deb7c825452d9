import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../model/relations';
import { validateDataset } from '../../model/validate';
import { generateDataset } from '../../../scripts/generate';
import { roughMeasure, staticScene } from '../scene/staticScene';
import { drawable } from './earlyIndex';

describe('the early picture of a dataset not yet checked', () => {
  it('is the picture the app draws once the dataset has been checked', () => {
    const site = readFileSync('data/graph.json', 'utf8');
    const archives = new Map(JSON.parse(site).sources.map((s: { archive: string }) => [s.archive, readFileSync(`data/${s.archive}`, 'utf8')]));
    for (const text of [site, JSON.stringify(generateDataset(120))]) {
      const early = drawable(text)!;
      const { dataset } = validateDataset(JSON.parse(text), archives as Map<string, string>);
      expect(dataset).not.toBeNull();
      expect(staticScene(early, 900, 560, roughMeasure)).toEqual(staticScene(buildIndex(dataset!), 900, 560, roughMeasure));
    }
  });

  it('leaves to the app whatever it cannot draw as the app would', () => {
    const valid = generateDataset(8);
    const unplaced = { y: valid.positions![valid.actors[0].id].y };
    const cases: unknown[] = [
      null,
      [],
      { ...valid, title: undefined },
      { ...valid, actors: 'none' },
      { ...valid, positions: undefined },
      { ...valid, positions: { ...valid.positions, [valid.actors[0].id]: unplaced } },
      { ...valid, positions: { ...valid.positions, [valid.actors[0].id]: { x: 'far', y: 1 } } },
      { ...valid, statements: [...valid.statements, { ...valid.statements[0], id: 'extra', actor: 'nobody' }] },
    ];
    for (const raw of cases) expect(drawable(JSON.stringify(raw))).toBeNull();
    expect(drawable(JSON.stringify(valid))).not.toBeNull();
  });
});
