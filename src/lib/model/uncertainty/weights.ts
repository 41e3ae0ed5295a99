/**
 * Each borough's weights: sums over its cohorts of the eligible scale A[b,c] times a
 * per-unit term, per draw. A programme's totals are its weights times sums of its
 * people flow per unit of eligible scale (the flow is the same for every cohort of
 * a programme). Laid out as layout.ts says.
 */
import type { Plan } from '../core/plan.ts';
import type { DrawTerms } from '../core/terms.ts';
import { SERVICES, SERVICE_INFO } from '../dimensions.ts';
import {
  CAPACITY,
  FTE_PER_PATH,
  FTE_PER_START,
  PAIR,
  PER_PROGRAMME,
  WEIGHTS,
  W_BENEFIT,
  W_GP,
  W_HOSPITAL,
  W_PER_START,
  W_PRIMARY,
  W_SCALE,
  W_WELLBYS,
} from './layout.ts';

/** The cohorts' terms of a block, [(d * C + c) * TABLE + k]: k x share, hospital £, primary care £, GP appointments, WELLBYs, cost per start. */
export const TABLE = 6;

/** Builds the cohort table of a block: £ per participant-year summed by payer, and the other per-unit terms. */
export function cohortTable(plan: Plan, terms: DrawTerms, out: Float64Array): Float64Array {
  const { D, value, gpAppointments, wellbys, costPerStart, scale } = terms;
  const { C } = plan;
  const S = SERVICES.length;
  const primary = SERVICES.map((s) => SERVICE_INFO[s].payer === 'primary');
  for (let c = 0; c < C; c++)
    for (let d = 0; d < D; d++) {
      const i = c * D + d;
      let hospital = 0;
      let primaryCare = 0;
      for (let s = 0; s < S; s++) {
        const v = value[(c * S + s) * D + d]!;
        if (primary[s]) primaryCare += v;
        else hospital += v;
      }
      const o = (d * C + c) * TABLE;
      out[o] = scale[i]!;
      out[o + 1] = hospital;
      out[o + 2] = primaryCare;
      out[o + 3] = gpAppointments[i]!;
      out[o + 4] = wellbys[i]!;
      out[o + 5] = costPerStart[i]!;
    }
  return out;
}

/**
 * Borough b's weights of its social prescribing and expert patient cohorts, per unit
 * of its own population path, and its capacity (capacity-led) or link workers per
 * start (the others) and per unit of path, for each draw d: pair p = b * stride + d.
 * A[b,c] = basePop x (1 + alpha x (need - 1)) x k x share, as eligibleScale.
 */
export function fillPairs(
  plan: Plan,
  terms: DrawTerms,
  table: Float64Array,
  b: number,
  stride: number,
  weights: Float64Array,
  pairs: Float64Array,
): void {
  const { D, alpha, caseload, ftePerAdult } = terms;
  const { C, isSp, basePop, needDelta } = plan;
  const capacityLed = plan.settings.delivery === 'capacityLed';
  // The adults its link workers in post are counted on (Plan.lwBase).
  const adults = plan.lwBase[b]!;
  const bc = b * C;
  for (let d = 0; d < D; d++) {
    const al = alpha[d]!;
    const p = b * stride + d;
    const w = p * WEIGHTS;
    // Each programme's sums in locals: social prescribing (s), the expert patient programme (e).
    let sA = 0,
      sH = 0,
      sP = 0,
      sG = 0,
      sW = 0,
      sC = 0;
    let eA = 0,
      eH = 0,
      eP = 0,
      eG = 0,
      eW = 0,
      eC = 0;
    let v = d * C * TABLE;
    for (let c = 0; c < C; c++, v += TABLE) {
      const a = basePop[bc + c]! * (1 + al * needDelta[bc + c]!) * table[v]!;
      if (isSp[c] === 1) {
        sA += a;
        sH += a * table[v + 1]!;
        sP += a * table[v + 2]!;
        sG += a * table[v + 3]!;
        sW += a * table[v + 4]!;
        sC += a * table[v + 5]!;
      } else {
        eA += a;
        eH += a * table[v + 1]!;
        eP += a * table[v + 2]!;
        eG += a * table[v + 3]!;
        eW += a * table[v + 4]!;
        eC += a * table[v + 5]!;
      }
    }
    weights[w + W_SCALE] = sA;
    weights[w + W_HOSPITAL] = sH;
    weights[w + W_PRIMARY] = sP;
    weights[w + W_BENEFIT] = sH + sP;
    weights[w + W_GP] = sG;
    weights[w + W_WELLBYS] = sW;
    weights[w + W_PER_START] = sC;
    const e = w + PER_PROGRAMME;
    weights[e + W_SCALE] = eA;
    weights[e + W_HOSPITAL] = eH;
    weights[e + W_PRIMARY] = eP;
    weights[e + W_BENEFIT] = eH + eP;
    weights[e + W_GP] = eG;
    weights[e + W_WELLBYS] = eW;
    weights[e + W_PER_START] = eC;
    // Capacity-led: FTE x caseload places, shared by the cohorts in proportion to their eligible.
    const scale = sA;
    const q = p * PAIR;
    pairs[q + CAPACITY] = capacityLed
      ? scale > 0
        ? (ftePerAdult[d]! * adults * caseload[d]!) / scale
        : Infinity
      : 0;
    pairs[q + FTE_PER_START] = capacityLed ? 0 : scale / caseload[d]!;
    pairs[q + FTE_PER_PATH] = ftePerAdult[d]! * adults;
  }
}
