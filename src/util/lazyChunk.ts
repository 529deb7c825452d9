// A lazily loaded chunk whose value is kept once it has arrived. React.lazy suspends at least once
// even when its chunk is already here; a component that reads `now()` in its first render draws the
// chunk at once instead, so what was preloaded beside a dataset does not make the page move.

export type LazyChunk<T> = {
  /** Starts the download once, and resolves with the chunk's value. */
  load: () => Promise<T>;
  /** The value, if it has arrived. */
  now: () => T | null;
};

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importer().then((arrived) => {
        value = arrived;
        return arrived;
      })),
    now: () => value,
  };
}
