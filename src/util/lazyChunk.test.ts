import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from './lazyChunk';

describe('lazyChunk', () => {
  it('imports once, however often it is asked, and keeps the value once it has arrived', async () => {
    const importer = vi.fn(() => Promise.resolve('module'));
    const chunk = lazyChunk(importer);
    expect(chunk.now()).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect([a, b, chunk.now()]).toEqual(['module', 'module', 'module']);
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
