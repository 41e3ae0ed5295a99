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
import { YEARS, Y_COST, Y_FTE, Y_GROSS, Y_STARTS } from './layout.ts';
import {
  BENEFIT,
  CAP,
  FIELDS,
  FTE_PATH,
  FTE_START,
  PATH,
  PER_START,
  SCALE,
  listPairs,
  storeSums,
  type PairChoice,
} from './pair-list.ts';

export type { Programmes } from './pair-list.ts';

export interface OwnFlowInput extends PairChoice {
  /** When given, only the draws marked 1 here. */
  only: Uint8Array | null;
  /** Block years of the areas every borough is part of (London). */
  all: readonly Float64Array[];
  /** Block years of the other areas each borough is part of, by borough. */
  targets: readonly (readonly Float64Array[])[];
}

/** Per listed borough: the shared fields (pair-list.ts), then its state and sums, [j * STATE + k]. */
const RECENT = FIELDS;
const HISTORY = FIELDS + 1;
const SUM = FIELDS + 2;
const STATE = SUM + 5;

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
  const { T, B, popRatio, growthPower, shared } = plan;
  const { D: n, growthPow, startShare, discount, fteCost } = terms;
  const { firstYear, later, decay, decayOut, survive, reReferral, surviveOut } = terms;
  const { only, all, targets } = input;
  const { list, state, past } = work;
  const withYears = all.length > 0 || targets.some((t) => t.length > 0);

  for (let d = 0; d < n; d++) {
    if (only && only[d] !== 1) continue;
    const J = listPairs(plan, input, d, list, state, STATE);
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
    storeSums(input, d, list, J, state, STATE, SUM);
  }
}
