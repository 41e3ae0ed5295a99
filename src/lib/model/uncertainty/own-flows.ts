/**
 * The people flow of the pairs whose flow is their own (MODEL.md 8.1-8.3): the
 * boroughs' population paths differ (observed population), or a borough's link
 * workers limit its starts in that draw. The same recurrences as core/flow.ts, draw by
 * draw with the boroughs innermost, so a draw's terms are read once and only the
 * pairs that need it are worked out; each year is summed and added into the areas'
 * years as it is made.
 */
import type { Plan } from '../core/plan.ts';
import type { DrawTerms } from '../core/terms.ts';
import {
  CAPACITY,
  FACTOR_SP,
  FTE_PER_PATH,
  FTE_PER_START,
  PAIR,
  PER_PROGRAMME,
  PER_SUM,
  SUMS,
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

/** Which programmes' weights and sums the flow serves: without a limit on starts, one flow serves both. */
export type Programmes = 'sp' | 'epp' | 'both';

export interface OwnFlowInput {
  programmes: Programmes;
  /** Every pair has its own flow (paths differ); else those with no share of the shared flow. */
  everyPair: boolean;
  /** When given, only the draws marked 1 here. */
  only: Uint8Array | null;
  /** Link workers limit starts (social prescribing, capacity-led). */
  limited: boolean;
  /** Link workers follow starts, or (capacity-led, paths not shared) each borough's path. */
  ftePerStart: boolean;
  ftePerPath: boolean;
  stride: number;
  weights: Float64Array;
  pairs: Float64Array;
  /** The pairs' flow sums, set here for the own pairs. */
  sums: Float64Array;
  /** Block years of the areas every borough is part of (London). */
  all: readonly Float64Array[];
  /** Block years of the other areas each borough is part of, by borough. */
  targets: readonly (readonly Float64Array[])[];
}

/** Per listed borough: its inputs, state and sums, [j * STATE + k]. */
const STATE = 16;
const CAP = 0;
const BENEFIT = 1;
const SCALE = 2;
const PER_START = 3;
const FTE_START = 4;
const FTE_PATH = 5;
const PATH = 6;
const RECENT = 7;
const HISTORY = 8;
const SUM = 9;

/** Scratch for ownFlows, reused from block to block. */
export class OwnFlowWork {
  readonly list: Int32Array;
  readonly state: Float64Array;
  /** Starts of each listed borough by year, [t * B + j]. */
  readonly past: Float64Array;

  constructor(T: number, B: number) {
    this.list = new Int32Array(B);
    this.state = new Float64Array(B * STATE);
    this.past = new Float64Array(T * B);
  }
}

/** Sets each own pair's sums (from year `from`) and adds its years into its areas' block years. */
export function ownFlows(
  plan: Plan,
  terms: DrawTerms,
  input: OwnFlowInput,
  from: number,
  work: OwnFlowWork,
): void {
  const { T, B, popRatio, growthPower, shared, pathScale } = plan;
  const { D: n, growthPow, startShare, discount, fteCost } = terms;
  const { firstYear, later, decay, decayOut, survive, reReferral, surviveOut } = terms;
  const { programmes, everyPair, only, limited, stride, weights, pairs, sums, all, targets } = input;
  const { list, state, past } = work;
  const sp = programmes !== 'epp' ? 1 : 0;
  const epp = programmes !== 'sp' ? 1 : 0;
  const fteStart = input.ftePerStart ? 1 : 0;
  const ftePath = input.ftePerPath ? 1 : 0;
  const withYears = all.length > 0 || targets.some((t) => t.length > 0);

  for (let d = 0; d < n; d++) {
    if (only && only[d] !== 1) continue;
    let J = 0;
    for (let b = 0; b < B; b++) {
      const p = b * stride + d;
      const q = p * PAIR;
      if (!everyPair && pairs[q + FACTOR_SP] !== 0) continue;
      const w = p * WEIGHTS;
      const e = w + PER_PROGRAMME;
      const s = J * STATE;
      list[J++] = b;
      state[s + CAP] = limited ? pairs[q + CAPACITY]! : Infinity;
      state[s + BENEFIT] = sp * weights[w + W_BENEFIT]! + epp * weights[e + W_BENEFIT]!;
      state[s + SCALE] = sp * weights[w + W_SCALE]! + epp * weights[e + W_SCALE]!;
      state[s + PER_START] = sp * weights[w + W_PER_START]! + epp * weights[e + W_PER_START]!;
      state[s + FTE_START] = fteStart * pairs[q + FTE_PER_START]!;
      state[s + FTE_PATH] = ftePath * pairs[q + FTE_PER_PATH]!;
      state[s + PATH] = pathScale[b]!;
      for (let k = RECENT; k < STATE; k++) state[s + k] = 0;
    }
    if (J === 0) continue;
    const fy = firstYear[d]!;
    const dec = decay[d]!;
    const decOut = decayOut[d]!;
    const sv = survive[d]!;
    const svOut = surviveOut[d]!;
    // Lags of the starts that leave the re-referral and benefit windows after year t.
    const R = reReferral[d]!;
    const L = later[d]! + 1;
    for (let t = 0; t < T; t++) {
      const i = t * n + d;
      const share = startShare[i]!;
      const k = discount[i]!;
      const pay = fteCost[i]!;
      const counted = t >= from;
      const carry = t < T - 1;
      const outR = (t + 1 - R) * B;
      const outL = (t + 1 - L) * B;
      const pastRow = t * B;
      // The growth factor is the same for every borough; with shared paths, so is the
      // path itself up to each borough's multiple of borough 0's.
      const gamma = growthPow[growthPower[t]! * n + d]!;
      const u = popRatio[t]! * gamma;
      let gAll = 0;
      let cAll = 0;
      let fAll = 0;
      let sAll = 0;
      for (let j = 0; j < J; j++) {
        const s = j * STATE;
        const e = shared ? state[s + PATH]! * u : popRatio[list[j]! * T + t]! * gamma;
        const wanted = e * share;
        const free = e - state[s + RECENT]!;
        const room = free > 0 ? free : 0;
        let st = wanted < room ? wanted : room;
        const most = state[s + CAP]! * e;
        if (st > most) st = most;
        const a = fy * st + state[s + HISTORY]!;
        past[pastRow + j] = st;
        if (counted) {
          state[s + SUM]! += a * k;
          state[s + SUM + 1]! += a;
          state[s + SUM + 2]! += st * k;
          state[s + SUM + 3]! += st;
          state[s + SUM + 4]! += st * pay * k;
        }
        if (withYears) {
          const f = state[s + FTE_START]! * st + state[s + FTE_PATH]! * e;
          const g = a * state[s + BENEFIT]! * k;
          const c = (st * state[s + PER_START]! + f * pay) * k;
          const people = st * state[s + SCALE]!;
          gAll += g;
          cAll += c;
          fAll += f;
          sAll += people;
          const areas = targets[list[j]!]!;
          for (let x = 0; x < areas.length; x++) {
            const y = areas[x]!;
            const o = i * YEARS;
            y[o + Y_GROSS]! += g;
            y[o + Y_COST]! += c;
            y[o + Y_FTE]! += f;
            y[o + Y_STARTS]! += people;
          }
        }
        if (carry) {
          let r = sv * (state[s + RECENT]! + st);
          if (outR >= 0) r -= past[outR + j]! * svOut;
          state[s + RECENT] = r > 0 ? r : 0;
          let h = dec * (state[s + HISTORY]! + st);
          if (outL >= 0) h -= past[outL + j]! * decOut;
          state[s + HISTORY] = h > 0 ? h : 0;
        }
      }
      for (const y of all) {
        const o = i * YEARS;
        y[o + Y_GROSS]! += gAll;
        y[o + Y_COST]! += cAll;
        y[o + Y_FTE]! += fAll;
        y[o + Y_STARTS]! += sAll;
      }
    }
    for (let j = 0; j < J; j++) {
      const o = (list[j]! * stride + d) * SUMS;
      const s = j * STATE + SUM;
      for (let k = 0; k < PER_SUM; k++) {
        if (sp) sums[o + k] = state[s + k]!;
        if (epp) sums[o + PER_SUM + k] = state[s + k]!;
      }
    }
  }
}
