import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  count,
  fixed,
  fte,
  millions,
  money,
  perHead,
  percent,
  ratio,
  runsShare,
} from '../../../src/lib/format.ts';

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

describe('fixed', () => {
  it('rounds, groups and signs as d3-format does, for any number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (x, n) => {
          expect(fixed(x, n)).toBe(format(`,.${n}f`)(x));
          expect(fixed(x, n, false)).toBe(format(`.${n}f`)(x));
        },
      ),
      { numRuns: 2000, seed: 5 },
    );
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(fixed(-0.04, 2)).toBe('−0.04');
    expect(fixed(1234567.25, 1)).toBe('1,234,567.3');
  });
});
