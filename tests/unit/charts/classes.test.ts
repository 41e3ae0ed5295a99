import { quantileSorted as d3QuantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASS_COUNT,
  classify,
  classifyEach,
  inkOn,
  quantileSorted,
  type Classes,
} from '../../../src/lib/charts/map/classes.ts';
import { SEQUENTIAL_5, overWhite } from '../../../src/lib/palette.ts';
import { money, shownValue } from '../../../src/lib/format.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';

const SEQ = { scale: 'sequential', midpoint: 0 } as const;
const DIV0 = { scale: 'diverging', midpoint: 0 } as const;
const DIV1 = { scale: 'diverging', midpoint: 1 } as const;

const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const values = fc.array(value, { minLength: 1, maxLength: 40 });

/** Lower and upper bounds of every class, in order. */
function bounds(c: Classes): number[] {
  return c.classes.flatMap((k) => [k.lo, k.hi]);
}

function holds(c: Classes, v: number): boolean {
  const k = c.classes[c.classOf(v)];
  return k !== undefined && k.lo <= v && v <= k.hi;
}

describe('sequential classes', () => {
  it('has at most five classes with increasing breaks, and every value falls in one', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const c = classify(vs, SEQ);
        expect(c.classes.length).toBeGreaterThanOrEqual(1);
        expect(c.classes.length).toBeLessThanOrEqual(CLASS_COUNT);
        const b = bounds(c);
        for (let i = 1; i < b.length; i++) expect(b[i]).toBeGreaterThanOrEqual(b[i - 1] as number);
        for (const k of c.classes.slice(1)) expect(k.hi).toBeGreaterThan(k.lo);
        for (const v of vs) expect(holds(c, v)).toBe(true);
      }),
      { numRuns: 500, seed: 20170315 },
    );
  });

  it('uses all five palette colours, light to dark, for spread-out borough values', () => {
    const vs = Array.from({ length: 33 }, (_, i) => 5000 + i * 1700);
    const c = classify(vs, SEQ);
    expect(c.classes.map((k) => k.colour)).toEqual([...SEQUENTIAL_5]);
    // Rounded breaks: two significant figures of the range (here, whole thousands).
    for (const k of c.classes.slice(1)) expect(k.lo % 1000).toBe(0);
    // Quintiles: no class holds more than ~a third of the boroughs.
    const counts = c.classes.map((_, i) => vs.filter((v) => c.classOf(v) === i).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(11);
  });

  it('copes with tiny ranges (the counterexample [0, -1e-322, 0])', () => {
    const vs = [0, -1.04e-322, 0];
    const c = classify(vs, SEQ);
    for (const v of vs) expect(holds(c, v)).toBe(true);
    for (const k of c.classes.slice(1)) expect(k.hi).toBeGreaterThan(k.lo);
  });

  it('copes with identical values (one class, no NaN)', () => {
    const c = classify([0, 0, 0], SEQ);
    expect(c.classes).toHaveLength(1);
    expect(c.classOf(0)).toBe(0);
    expect(Number.isNaN(c.classes[0]?.lo)).toBe(false);
  });
});

