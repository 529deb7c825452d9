import { useStore } from '../store/useStore';
import { plural } from '../model/format';

/** Says how many statements the filters hide here, with a way to show them. */
export function HiddenNote({ count }: { count: number }) {
  const showAll = useStore((s) => s.showAll);
  if (!count) return null;
  return (
    <p className="hidden-note">
      {plural(count, 'statement')} hidden by the filters.{' '}
      <button type="button" className="link-button inline" onClick={showAll}>Show all</button>
    </p>
  );
}
