// The dataset of a ?data= map as parsed, before the app has checked it: what the early picture
// (app/earlyPicture.ts) draws from. Pure.
import { buildIndex, type Index } from '../../model/relations';
import type { Dataset } from '../../model/schema';
import { MAX_INTERACTIVE_ACTORS } from '../scene/limits';
import { hasAllPositions } from '../scene/positions';

const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

/** The dataset as parsed, if it is one the picture can draw as the app would; any other is left to the app. */
export function drawable(text: string): Index | null {
  const raw = JSON.parse(text) as Partial<Dataset> | null;
  if (!raw || typeof raw !== 'object' || typeof raw.title !== 'string' || !Array.isArray(raw.actors) || !Array.isArray(raw.statements)) return null;
  const index = buildIndex(raw as Dataset);
  if (index.dataset.actors.length > MAX_INTERACTIVE_ACTORS || !hasAllPositions(index)) return null;
  const positions = index.dataset.positions!;
  if (!index.dataset.actors.every(({ id }) => finite(positions[id]?.x) && finite(positions[id]?.y))) return null;
  // Every arrow between two drawn actors: an unknown end is a problem the app will report, not draw.
  for (const pair of index.pairs.values()) if (!index.actors.has(pair.from) || !index.actors.has(pair.to)) return null;
  return index;
}