describe('diverging classes', () => {
  it('never puts a value below the midpoint in the same class as one above it', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(DIV0, DIV1), (vs, spec) => {
        const c = classify(vs, spec);
        expect(c.classes.length).toBeLessThanOrEqual(CLASS_COUNT);
        // No empty class: each holds at least one of the values.
        expect(new Set(vs.map(c.classOf)).size).toBe(c.classes.length);
        const m = spec.midpoint;
        const below = new Set(vs.filter((v) => v < m).map(c.classOf));
        const above = new Set(vs.filter((v) => v > m).map(c.classOf));
        for (const k of below) expect(above.has(k)).toBe(false);
        for (const v of vs) {
          expect(holds(c, v)).toBe(true);
          expect(c.classes[c.classOf(v)]?.side).toBe(v < m ? 'below' : v > m ? 'above' : 'at');
        }
        const b = bounds(c);
        for (let i = 1; i < b.length; i++) expect(b[i]).toBeGreaterThanOrEqual(b[i - 1] as number);
      }),
      { numRuns: 500, seed: 20170316 },
    );
  });

  it('is symmetric about the midpoint, and leaves out a class no value falls in', () => {
    const c = classify([-3e6, -1e6, 2e6, 8e6], DIV0);
    expect(c.classes.map((k) => k.side)).toEqual(['below', 'below', 'above', 'above']);
    const [outerLow, low, high, outerHigh] = c.classes;
    expect(outerLow?.hi).toBe(-(outerHigh?.lo as number));
    expect(low?.lo).toBe(-(high?.hi as number));
    const r = classify([0.5, 0.9, 1.4, 2.2], DIV1);
    expect(1 - (r.classes[1]?.lo as number)).toBeCloseTo((r.classes[2]?.hi as number) - 1, 12);
  });

  it('gives the two sides distinct colours and a neutral middle', () => {
    const c = classify([-20, -5, 0, 5, 20], DIV0);
    const colours = c.classes.map((k) => k.colour);
    expect(c.classes.map((k) => k.side)).toEqual(['below', 'below', 'at', 'above', 'above']);
    expect(new Set(colours).size).toBe(CLASS_COUNT);
  });

  it('classes a value as it is shown: two figures that read the same share a colour', () => {
    // The split falls at £2.7m; −£2.74m and −£2.66m both read "−£2.7m".
    const vs = [-2.74e6, -2.7e6, -2.66e6, -1e6, -5e6];
    const raw = classify(vs, DIV0);
    expect(raw.classOf(-2.74e6)).not.toBe(raw.classOf(-2.66e6));
    const shown = classify(vs, { ...DIV0, format: money });
    expect(money(-2.74e6)).toBe(money(-2.66e6));
    expect(shown.classOf(-2.74e6)).toBe(shown.classOf(-2.66e6));
    fc.assert(
      fc.property(values, (xs) => {
        const c = classify(xs, { ...DIV0, format: money });
        for (const a of xs)
          for (const b of xs) if (money(a) === money(b)) expect(c.classOf(a)).toBe(c.classOf(b));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('puts a value from outside the set in the nearest class on its own side', () => {
    const c = classify([-9, -8, -1], DIV0);
    expect(c.classes.map((k) => k.side)).toEqual(['below', 'below']);
    expect(c.classes[c.classOf(-100)]?.side).toBe('below');
    expect(c.classOf(-100)).toBe(0);
    // Nothing above zero to go to: the nearest class of all.
    expect(c.classOf(50)).toBe(1);
  });
});

describe('inkOn', () => {
  it('picks dark text on light fills and white on dark ones', () => {
    expect(inkOn('#eff3ff')).toBe('#212b32');
    expect(inkOn('#08519c')).toBe('#ffffff');
    expect(inkOn('rgb(85, 45, 132)')).toBe('#ffffff');
  });
});

describe('diverging classes for values clustered on one side', () => {
  it('still splits them into two classes (ROI all well above £1)', () => {
    const vs = Array.from({ length: 33 }, (_, i) => 1.5 + i * 0.005);
    const c = classify(vs, DIV1);
    const used = new Set(vs.map(c.classOf));
    expect(used).toEqual(new Set([0, 1]));
    expect(c.classes.map((k) => k.side)).toEqual(['above', 'above']);
  });
});

describe('overWhite', () => {
  it('mixes a colour with white at an opacity', () => {
    expect(overWhite('#000000', 0)).toBe('#ffffff');
    expect(overWhite('#000000', 1)).toBe('#000000');
    expect(overWhite('#212b32', 0.22)).toBe('#ced0d2');
  });
});

describe('quantileSorted', () => {
  it("is d3-array's, for any sorted values and probability", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const sorted = [...xs].sort((a, b) => a - b);
          expect(quantileSorted(sorted, p)).toBe(d3QuantileSorted(sorted, p));
        },
      ),
      { numRuns: 1000, seed: 3 },
    );
  });
});

describe('shownValue', () => {
  it('reads back what the formats write', () => {
    expect(shownValue('−£2.7m')).toBe(-2.7e6);
    expect(shownValue('£1.2bn')).toBe(1.2e9);
    expect(shownValue('£850k')).toBe(850e3);
    expect(shownValue('£1.23')).toBe(1.23);
    expect(shownValue('12,345')).toBe(12345);
    expect(shownValue('n/a')).toBeNaN();
    fc.assert(
      fc.property(value, (x) => {
        expect(money(shownValue(money(x)))).toBe(money(x));
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});

describe('the class of every value at once', () => {
  // Values near the breaks and the midpoints, as formats round them, and NaN and infinities.
  const near = fc.oneof(
    value,
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => k * 50),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 0.05, -0.05, 9_999.5, 999_950, 1e9 - 5e7),
  );
  const specs = [
    ...Object.values(METRIC_DEFS).map((d) => ({ scale: d.scale, midpoint: d.midpoint, format: d.format })),
    { ...SEQ, format: money },
    { ...DIV0, format: money },
    SEQ,
    DIV1,
  ];
  it('gives each value the class classOf gives it, for every metric format', () => {
    fc.assert(
      fc.property(fc.array(near, { minLength: 0, maxLength: 60 }), fc.constantFrom(...specs), (vs, spec) => {
        const { classes, at } = classifyEach(vs, spec);
        expect(Array.from(at)).toEqual(vs.map((v) => classes.classOf(v)));
        expect(classify(vs, spec)).toMatchObject({ scale: classes.scale, classes: classes.classes });
      }),
      { numRuns: 500 },
    );
  });
});
