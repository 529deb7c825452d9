import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../model/relations';
import type { Dataset } from '../../model/schema';
import { fittedCss } from './fittedCss';
import { fittedStageHeight } from './staticScene';

const text = readFileSync('data/graph.json', 'utf8');

describe('fittedCss', () => {
  it('gives the phone map height the app computes for the same dataset', () => {
    const height = fittedStageHeight(buildIndex(JSON.parse(text) as Dataset));
    expect(height).toMatch(/^clamp\(/);
    expect(fittedCss(text)).toBe(`.graph { --fitted-height: ${height}; }\n`);
  });

  it('gives nothing for a dataset without positions or one that is not JSON', () => {
    const unarranged = JSON.parse(text) as Dataset;
    delete unarranged.positions;
    expect(fittedCss(JSON.stringify(unarranged))).toBe('');
    expect(fittedCss('{ "title": ')).toBe('');
  });
});
