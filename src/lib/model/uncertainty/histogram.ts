/** Equal-width histograms, for the small ROI chart. */
import type { Histogram } from './types.ts';

/** Equal-width histogram of the values in a over [min, max] of a. */
export function histogram(a: Float64Array, bins: number): Histogram {
  if (a.length === 0) return { edges: [], counts: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of a) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 1e-9);
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
  const out = new Array<number>(bins).fill(0);
  for (const x of a) {
    const j = Math.min(bins - 1, Math.floor((x - lo) / width));
    out[j] = (out[j] as number) + 1;
  }
  return { edges, counts: out };
}
