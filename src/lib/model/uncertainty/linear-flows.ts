/**
 * Flows of pairs with their own population paths (observed population) whose starts
 * nothing limits: no link workers (their cap is social prescribing's, capacity-led) and
 * no shortage of eligible people not lately supported. Then a pair's starts in year t
 * are its path e[t] = popRatio[b,t] x (1 + g)^power[t] times the start share, and every
 * sum and year is linear in the path: a sum over the years tau of popRatio[b,tau] times
 * the draw's response to the path in year tau, worked out once per draw for all boroughs.
 * Where the shortage could bind in some year for some borough, the draw takes the
 * explicit recurrences instead (own-flows.ts); the test is conservative, never the result.
 */
import type { Plan } from '../core/plan.ts';
import type { DrawTerms } from '../core/terms.ts';
import {
  FTE_PER_START,
  PAIR,
  PER_PROGRAMME,
  PER_SUM,
  SUMS,
  S_ACTIVE,
  S_ACTIVE_PLAIN,
  S_STARTS,
  S_STARTS_PAY,
  S_STARTS_PLAIN,
  WEIGHTS,
  W_BENEFIT,
  W_PER_START,
  W_SCALE,
  YEARS,
  Y_COST,
  Y_FTE,
  Y_GROSS,
  Y_STARTS,
} from './layout.ts';
import type { Programmes } from './own-flows.ts';

/** An area's linear weights: sums over its boroughs of popRatio[b,tau] x weight, [(d * T + tau) * LINEAR + k]. */
export const LINEAR = 4;
const L_BENEFIT = 0;
const L_SCALE = 1;
const L_PER_START = 2;
const L_FTE_PER_START = 3;

/** Per year t and lag n, the largest ratio over the boroughs of popRatio[b, t - n] to popRatio[b, t], [t * T + n]. */
export function backRatios(plan: Plan): Float64Array {
  const { T, B, popRatio } = plan;
  const out = new Float64Array(T * T);
  for (let t = 0; t < T; t++)
    for (let n = 1; n <= t; n++) {
      let most = 0;
      for (let b = 0; b < B; b++) {
        const r = popRatio[b * T + t - n]! / popRatio[b * T + t]!;
        if (r > most) most = r;
      }
      out[t * T + n] = most;
    }
  return out;
}

/**
 * Marks (1) the draws in which, for every borough and year, the people supported lately
 * leave room for all who want to start: recent[t] <= e[t] x (1 - share[t]), with
 * recent[t] = sum over n = 1 .. R-1 of survive^n x e[t-n] x share[t-n]. Bounds each
 * borough's ratio e[t-n] / e[t] by the largest (backRatios); returns how many are marked.
 */
export function uncappedDraws(plan: Plan, terms: DrawTerms, back: Float64Array, out: Uint8Array): number {
  const { T, growthPower } = plan;
  const { D, growthPow, startShare, survive, reReferral } = terms;
  let count = 0;
  for (let d = 0; d < D; d++) {
    const sv = survive[d]!;
    const lags = Math.min(reReferral[d]! - 1, T - 1);
    let ok = 1;
    for (let t = 0; t < T && ok === 1; t++) {
      // The growth factor is the same for every borough (growthPower does not depend on it).
      const gamma = growthPow[growthPower[t]! * D + d]!;
      let recent = 0;
      let decay = 1;
      for (let n = 1; n <= Math.min(lags, t); n++) {
        decay *= sv;
        const m = t - n;
        recent += decay * startShare[m * D + d]! * growthPow[growthPower[m]! * D + d]! * back[t * T + n]!;
      }
      if (recent > gamma * (1 - startShare[t * D + d]!)) ok = 0;
    }
    out[d] = ok;
    count += ok;
  }
  return count;
}

/**
 * Per draw and year tau, the sums (from year `from`) that the path in year tau brings per
 * unit of popRatio: its starts gamma x share, their benefit in the years after, the
 * link worker pay they need, [(d * T + tau) * PER_SUM + k].
 */
export function responseTable(plan: Plan, terms: DrawTerms, from: number, out: Float64Array): void {
  const { T, growthPower } = plan;
  const { D, growthPow, startShare, discount, fteCost, firstYear, decay, later } = terms;
  for (let d = 0; d < D; d++) {
    const fy = firstYear[d]!;
    const dec = decay[d]!;
    const L = later[d]!;
    for (let tau = 0; tau < T; tau++) {
      const s = growthPow[growthPower[tau]! * D + d]! * startShare[tau * D + d]!;
      let active = 0;
      let activePlain = 0;
      let weight = fy;
      for (let n = 0; n <= L && tau + n < T; n++) {
        const t = tau + n;
        if (t >= from) {
          active += weight * discount[t * D + d]!;
          activePlain += weight;
        }
        weight = n === 0 ? dec : weight * dec;
      }
      const o = (d * T + tau) * PER_SUM;
      const counted = tau >= from ? 1 : 0;
      const k = discount[tau * D + d]!;
      out[o + S_ACTIVE] = s * active;
      out[o + S_ACTIVE_PLAIN] = s * activePlain;
      out[o + S_STARTS] = counted * s * k;
      out[o + S_STARTS_PLAIN] = counted * s;
      out[o + S_STARTS_PAY] = counted * s * fteCost[tau * D + d]! * k;
    }
  }
}

