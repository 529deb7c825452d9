import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { useEditor } from './editorStore';
import { removeItem } from './operations';

const dataset = JSON.parse(readFileSync('data/graph.json', 'utf8')) as Dataset;
const present = () => useEditor.getState().session!.history.present.dataset;

describe('editor store: delete and undo', () => {
  beforeEach(() => useEditor.getState().begin('base', 'test', { dataset: structuredClone(dataset), archives: new Map() }));

  it('brings back a deleted actor and its position, exactly as they were', () => {
    const index = dataset.actors.findIndex((actor) => dataset.positions?.[actor.id]);
    const actor = dataset.actors[index];
    const position = structuredClone(dataset.positions![actor.id]);
    useEditor.getState().edit(removeItem(present(), 'actors', index));
    expect(present().actors.map((a) => a.id)).not.toContain(actor.id);
    expect(present().positions).not.toHaveProperty(actor.id);

    useEditor.getState().undo();
    expect(present().actors[index]).toEqual(actor);
    expect(present().positions?.[actor.id]).toEqual(position);
    expect(Object.keys(present().positions!)).toEqual(Object.keys(dataset.positions!));

    useEditor.getState().redo();
    expect(present().positions).not.toHaveProperty(actor.id);
  });
});
