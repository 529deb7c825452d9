import type { Core } from 'cytoscape';
import type { Dataset } from '../model/schema';
import { useStore } from '../store/useStore';
import { downloadBlob, fileSlug } from './download';

/** The dataset as loaded, with `positions` taken from where the actors now stand. */
export function withPositions(dataset: Dataset, cy: Core): Dataset {
  const positions = Object.fromEntries(
    cy.nodes().map((node) => {
      const { x, y } = node.position();
      return [node.id(), { x: Math.round(x), y: Math.round(y) }];
    }),
  );
  return { ...dataset, positions };
}


/** Arrange mode: actors can be dragged; the author downloads the dataset with the positions filled in. */
export function ArrangeBar({ cy, dataset }: { cy: Core; dataset: Dataset }) {
  const setArranging = useStore((s) => s.setArranging);
  return (
    <div className="arrange-bar" role="region" aria-label="Arrange">
      <p>
        <strong>Arrange:</strong> drag actors to place them, then download the dataset with their positions.
      </p>
      <button type="button" className="small-button" onClick={() => downloadBlob(`${fileSlug(dataset.title)}.json`, new Blob([`${JSON.stringify(withPositions(dataset, cy), null, 2)}\n`], { type: 'application/json' }))}>
        Download dataset with positions
      </button>
      <button type="button" className="small-button" onClick={() => setArranging(false)}>Done</button>
    </div>
  );
}
