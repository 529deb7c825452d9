import { describe, expect, it } from 'vitest';
import { DATASET_BLOCK, datasetBlock } from './siteData';

/** The JSON text between the block's tags, as the browser's textContent gives it. */
const inner = (block: string) => block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));

describe('datasetBlock', () => {
  it('holds the dataset as JSON that parses back to the same value', () => {
    const dataset = { title: 'A “map”', actors: [{ id: 'a', name: 'Ä & B' }], n: 1.5 };
    const block = datasetBlock(JSON.stringify(dataset, null, 2));
    expect(block.startsWith(`<script type="application/json" id="${DATASET_BLOCK}">`)).toBe(true);
    expect(JSON.parse(inner(block))).toEqual(dataset);
  });

  it('cannot be closed or turned into a comment by the data', () => {
    const dataset = { quote: 'He said </script><script>alert(1)</script> and <!-- that' };
    const block = datasetBlock(JSON.stringify(dataset));
    expect(block.match(/<\/script>/gi)).toHaveLength(1);
    expect(inner(block)).not.toContain('<');
    expect(JSON.parse(inner(block))).toEqual(dataset);
  });

  it('is empty for a file that is not JSON, which the page reports', () => {
    expect(inner(datasetBlock('{ "title": '))).toBe('');
  });
});
