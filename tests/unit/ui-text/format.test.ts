import { describe, expect, it } from 'vitest';
import { count, fte, millions, money, perHead, percent, ratio, runsShare } from '../../../src/lib/format.ts';

describe('number formats', () => {
  it.each([
    [533e6, '£533.0m'],
    [1.234e9, '£1.2bn'],
    [-27.6e6, '−£27.6m'],
    [85_000, '£85k'],
    [36, '£36'],
    [0, '£0'],
  ])('money(%d) = %s', (x, s) => expect(money(x)).toBe(s));

  it('formats the rest', () => {
    expect(millions(-1.25e6)).toBe('−1.3');
    expect(ratio(null)).toBe('n/a');
    expect(ratio(1.634)).toBe('£1.63');
    expect(fte(535.4)).toBe('535');
    expect(fte(4.26)).toBe('4.3');
    expect(percent(0.035, 1)).toBe('3.5%');
    expect(perHead(-12.345)).toBe('−£12.35');
    expect(count(10_000)).toBe('10,000');
    expect(count(200)).toBe('200');
  });

  it.each([
    [1, '100%'],
    [0.996, 'over 99%'],
    [0.873, '87%'],
    [0.004, 'under 1%'],
    [0, '0%'],
  ])('runsShare(%d) = %s', (p, s) => expect(runsShare(p)).toBe(s));
});