/** Borough b's sums for the marked draws: the sum over tau of popRatio[b,tau] x response, into its programmes' slots. */
export function linearSums(
  plan: Plan,
  response: Float64Array,
  b: number,
  n: number,
  stride: number,
  marked: Uint8Array,
  programmes: Programmes,
  sums: Float64Array,
): void {
  const { T, popRatio } = plan;
  const row = b * T;
  for (let d = 0; d < n; d++) {
    if (marked[d] !== 1) continue;
    let a = 0;
    let ap = 0;
    let s = 0;
    let sp = 0;
    let pay = 0;
    for (let tau = 0; tau < T; tau++) {
      const r = popRatio[row + tau]!;
      const o = (d * T + tau) * PER_SUM;
      a += r * response[o + S_ACTIVE]!;
      ap += r * response[o + S_ACTIVE_PLAIN]!;
      s += r * response[o + S_STARTS]!;
      sp += r * response[o + S_STARTS_PLAIN]!;
      pay += r * response[o + S_STARTS_PAY]!;
    }
    const o = (b * stride + d) * SUMS;
    for (const slot of programmes === 'both' ? [0, PER_SUM] : programmes === 'sp' ? [0] : [PER_SUM]) {
      sums[o + slot + S_ACTIVE] = a;
      sums[o + slot + S_ACTIVE_PLAIN] = ap;
      sums[o + slot + S_STARTS] = s;
      sums[o + slot + S_STARTS_PLAIN] = sp;
      sums[o + slot + S_STARTS_PAY] = pay;
    }
  }
}

/** Adds borough b's weights times its popRatio by year into an area's linear weights, for the marked draws. */
export function addLinearWeights(
  plan: Plan,
  b: number,
  n: number,
  stride: number,
  marked: Uint8Array,
  programmes: Programmes,
  ftePerStart: boolean,
  weights: Float64Array,
  pairs: Float64Array,
  into: Float64Array,
): void {
  const { T, popRatio } = plan;
  const sp = programmes !== 'epp' ? 1 : 0;
  const epp = programmes !== 'sp' ? 1 : 0;
  const row = b * T;
  for (let d = 0; d < n; d++) {
    if (marked[d] !== 1) continue;
    const p = b * stride + d;
    const w = p * WEIGHTS;
    const e = w + PER_PROGRAMME;
    const benefit = sp * weights[w + W_BENEFIT]! + epp * weights[e + W_BENEFIT]!;
    const scale = sp * weights[w + W_SCALE]! + epp * weights[e + W_SCALE]!;
    const perStart = sp * weights[w + W_PER_START]! + epp * weights[e + W_PER_START]!;
    const fte = ftePerStart ? pairs[p * PAIR + FTE_PER_START]! : 0;
    for (let tau = 0; tau < T; tau++) {
      const r = popRatio[row + tau]!;
      const o = (d * T + tau) * LINEAR;
      into[o + L_BENEFIT]! += r * benefit;
      into[o + L_SCALE]! += r * scale;
      into[o + L_PER_START]! += r * perStart;
      into[o + L_FTE_PER_START]! += r * fte;
    }
  }
}

/** Adds an area's years from its linear weights, for the marked draws, into its block years. */
export function applyLinear(
  plan: Plan,
  terms: DrawTerms,
  linear: Float64Array,
  marked: Uint8Array,
  years: Float64Array,
): void {
  const { T, growthPower } = plan;
  const { D: n, growthPow, startShare, discount, fteCost, firstYear, decay, later } = terms;
  for (let d = 0; d < n; d++) {
    if (marked[d] !== 1) continue;
    const fy = firstYear[d]!;
    const dec = decay[d]!;
    const L = later[d]!;
    for (let t = 0; t < T; t++) {
      const i = t * n + d;
      const k = discount[i]!;
      // Benefit in year t of the starts in years t - n, n = 0 .. later.
      let benefit = 0;
      let weight = fy;
      for (let m = 0; m <= Math.min(L, t); m++) {
        const tau = t - m;
        const s = growthPow[growthPower[tau]! * n + d]! * startShare[tau * n + d]!;
        benefit += weight * s * linear[(d * T + tau) * LINEAR + L_BENEFIT]!;
        weight = m === 0 ? dec : weight * dec;
      }
      const s = growthPow[growthPower[t]! * n + d]! * startShare[i]!;
      const o = (d * T + t) * LINEAR;
      const fte = s * linear[o + L_FTE_PER_START]!;
      const y = i * YEARS;
      years[y + Y_GROSS]! += benefit * k;
      years[y + Y_COST]! += (s * linear[o + L_PER_START]! + fte * fteCost[i]!) * k;
      years[y + Y_FTE]! += fte;
      years[y + Y_STARTS]! += s * linear[o + L_SCALE]!;
    }
  }
}
