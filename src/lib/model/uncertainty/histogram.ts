/** Equal-width histograms, for the small ROI chart. */
import type { Histogram } from './types.ts';

/**
 * Equal-width histogram of the values in a over [min, max] of a, about `bins` bars.
 * With a `pivot` inside that range (break-even, 1.0, for return on investment) the
 * grid is shifted so the pivot is an edge, so no bar straddles it; that may add a bar.
 */
export function histogram(a: Float64Array, bins: number, pivot?: number): Histogram {
  if (a.length === 0) return { edges: [], counts: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of a) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 1e-9);
  const width = (hi - lo) / bins;
  let start = lo;
  let n = bins;
  if (pivot !== undefined && pivot > lo && pivot < hi) {
    start = pivot - Math.ceil((pivot - lo) / width) * width;
    n = Math.ceil((hi - start) / width);
  }
  const edges = Array.from({ length: n + 1 }, (_, i) =>
    i === n ? Math.max(hi, start + n * width) : start + i * width,
  );
  const out = new Array<number>(n).fill(0);
  for (const x of a) {
    const j = Math.min(n - 1, Math.floor((x - start) / width));
    out[j] = (out[j] as number) + 1;
  }
  return { edges, counts: out };
}
