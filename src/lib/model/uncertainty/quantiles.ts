/**
 * Exact sample quantiles of a Float64Array without sorting it: the Monte Carlo
 * takes p5/p50/p95 of some 2,000 arrays of 10,000 draws, where a full sort of
 * each would cost several times the model itself.
 *
 * Method: bucket the values (range estimated from a strided subsample; values
 * outside it go to the end buckets), count per bucket, then sort only the few
 * buckets that hold the wanted order statistics. Always exact, whatever the
 * range estimate: a poor estimate only makes the sorted buckets bigger.
 * Quantiles interpolate linearly between order statistics (R type 7, as d3.quantile).
 */

const BUCKETS = 1024;
const SMALL = 64;

/** Quantiles at the probabilities ps (ascending, in [0, 1]) of the values in a (finite, no NaN). */
export type Quantiler = (a: Float64Array, ps: readonly number[]) => number[];

const clampBetween = (x: number, a: number, b: number) => (x < a ? a : x > b ? b : x);

/** Type-7 quantile from the order statistics at floor(h) and floor(h) + 1, h = (n - 1) p. */
function interpolate(x0: number, x1: number, n: number, p: number): number {
  const h = (n - 1) * p;
  return clampBetween(x0 + (x1 - x0) * (h - Math.floor(h)), x0, x1);
}

function sortedQuantiles(a: Float64Array, ps: readonly number[]): number[] {
  const n = a.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const s = a.slice().sort();
  return ps.map((p) => {
    const r = Math.floor((n - 1) * p);
    return interpolate(s[r]!, s[Math.min(n - 1, r + 1)]!, n, p);
  });
}

/** Sort a[from, to) in place: insertion sort for the short runs the buckets give, else the built-in sort. */
function sortRange(a: Float64Array, from: number, to: number): void {
  if (to - from > 48) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * A quantile function with its own work buffers, for many calls in a row. The
 * input array is never changed.
 */
export function makeQuantiler(): Quantiler {
  const counts = new Int32Array(BUCKETS);
  /** Write position in the gather buffer of each wanted bucket, -1 for the others. */
  const writeAt = new Int32Array(BUCKETS).fill(-1);
  let bucket = new Uint16Array(0);
  let gathered = new Float64Array(0);
  let ranks = new Int32Array(0);
  let bucketOf = new Int32Array(0);
  let below = new Int32Array(0);
  let start = new Int32Array(0);

  return (a, ps) => {
    for (let i = 1; i < ps.length; i++)
      if (!(ps[i]! >= ps[i - 1]!)) throw new Error('quantiles: probabilities must be ascending');
    const n = a.length;
    if (n <= SMALL) return sortedQuantiles(a, ps);
    if (bucket.length < n) {
      bucket = new Uint16Array(n);
      gathered = new Float64Array(n);
    }
    const m = ps.length * 2;
    if (ranks.length < m) {
      ranks = new Int32Array(m);
      bucketOf = new Int32Array(m);
      below = new Int32Array(m);
      start = new Int32Array(m);
    }

    // Range from a strided subsample; the full range if the subsample is flat.
    const stride = Math.max(1, Math.floor(n / 128));
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i += stride) {
      const x = a[i]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (!(hi > lo)) {
      for (let i = 0; i < n; i++) {
        const x = a[i]!;
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      if (!(hi > lo)) return ps.map(() => lo);
    }
    countBuckets(a, lo, BUCKETS / (hi - lo), bucket, counts);

    // The order statistics each quantile needs (floor(h) and the next), and their buckets.
    for (let i = 0; i < ps.length; i++) {
      const r = Math.floor((n - 1) * ps[i]!);
      ranks[2 * i] = r;
      ranks[2 * i + 1] = Math.min(n - 1, r + 1);
    }
    let cumulative = 0;
    for (let j = 0, q = 0; j < BUCKETS && q < m; j++) {
      const c = counts[j]!;
      while (q < m && ranks[q]! < cumulative + c) {
        bucketOf[q] = j;
        below[q] = cumulative;
        q++;
      }
      cumulative += c;
    }

    // Gather each wanted bucket into its own segment, then sort the segments.
    let total = 0;
    for (let q = 0; q < m; q++) {
      const j = bucketOf[q]!;
      if (q > 0 && j === bucketOf[q - 1]) {
        start[q] = start[q - 1]!;
        continue;
      }
      start[q] = total;
      writeAt[j] = total;
      total += counts[j]!;
    }
    gather(a, bucket, writeAt, gathered);
    for (let q = 0; q < m; q++) {
      const j = bucketOf[q]!;
      if (q > 0 && j === bucketOf[q - 1]) continue;
      writeAt[j] = -1;
      sortRange(gathered, start[q]!, start[q]! + counts[j]!);
    }

    const out = new Array<number>(ps.length);
    for (let i = 0; i < ps.length; i++) {
      const x0 = gathered[start[2 * i]! + ranks[2 * i]! - below[2 * i]!]!;
      const x1 = gathered[start[2 * i + 1]! + ranks[2 * i + 1]! - below[2 * i + 1]!]!;
      out[i] = interpolate(x0, x1, n, ps[i]!);
    }
    return out;
  };
}

/** Bucket of every value (values outside [lo, lo + BUCKETS / scale) go to the end buckets), and counts. */
function countBuckets(
  a: Float64Array,
  lo: number,
  scale: number,
  bucket: Uint16Array,
  counts: Int32Array,
): void {
  const last = BUCKETS - 1;
  counts.fill(0);
  for (let i = 0; i < a.length; i++) {
    const f = (a[i]! - lo) * scale;
    const j = f <= 0 ? 0 : f >= last ? last : f | 0;
    bucket[i] = j;
    counts[j]!++;
  }
}

/** Copy each value whose bucket has a write position there, advancing the position. */
function gather(a: Float64Array, bucket: Uint16Array, writeAt: Int32Array, out: Float64Array): void {
  for (let i = 0; i < a.length; i++) {
    const j = bucket[i]!;
    const w = writeAt[j]!;
    if (w >= 0) {
      out[w] = a[i]!;
      writeAt[j] = w + 1;
    }
  }
}

/** Quantiles of a at ps, with fresh work buffers (for occasional use). */
export function quantiles(a: Float64Array, ps: readonly number[]): number[] {
  return makeQuantiler()(a, ps);
}
