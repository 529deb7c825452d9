import { describe, expect, it } from 'vitest';
import { offPage } from './offPage';

/** A stand-in for a Worker: answers each message with `answer`, or fails as a worker whose script cannot load. */
function fakeWorker(answer: (input: number) => number | 'fail') {
  const worker = {
    terminated: false,
    onmessage: null as ((event: { data: number }) => void) | null,
    onerror: null as ((event: { preventDefault: () => void }) => void) | null,
    postMessage(input: number) {
      queueMicrotask(() => {
        const out = answer(input);
        if (out === 'fail') worker.onerror?.({ preventDefault: () => undefined });
        else worker.onmessage?.({ data: out });
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('offPage', () => {
  it('takes the worker’s answer, and ends the worker', async () => {
    const worker = fakeWorker((n) => n * 2);
    const job = offPage(() => worker as unknown as Worker, 21, () => Promise.resolve(-1));
    expect(await job.result).toBe(42);
    expect(worker.terminated).toBe(true);
  });

  it('runs the work on the page when no worker can start', async () => {
    const job = offPage<number, number>(() => { throw new Error('SecurityError'); }, 21, () => Promise.resolve(7));
    expect(await job.result).toBe(7);
  });

  it('runs the work on the page when the worker fails, and ends the worker', async () => {
    const worker = fakeWorker(() => 'fail');
    const job = offPage(() => worker as unknown as Worker, 21, () => Promise.resolve(7));
    expect(await job.result).toBe(7);
    expect(worker.terminated).toBe(true);
  });

  it('passes on a failure of the work on the page', async () => {
    const job = offPage<number, number>(() => { throw new Error('no worker'); }, 1, () => Promise.reject(new Error('chunk failed')));
    await expect(job.result).rejects.toThrow('chunk failed');
  });

  it('ends the worker when cancelled', () => {
    const worker = fakeWorker((n) => n);
    offPage(() => worker as unknown as Worker, 1, () => Promise.resolve(0)).cancel();
    expect(worker.terminated).toBe(true);
  });
});

describe('offPage with input still on its way, and no work on the page', () => {
  it('posts the input once it arrives', async () => {
    const worker = fakeWorker((n) => n + 1);
    const job = offPage(() => worker as unknown as Worker, Promise.resolve(41));
    expect(await job.result).toBe(42);
  });

  it('rejects when the input fails or the worker cannot run, and ends the worker', async () => {
    const worker = fakeWorker((n) => n);
    await expect(offPage(() => worker as unknown as Worker, Promise.reject(new Error('no dataset'))).result).rejects.toThrow('no dataset');
    expect(worker.terminated).toBe(true);
    await expect(offPage(() => fakeWorker(() => 'fail') as unknown as Worker, 1).result).rejects.toThrow(/worker/);
  });
});
