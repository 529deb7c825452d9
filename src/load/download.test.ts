import { describe, expect, it, vi } from 'vitest';
import { describeFailure, DOWNLOAD_LIMIT, judgeResponse, readLimited, WAIT_LIMIT } from './download';

const requested = new URL('https://maps.example/data/map.json');
const home = (origin: string) => origin === requested.origin;
const answer = (init: ResponseInit & { url?: string; type?: string }, body = '{}') => {
  const response = new Response(body, { ...init, headers: init.type ? { 'content-type': init.type } : undefined });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
};

describe('judgeResponse', () => {
  it('names a missing file as not found, with its URL', () => {
    expect(judgeResponse(answer({ status: 404 }), requested, home)).toBe('was not found: https://maps.example/data/map.json answered HTTP 404');
  });
  it('names a web page answered for a dataset (a static host\'s index.html, status 200) as not found', () => {
    expect(judgeResponse(answer({ status: 200, type: 'text/html; charset=utf-8' }, '<!doctype html>'), requested, home)).toMatch(/^was not found: .+ answered with a web page, not a dataset/);
  });
  it('refuses a redirect to another origin, judged on the final response URL', () => {
    expect(judgeResponse(answer({ status: 200, url: 'https://evil.example/evil.json', type: 'application/json' }), requested, home)).toBe(
      'was redirected to https://evil.example, another origin; only datasets from this site can be loaded',
    );
    expect(judgeResponse(answer({ status: 200, url: 'https://maps.example/other.json', type: 'application/json' }), requested, home)).toBeUndefined();
  });
  it('says other HTTP errors with their status', () => {
    expect(judgeResponse(answer({ status: 503, statusText: 'Service Unavailable' }), requested, home)).toBe('could not be fetched: https://maps.example/data/map.json answered HTTP 503 Service Unavailable');
  });
});

describe('readLimited', () => {
  it('stops an endless body at the limit, having read little past it', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    await expect(readLimited(new Response(endless), undefined, 1024 * 1024)).rejects.toThrow('is larger than 20 MB');
    expect(pulled).toBeLessThan(20);
  });
  it('refuses at once a body whose stated length passes the limit', async () => {
    const response = new Response('{}', { headers: { 'content-length': String(DOWNLOAD_LIMIT + 1) } });
    await expect(readLimited(response)).rejects.toThrow(/larger than 20 MB/);
  });
  it('reads a body in many chunks, multi-byte characters split between them', async () => {
    const bytes = new TextEncoder().encode('{"title":"Київ"}');
    const chunks = new ReadableStream<Uint8Array>({
      start: (controller) => {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await readLimited(new Response(chunks))).toBe('{"title":"Київ"}');
  });
  const silent = () => new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) }));
  it('gives up a body that stops coming for 30 s', async () => {
    vi.useFakeTimers();
    try {
      const reading = readLimited(silent());
      const settled = expect(reading).rejects.toThrow('did not arrive: nothing came for 30 s, so the download was given up');
      await vi.advanceTimersByTimeAsync(WAIT_LIMIT);
      await settled;
    } finally {
      vi.useRealTimers();
    }
  });
  it('says cancelled when aborted, and names a network failure', async () => {
    const controller = new AbortController();
    const reading = readLimited(silent(), controller.signal);
    controller.abort();
    await expect(reading).rejects.toThrow('was not loaded: loading was cancelled');
    expect(describeFailure(new TypeError('Failed to fetch'), requested)).toMatch(/^could not be reached: the network request to maps\.example failed/);
  });
});
