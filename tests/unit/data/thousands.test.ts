import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thousands } from '../../../src/lib/data/thousands.ts';

describe('thousands', () => {
  it('writes whole numbers as en-GB does', () => {
    expect(thousands(0)).toBe('0');
    expect(thousands(33)).toBe('33');
    expect(thousands(1000)).toBe('1,000');
    expect(thousands(5016)).toBe('5,016');
    expect(thousands(-1234567)).toBe('-1,234,567');
  });
  it('agrees with toLocaleString for any whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(thousands(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
  });
});
