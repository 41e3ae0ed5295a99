/**
 * Colour classes for the map: up to five classes, as numbers and colours only (the
 * legend formats them). Sequential metrics use rounded quintiles of the borough values;
 * diverging metrics use classes symmetric about the metric's midpoint (two each
 * side, split at the median distance from it), with the midpoint itself a class
 * of its own, so a value below it and a value above it never share a class (or a hue);
 * a diverging class no value falls in is left out. A value is classed as it is shown
 * (when the spec has a format), so two figures that read the same share a colour.
 */
import { shownValue } from '../../format.ts';
import { DIVERGING_5, NHS, SEQUENTIAL_5 } from '../../palette.ts';

/** The p-quantile of sorted values (R type 7, as d3-array's quantileSorted); undefined when there are none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  if (p <= 0 || n < 2) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const a = sorted[i]!;
  return a + ((sorted[i + 1] as number) - a) * (h - i);
}

/** How many of the ascending thresholds are at or below v (d3-array's bisectRight). */
function bisectRight(thresholds: readonly number[], v: number): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((thresholds[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const CLASS_COUNT = 5;

export type Side = 'below' | 'at' | 'above';

export interface ColourClass {
  /** Lower bound; -Infinity for the open lowest diverging class. */
  lo: number;
  /** Upper bound; Infinity for the open highest diverging class. */
  hi: number;
  colour: string;
  /** Text colour with the better contrast on `colour`. */
  ink: string;
  /** Side of the midpoint (diverging only). */
  side: Side | null;
}

export interface Classes {
  scale: 'sequential' | 'diverging';
  midpoint: number;
  /** In increasing order of value. */
  classes: ColourClass[];
  /** Index into `classes` of the class holding v (out-of-range values go to the end classes). */
  classOf: (v: number) => number;
}

export interface ClassSpec {
  scale: 'sequential' | 'diverging';
  midpoint: number;
  /** How a value is shown: values are classed as they read. */
  format?: (x: number) => string;
}

/** The value as the format shows it (the value itself without a format, or for text that is not a number). */
function asShown(format: ClassSpec['format']): (v: number) => number {
  if (!format) return (v) => v;
  return (v) => {
    const x = shownValue(format(v));
    return Number.isNaN(x) ? v : x;
  };
}

const DARK = NHS.black;
const LIGHT = NHS.white;

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i] as string, 16)) as [number, number, number];
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  if (rgb) return [1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number];
  throw new Error(`unsupported colour ${colour}`);
}

/** WCAG relative luminance. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark or white text, whichever contrasts more with the fill. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  const dark = (l + 0.05) / (luminance(DARK) + 0.05);
  const light = 1.05 / (l + 0.05);
  return dark >= light ? DARK : LIGHT;
}

/** Round to two significant figures of `scale` (a step that keeps breaks readable). */
function roundTo(x: number, scale: number): number {
  const step = 10 ** (Math.floor(Math.log10(scale)) - 1);
  if (!(step > 0) || !Number.isFinite(step)) return x;
  const r = Math.round(x / step) * step;
  return Number.isFinite(r) ? r : x;
}

/** The finite values, ascending, in a typed array (a numeric sort without a comparator). */
function finiteSorted(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out.sort();
}

/**
 * The least of the sorted values whose shown value passes `test` (Infinity when none does).
 * The shown value never falls as the value rises (rounding keeps order), so the values that
 * pass are a tail of the sorted ones, found by bisection with a handful of formats.
 */
function cut(sorted: Float64Array, shown: (v: number) => number, test: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(shown(sorted[mid] as number))) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? (sorted[lo] as number) : Infinity;
}

/** Classes, and the class of each value classed (in their order). */
export interface Classed {
  classes: Classes;
  /** Index into `classes.classes` of each value, as `classes.classOf` gives it. */
  at: Uint8Array;
}

