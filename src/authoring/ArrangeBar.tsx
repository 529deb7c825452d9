import { useState } from 'react';
import { currentPositions } from '../graph/live/instance';
import type { Dataset } from '../model/schema';
import { useStore } from '../store/useStore';
import { downloadBlob, fileSlug } from './download';

/** The dataset as loaded, with `positions` taken from where the actors now stand. */
export function withPositions(dataset: Dataset, positions: Record<string, { x: number; y: number }>): Dataset {
  return { ...dataset, positions };
}

/** Arrange mode: actors can be dragged; the author downloads the dataset with the positions filled in. */
export function ArrangeBar({ dataset }: { dataset: Dataset }) {
  const setArranging = useStore((s) => s.setArranging);
  const [status, setStatus] = useState('');
  const download = () => {
    const positions = currentPositions();
    if (!positions) return setStatus('The map is not ready yet.');
    setStatus('');
    downloadBlob(`${fileSlug(dataset.title)}.json`, new Blob([`${JSON.stringify(withPositions(dataset, positions), null, 2)}\n`], { type: 'application/json' }));
  };
  return (
    <div className="arrange-bar" role="region" aria-label="Arrange">
      <p>
        <strong>Arrange:</strong> drag actors to place them, then download the dataset with their positions.
      </p>
      <button type="button" className="small-button" onClick={download}>
        Download dataset with positions
      </button>
      <button type="button" className="small-button" onClick={() => setArranging(false)}>Done</button>
      <span role="status">{status}</span>
    </div>
  );
}
