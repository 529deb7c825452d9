// The page's footer: what the dataset holds, and the authors' tools (open, arrange, edit).
import { DatasetFacts } from '../authoring/DatasetFacts';
import { OpenFile } from '../authoring/OpenFile';
import type { Index } from '../model/relations';
import { useStore } from '../store/useStore';

type Props = { index: Index; editing: boolean; onOpenFiles: (files: File[]) => void };

export function PageFooter({ index, editing, onOpenFiles }: Props) {
  const arranging = useStore((s) => s.arranging);
  const toggleArranging = (on: boolean) => {
    // Actors are arranged on the graph, so arrange mode brings it into view.
    if (on) useStore.getState().setView('graph');
    useStore.getState().setArranging(on);
  };
  return (
    <footer className="footer">
      <DatasetFacts index={index} />
      <p className="footer-tools">
        <OpenFile onFiles={onOpenFiles} />
        <button type="button" className="small-button" aria-pressed={arranging} onClick={() => toggleArranging(!arranging)}>
          Arrange
        </button>
        <button type="button" className="small-button" aria-pressed={editing} onClick={() => useStore.getState().setEditing(!editing)}>
          Edit
        </button>
      </p>
    </footer>
  );
}
