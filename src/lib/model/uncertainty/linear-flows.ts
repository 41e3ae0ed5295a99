/**
 * Flows of pairs that do not follow the shared flow, in the draws where the people
 * supported lately never leave too few to start (the shortage in MODEL.md 8.2 never
 * binds). Then a pair's starts in year t are its path e[t] = popRatio[b,t] x
 * (1 + g)^power[t] times its start fraction c[t] = start share, or, where link workers
 * limit starts, min(start share, capacity): every sum and year is linear in the starts,
 * a sum over the years tau of popRatio[b,tau] x c[tau] times the draw's response to a
 * start in year tau, worked out once per draw for all boroughs. In the other draws the
 * pairs take the explicit recurrences (own-flows.ts); the test is conservative, and
 * never changes a result.
 */
import type { Plan } from '../core/plan.ts';
import type { DrawTerms } from '../core/terms.ts';
import {
  PER_SUM,
  S_ACTIVE,
  S_ACTIVE_PLAIN,
  S_STARTS,
  S_STARTS_PAY,
  S_STARTS_PLAIN,
  YEARS,
  Y_COST,
  Y_FTE,
  Y_GROSS,
  Y_STARTS,
} from './layout.ts';
import {
  BENEFIT,
  CAP,
  FIELDS,
  FTE_PATH,
  FTE_START,
  PER_START,
  SCALE,
  listPairs,
  storeSums,
  type PairChoice,
} from './pair-list.ts';

/**
 * An area's linear weights, [(d * T + tau) * LINEAR + k]: sums over its pairs of
 * popRatio[b,tau] x c[tau] x NHS benefits, people, cost per start and link workers per
 * start, and popRatio[b,tau] x link workers per unit of path.
 */
export const LINEAR = 5;
const L_BENEFIT = 0;
const L_SCALE = 1;
const L_PER_START = 2;
const L_FTE_PER_START = 3;
const L_FTE_PER_PATH = 4;

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
 * leave room for all who want to start, even with no limit on starts: recent[t] <=
 * e[t] x (1 - share[t]), recent[t] = sum over n = 1 .. R-1 of survive^n x e[t-n] x
 * share[t-n]. Each borough's ratio e[t-n] / e[t] is bounded by the largest (backRatios).
 * A limit on starts only lowers recent and raises the room. Returns how many are marked.
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
 * Per draw and year tau, the sums (from year `from`) that a start fraction of 1 of the
 * path in year tau brings per unit of popRatio: starts (1 + g)^power[tau], their benefit
 * in the years after, the link worker pay they need, [(d * T + tau) * PER_SUM + k].
 */
