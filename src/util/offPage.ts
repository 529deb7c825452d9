// Heavy work (a dataset's check, a force layout) runs in a Web Worker so the page's thread stays free;
// where no worker can start (an embed in a sandboxed frame has an opaque origin) or the worker fails
// (its script could not load), the same work runs on the page instead. Each caller names its worker
// with a literal `new Worker(new URL(...))`, which is how Vite finds and builds it.

export type OffPage<O> = { result: Promise<O>; cancel: () => void };

export function offPage<I, O>(spawn: () => Worker, input: I, onPage: () => Promise<O>): OffPage<O> {
  let worker: Worker | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const result = new Promise<O>((resolve, reject) => {
    const fallBack = () => {
      stop();
      onPage().then(resolve, reject);
    };
    try {
      worker = spawn();
      worker.onmessage = (event: MessageEvent<O>) => {
        stop();
        resolve(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fallBack();
      };
      worker.postMessage(input);
    } catch {
      fallBack();
    }
  });
  return { result, cancel: stop };
}
