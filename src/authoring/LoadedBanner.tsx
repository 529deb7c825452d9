import type { Loaded } from '../model/load';

/** Whose quotes these are: any dataset but the built-in one says where it came from. */
export function LoadedBanner({ loaded, title }: { loaded: Loaded; title: string }) {
  if (loaded.kind === 'built-in') return null;
  return (
    <p className="banner" role="note">
      Showing <strong>{title}</strong>, loaded from <code>{loaded.origin}</code>
      {loaded.kind === 'file' ? ' on this computer' : ''}: not the built-in dataset. Its statements are its author’s.{' '}
      <a href="./">Open the built-in dataset</a>
    </p>
  );
}
