// A ?data= download read with limits: the body streamed with a byte count and stopped at
// DOWNLOAD_LIMIT (a 200 MB file crashed the tab when read whole), a response or a body that stops
// coming given up after WAIT_LIMIT, and the answer judged before its body is read: an error status,
// a web page where a dataset was asked for (static hosts answer a missing file with index.html and
// 200), or a redirect to an origin the request itself could not have named.
// The early script (earlyData.ts) reads the body with the same code for the early picture.

/** Documented in data/README.md. */
export const DOWNLOAD_LIMIT = 20 * 1024 * 1024;
/** Milliseconds without an answer, or without a further byte of one, before the download is given up. */
export const WAIT_LIMIT = 30_000;

/** A reason to stop, worded for the error page (`failure` in load.ts). */
export class DownloadError extends Error {
  // Named, since the early script's errors come from its own copy of this class.
  override name = 'DownloadError';
}

export const tooLarge = () => new DownloadError(`is larger than ${DOWNLOAD_LIMIT / 1024 / 1024} MB, the most this page loads; it was not read further`);
export const stalled = () => new DownloadError(`did not arrive: nothing came for ${WAIT_LIMIT / 1000} s, so the download was given up`);
export const cancelled = () => new DownloadError('was not loaded: loading was cancelled');

/** What is wrong with an answer before its body is read, or undefined when it may be read. */
export function judgeResponse(response: Response, requested: URL, allowed: (origin: string) => boolean): string | undefined {
  // The request's URL passed the origin rule; a redirect may have taken it elsewhere.
  const final = response.url ? new URL(response.url) : requested;
  if (!allowed(final.origin)) return `was redirected to ${final.origin}, another origin; only datasets from this site can be loaded`;
  if (response.status === 404 || response.status === 410) return `was not found: ${requested.href} answered HTTP ${response.status}`;
  if (!response.ok) return `could not be fetched: ${requested.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return `was not found: ${requested.href} answered with a web page, not a dataset (is the file at that address?)`;
  return undefined;
}

/** A network failure or abort as the error page says it. */
export function describeFailure(error: unknown, requested: URL): string {
  const name = (error as Error)?.name;
  if (name === 'DownloadError') return (error as Error).message;
  if (name === 'AbortError') return cancelled().message;
  return `could not be reached: the network request to ${requested.host} failed (${(error as Error)?.message ?? String(error)}); check the address and the connection`;
}

/** Rejects with `reason()` when `promise` has not settled after `ms` (if given), or as soon as `signal` aborts. */
export function within<T>(promise: Promise<T>, ms: number | undefined, reason: () => Error, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) reject(cancelled());
    const timer = ms === undefined ? undefined : setTimeout(() => reject(reason()), ms);
    const abort = () => reject(cancelled());
    signal?.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
  });
}

/** The body as text, counted as it streams in: stopped past `limit`, or after WAIT_LIMIT without a byte. */
export async function readLimited(response: Response, signal?: AbortSignal, limit = DOWNLOAD_LIMIT): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  if (length > limit) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await within(reader.read(), WAIT_LIMIT, stalled, signal);
      if (done) return text + decoder.decode();
      size += value.length;
      if (size > limit) throw tooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
}
