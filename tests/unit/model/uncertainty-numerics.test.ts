/** The Monte Carlo's building blocks: seeded random numbers, triangular draws, exact quantiles. */
import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  histogram,
  quantiles,
  seededRandom,
  seededUniforms,
  triangular,
} from '../../../src/lib/model/index.ts';

const PS = [0.05, 0.5, 0.95];
const reference = (xs: Float64Array, ps: number[]) => {
  const sorted = Array.from(xs.slice().sort());
  return ps.map((p) => quantileSorted(sorted, p)!);
};

describe('seeded random numbers', () => {
  it('repeat for a seed, differ between seeds, and lie in [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    expect(take(-7)).not.toEqual(take(7));
    const xs = take(123);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
  });

  it('are the same on every machine and release (pinned values)', () => {
    const r = seededRandom(1);
    // sfc32 seeded through splitmix32: a change here changes every published Monte Carlo result.
    expect([r(), r(), r()]).toEqual([0.263228221796453, 0.6034020676743239, 0.7019734452478588]);
    expect(() => seededRandom(1.5)).toThrow(/seed/);
  });

  it('come in bulk as the same sequence', () => {
    const r = seededRandom(-3);
    expect(Array.from(seededUniforms(-3, 50))).toEqual(Array.from({ length: 50 }, r));
  });
});

describe('triangular', () => {
  it('maps 0 to low, 1 to high, and the mode quantile to the mode', () => {
    expect(triangular(0, 2, 5, 10)).toBe(2);
    expect(triangular(1, 2, 5, 10)).toBeCloseTo(10, 12);
    expect(triangular(3 / 8, 2, 5, 10)).toBeCloseTo(5, 12);
    expect(triangular(0.7, 3, 3, 3)).toBe(3);
  });

  it('stays in [low, high] with the right mean, for modes at either end too', () => {
    for (const [a, m, b] of [
      [0, 0, 1],
      [0, 1, 1],
      [1590, 1600, 2200],
    ] as const) {
      const r = seededRandom(99);
      const xs = Array.from({ length: 20000 }, () => triangular(r(), a, m, b));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(a);
      expect(Math.max(...xs)).toBeLessThanOrEqual(b);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      expect(Math.abs(mean - (a + m + b) / 3)).toBeLessThan(0.01 * (b - a));
    }
  });
});

describe('quantiles', () => {
  it('equal d3 quantiles of the sorted values, for any values', () => {
    const values = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.constantFrom(0, 1, -1, 1e12, -1e12, 5e-324),
    );
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 600 }), (xs) => {
        const a = Float64Array.from(xs);
        const got = quantiles(a, [0, ...PS, 1]);
        const want = reference(a, [0, ...PS, 1]);
        return got.every((x, i) => x === want[i]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('equal d3 on skewed, tied and heavy-tailed arrays of 10,000', () => {
    const r = seededRandom(5);
    const shapes: Float64Array[] = [
      Float64Array.from({ length: 10000 }, () => Math.exp(8 * r())),
      Float64Array.from({ length: 10000 }, () => Math.round(r() * 3)),
      Float64Array.from({ length: 10000 }, (_, i) => (i % 97 === 0 ? 1e15 : r())),
      Float64Array.from({ length: 10000 }, () => -1 / (r() + 1e-9)),
      new Float64Array(10000).fill(42),
    ];
    for (const a of shapes) {
      const before = a.slice();
      expect(quantiles(a, PS)).toEqual(reference(a, PS));
      expect(a).toEqual(before);
    }
  });

  it('are NaN for no values and refuse unordered probabilities', () => {
    expect(quantiles(new Float64Array(0), PS).every(Number.isNaN)).toBe(true);
    expect(() => quantiles(new Float64Array(100), [0.5, 0.05])).toThrow(/ascending/);
  });
});

describe('histogram', () => {
  it('counts every value in equal-width bins from min to max', () => {
    const r = seededRandom(3);
    const a = Float64Array.from({ length: 1000 }, () => r() * 10);
    const h = histogram(a, 30);
    expect(h.edges).toHaveLength(31);
    expect(h.counts.reduce((x, y) => x + y, 0)).toBe(1000);
    expect(h.edges[0]).toBe(Math.min(...a));
    expect(h.edges[30]).toBe(Math.max(...a));
    const inFirst = a.filter((x) => x < h.edges[1]!).length;
    expect(h.counts[0]).toBe(inFirst);
    expect(histogram(new Float64Array([2, 2, 2]), 5).counts).toEqual([3, 0, 0, 0, 0]);
  });

  it('puts an edge at the pivot, so the bars below it hold exactly the values below it', () => {
    const r = seededRandom(5);
    const a = Float64Array.from({ length: 2000 }, () => 0.3 + r() * 2.9);
    const h = histogram(a, 30, 1);
    const k = h.edges.findIndex((e) => Math.abs(e - 1) < 1e-12);
    expect(k).toBeGreaterThan(0);
    expect(h.counts.slice(0, k).reduce((x, y) => x + y, 0)).toBe(a.filter((x) => x < 1).length);
    expect(h.counts.reduce((x, y) => x + y, 0)).toBe(2000);
    expect(h.edges[0]).toBeLessThanOrEqual(Math.min(...a));
    expect(h.edges[h.edges.length - 1]).toBeGreaterThanOrEqual(Math.max(...a));
    expect(h.counts.length).toBeLessThanOrEqual(31);
    // A pivot outside the values changes nothing.
    expect(histogram(a, 30, 5)).toEqual(histogram(a, 30));
  });
});
