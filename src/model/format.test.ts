import { describe, expect, it } from 'vitest';
import { formatDay, plural } from './format';

describe('format', () => {
  it('reads a date as a calendar day, whatever the time zone', () => {
    expect(formatDay('2022-02-24')).toBe('24 February 2022');
  });

  it('pluralises counts', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(3, 'statement')).toBe('3 statements');
  });
});