export function responseTable(plan: Plan, terms: DrawTerms, from: number, out: Float64Array): void {
  const { T, growthPower } = plan;
  const { D, growthPow, discount, fteCost, firstYear, decay, later } = terms;
  for (let d = 0; d < D; d++) {
    const fy = firstYear[d]!;
    const dec = decay[d]!;
    const L = later[d]!;
    for (let tau = 0; tau < T; tau++) {
      const s = growthPow[growthPower[tau]! * D + d]!;
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

export interface LinearInput extends PairChoice {
  /** The draws to work out (uncappedDraws). */
  marked: Uint8Array;
  /** Linear weights of the areas every borough is part of (London). */
  all: readonly Float64Array[];
  /** Linear weights of the other areas each borough is part of, by borough. */
  areas: readonly (readonly Float64Array[])[];
}

/** Per listed borough: the shared fields (pair-list.ts), then its sums, [j * STATE + k]. */
const SUM = FIELDS;
const STATE = SUM + 5;

/** Scratch for linearFlows, reused from block to block. */
export class LinearWork {
  readonly list: Int32Array;
  readonly state: Float64Array;
  /** Per year of a draw: the start share times each response sum, [tau * PER_SUM + k]. */
  readonly response: Float64Array;
  /** The listed pairs (indices into the list) never limited in a draw. */
  readonly fast: Int32Array;
  /** Per year of a draw: the other pairs' part in the weights of the areas every borough is in, [tau * LINEAR + k]. */
  readonly limited: Float64Array;

  constructor(T: number, B: number) {
    this.list = new Int32Array(B);
    this.state = new Float64Array(B * STATE);
    this.response = new Float64Array(T * PER_SUM);
    this.fast = new Int32Array(B);
    this.limited = new Float64Array(T * LINEAR);
  }
}

/**
 * Sets the chosen pairs' sums in the marked draws and adds them into their areas'
 * linear weights, draw by draw. A pair whose capacity is above the draw's start share
 * in every year starts x = popRatio[b,tau] x share[tau], so its sums are dot products
 * of its path with share x response, and the areas every borough is part of get share
 * x (sum over such pairs of popRatio x weight) in each year. The other pairs (limited in some year, or part of an area whose years are kept) go year
 * by year with x = popRatio x min(share, capacity).
 */
export function linearFlows(
  plan: Plan,
  terms: DrawTerms,
  response: Float64Array,
  input: LinearInput,
  work: LinearWork,
): void {
  const { T, popRatio } = plan;
  const { D: n, startShare } = terms;
  const { marked, all, areas } = input;
  const { list, state } = work;
  const H = work.response;
  const fast = work.fast;
  const acc = work.limited;
  const P = PER_SUM;
  for (let d = 0; d < n; d++) {
    if (marked[d] !== 1) continue;
    const J = listPairs(plan, input, d, list, state, STATE);
    if (J === 0) continue;
    let most = 0;
    for (let tau = 0; tau < T; tau++) {
      const share = startShare[tau * n + d]!;
      if (share > most) most = share;
      const o = (d * T + tau) * P;
      const h = tau * P;
      H[h + S_ACTIVE] = share * response[o + S_ACTIVE]!;
      H[h + S_ACTIVE_PLAIN] = share * response[o + S_ACTIVE_PLAIN]!;
      H[h + S_STARTS] = share * response[o + S_STARTS]!;
      H[h + S_STARTS_PLAIN] = share * response[o + S_STARTS_PLAIN]!;
      H[h + S_STARTS_PAY] = share * response[o + S_STARTS_PAY]!;
    }
    acc.fill(0);
    // The pairs never limited go in two passes with their sums in registers: each pair's
    // years (its sums), then each year's pairs (the weights of the areas every borough is in).
    let F = 0;
    for (let j = 0; j < J; j++) {
      const b = list[j]!;
      const s = j * STATE;
      const into = areas[b]!;
      const row = b * T;
      if (state[s + CAP]! >= most && into.length === 0) {
        fast[F++] = j;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        let s4 = 0;
        for (let tau = 0; tau < T; tau++) {
          const r = popRatio[row + tau]!;
          const h = tau * P;
          s0 += r * H[h + S_ACTIVE]!;
          s1 += r * H[h + S_ACTIVE_PLAIN]!;
          s2 += r * H[h + S_STARTS]!;
          s3 += r * H[h + S_STARTS_PLAIN]!;
          s4 += r * H[h + S_STARTS_PAY]!;
        }
        setSums(state, s + SUM, s0, s1, s2, s3, s4);
        continue;
      }
      const cap = state[s + CAP]!;
      const wb = state[s + BENEFIT]!;
      const ws = state[s + SCALE]!;
      const wc = state[s + PER_START]!;
      const wf = state[s + FTE_START]!;
      const wp = state[s + FTE_PATH]!;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      for (let tau = 0; tau < T; tau++) {
        const share = startShare[tau * n + d]!;
        const o = (d * T + tau) * P;
        const r = popRatio[row + tau]!;
        const x = r * (share < cap ? share : cap);
        s0 += x * response[o + S_ACTIVE]!;
        s1 += x * response[o + S_ACTIVE_PLAIN]!;
        s2 += x * response[o + S_STARTS]!;
        s3 += x * response[o + S_STARTS_PLAIN]!;
        s4 += x * response[o + S_STARTS_PAY]!;
        const a = tau * LINEAR;
        acc[a + L_BENEFIT]! += x * wb;
        acc[a + L_SCALE]! += x * ws;
        acc[a + L_PER_START]! += x * wc;
        acc[a + L_FTE_PER_START]! += x * wf;
        acc[a + L_FTE_PER_PATH]! += r * wp;
        if (into.length > 0) {
          const l = (d * T + tau) * LINEAR;
          for (const y of into) addLinear(y, l, x * wb, x * ws, x * wc, x * wf, r * wp);
        }
      }
      setSums(state, s + SUM, s0, s1, s2, s3, s4);
    }
    if (all.length > 0)
      for (let tau = 0; tau < T; tau++) {
        let wb = 0;
        let ws = 0;
        let wc = 0;
        let wf = 0;
        let wp = 0;
        for (let f = 0; f < F; f++) {
          const j = fast[f]!;
          const s = j * STATE;
          const r = popRatio[list[j]! * T + tau]!;
          wb += r * state[s + BENEFIT]!;
          ws += r * state[s + SCALE]!;
          wc += r * state[s + PER_START]!;
          wf += r * state[s + FTE_START]!;
          wp += r * state[s + FTE_PATH]!;
        }
        const share = startShare[tau * n + d]!;
        const a = tau * LINEAR;
        const l = (d * T + tau) * LINEAR;
        for (const y of all)
          addLinear(
            y,
            l,
            share * wb + acc[a + L_BENEFIT]!,
            share * ws + acc[a + L_SCALE]!,
            share * wc + acc[a + L_PER_START]!,
            share * wf + acc[a + L_FTE_PER_START]!,
            wp + acc[a + L_FTE_PER_PATH]!,
          );
      }
    storeSums(input, d, list, J, state, STATE, SUM);
  }
}

/** A pair's flow sums, in PER_SUM order, from `at` in its state. */
function setSums(
  state: Float64Array,
  at: number,
  a: number,
  ap: number,
  st: number,
  sp: number,
  pay: number,
): void {
  state[at + S_ACTIVE] = a;
  state[at + S_ACTIVE_PLAIN] = ap;
  state[at + S_STARTS] = st;
  state[at + S_STARTS_PLAIN] = sp;
  state[at + S_STARTS_PAY] = pay;
}

function addLinear(
  y: Float64Array,
  l: number,
  b: number,
  s: number,
  c: number,
  f1: number,
  f2: number,
): void {
  y[l + L_BENEFIT]! += b;
  y[l + L_SCALE]! += s;
  y[l + L_PER_START]! += c;
  y[l + L_FTE_PER_START]! += f1;
  y[l + L_FTE_PER_PATH]! += f2;
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
  const { D: n, growthPow, discount, fteCost, firstYear, decay, later } = terms;
  for (let d = 0; d < n; d++) {
    if (marked[d] !== 1) continue;
    const fy = firstYear[d]!;
    const dec = decay[d]!;
    const L = later[d]!;
    for (let t = 0; t < T; t++) {
      const i = t * n + d;
      const k = discount[i]!;
      // Benefit in year t of the starts in years t - m, m = 0 .. later.
      let benefit = 0;
      let weight = fy;
      for (let m = 0; m <= Math.min(L, t); m++) {
        const tau = t - m;
        benefit +=
          weight * growthPow[growthPower[tau]! * n + d]! * linear[(d * T + tau) * LINEAR + L_BENEFIT]!;
        weight = m === 0 ? dec : weight * dec;
      }
      const gamma = growthPow[growthPower[t]! * n + d]!;
      const o = (d * T + t) * LINEAR;
      const fte = gamma * (linear[o + L_FTE_PER_START]! + linear[o + L_FTE_PER_PATH]!);
      const y = i * YEARS;
      years[y + Y_GROSS]! += benefit * k;
      years[y + Y_COST]! += (gamma * linear[o + L_PER_START]! + fte * fteCost[i]!) * k;
      years[y + Y_FTE]! += fte;
      years[y + Y_STARTS]! += gamma * linear[o + L_SCALE]!;
    }
  }
}
