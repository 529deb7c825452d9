import type { Core } from 'cytoscape';
import type { Dataset } from '../model/schema';
import { useStore } from '../store/useStore';

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

export function downloadJson(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (title: string) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'stancemap'}.json`;

/** Arrange mode: actors can be dragged; the author downloads the dataset with the positions filled in. */
export function ArrangeBar({ cy, dataset }: { cy: Core; dataset: Dataset }) {
  const setArranging = useStore((s) => s.setArranging);
  return (
    <div className="arrange-bar" role="region" aria-label="Arrange">
      <p>
        <strong>Arrange:</strong> drag actors to place them, then download the dataset with their positions.
      </p>
      <button type="button" className="small-button" onClick={() => downloadJson(fileName(dataset.title), withPositions(dataset, cy))}>
        Download dataset with positions
      </button>
      <button type="button" className="small-button" onClick={() => setArranging(false)}>Done</button>
    </div>
  );
}
