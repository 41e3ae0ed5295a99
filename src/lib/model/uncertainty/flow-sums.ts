/** Sums over the counted years (from..T-1) of a people flow, per draw. */
import type { Flow } from '../core/flow.ts';
import type { DrawTerms } from '../core/terms.ts';
import {
  FACTOR_EPP,
  FACTOR_SP,
  PAIR,
  PER_SUM,
  SUMS,
  S_ACTIVE,
  S_ACTIVE_PLAIN,
  S_STARTS,
  S_STARTS_PAY,
  S_STARTS_PLAIN,
} from './layout.ts';

/** Sums of a whole flow over the years from..T-1, into out at [d * PER_SUM + k]. */
export function sumFlow(terms: DrawTerms, flow: Flow, T: number, from: number, out: Float64Array): void {
  const { D, discount, fteCost } = terms;
  out.fill(0, 0, D * PER_SUM);
  const fa = flow.active;
  const fs = flow.starts;
  for (let t = from; t < T; t++) {
    const off = t * D;
    for (let d = 0; d < D; d++) {
      const i = off + d;
      const k = discount[i]!;
      const a = fa[i]!;
      const s = fs[i]!;
      const o = d * PER_SUM;
      out[o + S_ACTIVE]! += a * k;
      out[o + S_ACTIVE_PLAIN]! += a;
      out[o + S_STARTS]! += s * k;
      out[o + S_STARTS_PLAIN]! += s;
      out[o + S_STARTS_PAY]! += s * fteCost[i]! * k;
    }
  }
}

/**
 * Each pair's sums from the shared flow's: its factor (its multiple of the shared path,
 * or 0 where its flow is its own) times the shared sums, for both programmes.
 */
export function spreadSums(
  shared: Float64Array,
  pairs: Float64Array,
  B: number,
  n: number,
  stride: number,
  out: Float64Array,
): void {
  for (let b = 0; b < B; b++)
    for (let d = 0; d < n; d++) {
      const p = b * stride + d;
      const fSp = pairs[p * PAIR + FACTOR_SP]!;
      const fEpp = pairs[p * PAIR + FACTOR_EPP]!;
      const o = p * SUMS;
      const s = d * PER_SUM;
      for (let k = 0; k < PER_SUM; k++) {
        const x = shared[s + k]!;
        out[o + k] = fSp * x;
        out[o + PER_SUM + k] = fEpp * x;
      }
    }
}