function sequential(values: ArrayLike<number>, shown: (v: number) => number): Classed {
  const sorted = finiteSorted(values);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const thresholds: number[] = [];
  for (let i = 1; i < CLASS_COUNT; i++) {
    const t = roundTo(quantileSorted(sorted, i / CLASS_COUNT) ?? min, max - min);
    // Keep only breaks strictly inside (min, max) and strictly increasing.
    if (t > min && t < max && t > (thresholds[thresholds.length - 1] ?? -Infinity)) thresholds.push(t);
  }
  const n = thresholds.length + 1;
  const classes = Array.from({ length: n }, (_, i) => {
    const colour = SEQUENTIAL_5[n === 1 ? 2 : Math.round((i * (CLASS_COUNT - 1)) / (n - 1))] as string;
    return {
      lo: i === 0 ? min : (thresholds[i - 1] as number),
      hi: i === n - 1 ? max : (thresholds[i] as number),
      colour,
      ink: inkOn(colour),
      side: null,
    };
  });
  // A value's class is how many breaks its shown value reaches: for the values classed here,
  // how many of the breaks' cut points (in values, not shown values) it reaches.
  const cuts = thresholds.map((t) => cut(sorted, shown, (x) => x >= t));
  const at = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) at[i] = Math.min(n - 1, bisectRight(cuts, values[i] as number));
  return {
    classes: {
      scale: 'sequential',
      midpoint: 0,
      classes,
      classOf: (v) => Math.min(n - 1, bisectRight(thresholds, shown(v))),
    },
    at,
  };
}

const SIDES: readonly Side[] = ['below', 'below', 'at', 'above', 'above'];

function diverging(values: ArrayLike<number>, m: number, shown: (v: number) => number): Classed {
  const sorted = finiteSorted(values);
  // The inner/outer split on each side is the median distance from the midpoint
  // (rounded), so the side most boroughs are on splits roughly in half even when
  // they cluster far from the midpoint; a unit step if all sit on it.
  const distances = sorted.map((v) => Math.abs(v - m)).sort();
  const typical = quantileSorted(distances, 0.5) ?? 0;
  const a = typical > 0 ? roundTo(typical, typical) || typical : 1;
  const bounds: [number, number][] = [
    [-Infinity, m - a],
    [m - a, m],
    [m, m],
    [m, m + a],
    [m + a, Infinity],
  ];
  const all = bounds.map(([lo, hi], i) => {
    const colour = DIVERGING_5[i] as string;
    return { lo, hi, colour, ink: inkOn(colour), side: SIDES[i] as Side };
  });
  const fullClassOf = (value: number): number => {
    if (Number.isNaN(value)) return 2;
    const v = shown(value);
    if (v < m - a) return 0;
    if (v < m) return 1;
    if (v === m) return 2;
    if (v <= m + a) return 3;
    return 4;
  };
  // The same for the values classed here, by cut points in values found once.
  const below = cut(sorted, shown, (x) => x >= m - a);
  const under = cut(sorted, shown, (x) => x >= m);
  const at = cut(sorted, shown, (x) => x > m);
  const within = cut(sorted, shown, (x) => x > m + a);
  const full = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    full[i] = Number.isNaN(v) ? 2 : v < below ? 0 : v < under ? 1 : v < at ? 2 : v < within ? 3 : 4;
  }
  // Only the classes some value falls in (the middle one when there are no values).
  const used = new Set(full);
  const kept = all.flatMap((_, i) => (used.has(i) ? [i] : []));
  if (kept.length === 0) kept.push(2);
  const index = all.map((_, i) => kept.indexOf(i));
  // A value from outside the set goes to the nearest kept class on its own side, or the nearest of all.
  const nearest = (i: number): number => {
    let best = 0;
    for (let j = 0; j < kept.length; j++) {
      const k = kept[j] as number;
      const b = kept[best] as number;
      const sameK = SIDES[k] === SIDES[i];
      const sameB = SIDES[b] === SIDES[i];
      if ((sameK && !sameB) || (sameK === sameB && Math.abs(k - i) < Math.abs(b - i))) best = j;
    }
    return best;
  };
  const classOf = (v: number): number => {
    const i = fullClassOf(v);
    const j = index[i] as number;
    return j >= 0 ? j : nearest(i);
  };
  for (let i = 0; i < full.length; i++) full[i] = index[full[i] as number] as number;
  return {
    classes: { scale: 'diverging', midpoint: m, classes: kept.map((i) => all[i]!), classOf },
    at: full,
  };
}

/** Classes for a metric's borough values, with the class of each. */
export function classifyEach(values: ArrayLike<number>, spec: ClassSpec): Classed {
  const shown = asShown(spec.format);
  return spec.scale === 'diverging' ? diverging(values, spec.midpoint, shown) : sequential(values, shown);
}

/** Classes for a metric's borough values. */
export function classify(values: ArrayLike<number>, spec: ClassSpec): Classes {
  return classifyEach(values, spec).classes;
}
