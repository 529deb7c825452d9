import type { Index } from '../model/relations';
import { describeSelection } from '../model/format';
import { useStore } from '../store/useStore';

/** Says what was selected, for screen readers; its own component, so a selection re-renders only it and the panel. */
export function SelectionAnnouncer({ index }: { index: Index }) {
  const selection = useStore((s) => s.selection);
  return (
    <p className="sr-only" aria-live="polite">
      {describeSelection(index, selection)}
    </p>
  );
}
