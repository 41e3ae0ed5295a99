/**
 * The pairs a flow kernel works out in one draw (own-flows.ts, linear-flows.ts): listed
 * with what the flow needs of each, [j * stride + k] in a per-kernel state array whose
 * first fields are these, and their sums stored back once the draw is done.
 */
import type { Plan } from '../core/plan.ts';
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
} from './layout.ts';

/** Which programmes' weights and sums a flow serves: without a limit on starts, one flow serves both. */
export type Programmes = 'sp' | 'epp' | 'both';

/** Which pairs a kernel works out, and what their flow serves. */
export interface PairChoice {
  programmes: Programmes;
  /** Every pair has its own flow (paths differ); else those with no share of the shared flow. */
  everyPair: boolean;
  /** Link workers limit starts (social prescribing, capacity-led). */
  limited: boolean;
  /** Link workers follow starts, or (capacity-led, paths not shared) each borough's path. */
  ftePerStart: boolean;
  ftePerPath: boolean;
  /** Pairs are p = b * stride + d. */
  stride: number;
  weights: Float64Array;
  pairs: Float64Array;
  /** The pairs' flow sums, [p * SUMS + programme * PER_SUM + k], set for the listed pairs. */
  sums: Float64Array;
}

/** The fields every kernel's state starts with; its own follow from FIELDS. */
export const CAP = 0;
export const BENEFIT = 1;
export const SCALE = 2;
export const PER_START = 3;
export const FTE_START = 4;
export const FTE_PATH = 5;
export const PATH = 6;
export const FIELDS = 7;

/**
 * Lists the chosen pairs of draw d (their boroughs into `list`), fills their first fields
 * and zeroes the rest of each one's `size` fields; returns how many.
 */
export function listPairs(
  plan: Plan,
  choice: PairChoice,
  d: number,
  list: Int32Array,
  state: Float64Array,
  size: number,
): number {
  const { programmes, everyPair, limited, stride, weights, pairs } = choice;
  const sp = programmes !== 'epp' ? 1 : 0;
  const epp = programmes !== 'sp' ? 1 : 0;
  const fteStart = choice.ftePerStart ? 1 : 0;
  const ftePath = choice.ftePerPath ? 1 : 0;
  let J = 0;
  for (let b = 0; b < plan.B; b++) {
    const p = b * stride + d;
    const q = p * PAIR;
    if (!everyPair && pairs[q + FACTOR_SP] !== 0) continue;
    const w = p * WEIGHTS;
    const e = w + PER_PROGRAMME;
    const s = J * size;
    list[J++] = b;
    state[s + CAP] = limited ? pairs[q + CAPACITY]! : Infinity;
    state[s + BENEFIT] = sp * weights[w + W_BENEFIT]! + epp * weights[e + W_BENEFIT]!;
    state[s + SCALE] = sp * weights[w + W_SCALE]! + epp * weights[e + W_SCALE]!;
    state[s + PER_START] = sp * weights[w + W_PER_START]! + epp * weights[e + W_PER_START]!;
    state[s + FTE_START] = fteStart * pairs[q + FTE_PER_START]!;
    state[s + FTE_PATH] = ftePath * pairs[q + FTE_PER_PATH]!;
    state[s + PATH] = plan.pathScale[b]!;
    for (let k = FIELDS; k < size; k++) state[s + k] = 0;
  }
  return J;
}

/** Stores the listed pairs' sums (PER_SUM fields from `at` in each one's state) into the programmes' slots. */
export function storeSums(
  choice: PairChoice,
  d: number,
  list: Int32Array,
  J: number,
  state: Float64Array,
  size: number,
  at: number,
): void {
  const { programmes, stride, sums } = choice;
  const sp = programmes !== 'epp';
  const epp = programmes !== 'sp';
  for (let j = 0; j < J; j++) {
    const o = (list[j]! * stride + d) * SUMS;
    const s = j * size + at;
    for (let k = 0; k < PER_SUM; k++) {
      if (sp) sums[o + k] = state[s + k]!;
      if (epp) sums[o + PER_SUM + k] = state[s + k]!;
    }
  }
}
