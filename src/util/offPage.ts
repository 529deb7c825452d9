// Heavy work (a dataset's check, a force layout) runs in a Web Worker so the page's thread stays free;
// where no worker can start (an embed in a sandboxed frame has an opaque origin) or the worker fails
// (its script could not load), the same work runs on the page instead. Each caller names its worker
// with a literal `new Worker(new URL(...))`, which is how Vite finds and builds it.

export type OffPage<O> = { result: Promise<O>; cancel: () => void };

/**
 * `input` may still be on its way (the early script starts the check's worker beside the dataset's
 * fetch, so its code loads meanwhile). Without `onPage` a worker that cannot run rejects the result,
 * for a caller that falls back elsewhere.
 */
export function offPage<I, O>(spawn: () => Worker, input: I | Promise<I>, onPage?: () => Promise<O>): OffPage<O> {
  let worker: Worker | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const result = new Promise<O>((resolve, reject) => {
    const fallBack = (why: unknown) => {
      stop();
      if (onPage) onPage().then(resolve, reject);
      else reject(why instanceof Error ? why : new Error('the work could not run in a worker'));
    };
    try {
      const started = spawn();
      worker = started;
      started.onmessage = (event: MessageEvent<O>) => {
        stop();
        resolve(event.data);
      };
      started.onerror = (event) => {
        event.preventDefault();
        fallBack(new Error('the work could not run in a worker'));
      };
      // Posted only to the worker it was meant for: a cancel in between has ended it.
      Promise.resolve(input).then((value) => worker === started && started.postMessage(value), fallBack);
    } catch (error) {
      fallBack(error);
    }
  });
  return { result, cancel: stop };
}
