/**
 * Per-draw quantities that do not depend on the borough (MODEL.md sections 3 and 8),
 * for D parameter sets held as columns. The deterministic run is the case D = 1, so
 * the run and the Monte Carlo share this one definition of every formula.
 */
import { COHORTS, COHORT_INFO, SERVICES, SERVICE_INFO } from '../dimensions.ts';
import type { ParamId, ParamValues } from '../parameters.ts';
import type { Plan } from './plan.ts';

/** One column of values per parameter, a row per draw. */
export type ParamColumns = Record<ParamId, Float64Array>;

export interface DrawTerms {
  D: number;
  /**
   * £ per benefit-weighted participant-year at the scenario's prices, before discounting,
   * [(c * S + s) * D + d]: baseline use x unit cost x London uplift x effect x (1 - shortfall).
   * Services that do not count (GP, when only hospital activity counts) are 0.
   */
  value: Float64Array;
  /** GP appointments avoided per participant-year, [c * D + d] (counted whatever the reading). */
  gpAppointments: Float64Array;
  /** WELLBYs per participant-year: the gain in life satisfaction, [c * D + d]. */
  wellbys: Float64Array;
  /** £ per WELLBY at the scenario's prices, [d]. */
  wellbyValue: Float64Array;
  /** Cost per start besides link worker pay, [c * D + d]. */
  costPerStart: Float64Array;
  /** k x cohort share, [c * D + d]: the cohort's eligible are basePop x need x scale. */
  scale: Float64Array;
  alpha: Float64Array;
  /** (1 + g)^n, [n * D + d], n = 0..plan.maxPower. */
  growthPow: Float64Array;
  /** Discount factor 1 / (1 + r)^(t + 1), [t * D + d]. */
  discount: Float64Array;
  /** Share of the eligible wanting to start in year t (start rate x ramp x uptake), [t * D + d]. */
  startShare: Float64Array;
  /** Weight of the start year. */
  firstYear: Float64Array;
  /** Years of benefit after the start year (whole, at most T), and the decay per year. */
  later: Int32Array;
  decay: Float64Array;
  /** decay^(later + 1): what leaves the benefit window each year. */
  decayOut: Float64Array;
  /** Share of a cohort still in it a year later (1 - turnover). */
  survive: Float64Array;
  /** Years before someone supported can start again, and survive^reReferral. */
  reReferral: Int32Array;
  surviveOut: Float64Array;
  /** Cost of a link worker in year t (pay, overheads, optimism bias), [t * D + d]; 0 when costed per start. */
  fteCost: Float64Array;
  caseload: Float64Array;
  /** Link workers per adult (capacity-led), [d]. */
  ftePerAdult: Float64Array;
}

const S = SERVICES.length;
const C = COHORTS.length;

/** Columns holding the given parameter sets, one draw each. */
export function columnsOf(sets: readonly ParamValues[], ids: readonly ParamId[]): ParamColumns {
  const cols = {} as ParamColumns;
  for (const id of ids) cols[id] = Float64Array.from(sets, (v) => v[id]);
  return cols;
}

/** Unit cost parameter of a service under the scenario's edition. */
const unitCostId = (plan: Plan, s: (typeof SERVICES)[number]): ParamId =>
  plan.settings.unitCosts === '2023-24' ? `cost2324_${s}` : `cost_${s}`;

/** An array of n values: `old` when it has that length (every value is written over), else a new one. */
const f64 = (old: Float64Array | undefined, n: number) => (old?.length === n ? old : new Float64Array(n));
const i32 = (old: Int32Array | undefined, n: number) => (old?.length === n ? old : new Int32Array(n));

/**
 * The terms of D draws. `reuse`, the terms of an earlier block, lends its arrays
 * where they have the right length: the Monte Carlo works block by block.
 */
export function drawTerms(plan: Plan, cols: ParamColumns, D: number, reuse?: DrawTerms): DrawTerms {
  const { T, settings, price } = plan;
  const perStartCosting = settings.delivery === 'perStart';
  const value = f64(reuse?.value, C * S * D);
  const gpAppointments = f64(reuse?.gpAppointments, C * D);
  const wellbys = f64(reuse?.wellbys, C * D);
  const costPerStart = f64(reuse?.costPerStart, C * D);
  const scale = f64(reuse?.scale, C * D);
  const { uplift, benefitShortfall, costOverrun, k, wellbeingGain } = cols;
  const unitCost = SERVICES.map((s) => {
    const id = unitCostId(plan, s);
    return { column: cols[id], price: price[id] ?? 1 };
  });
  COHORTS.forEach((c, ci) => {
    const prog = COHORT_INFO[c].programme;
    const share = cols[`share_${c}`];
    // The 2017 costing has one cost per start; the link worker costings pay link workers
    // separately, so social prescribing starts cost only the community activity.
    const perStartId: ParamId = prog === 'sp' && !perStartCosting ? 'activityCost' : `costPerStart_${prog}`;
    const perStart = cols[perStartId];
    const perStartPrice = price[perStartId] ?? 1;
    const gpUse = cols[`use_${c}_gp`];
    const gpEffect = cols[`eff_${prog}_gp`];
    SERVICES.forEach((s, si) => {
      const counted = settings.services === 'all' || SERVICE_INFO[s].payer === 'acute';
      const use = cols[`use_${c}_${s}`];
      const effect = cols[`eff_${prog}_${s}`];
      const { column: cost, price: costPrice } = unitCost[si] as (typeof unitCost)[number];
      const off = (ci * S + si) * D;
      for (let d = 0; d < D; d++)
        value[off + d] = counted
          ? use[d]! * cost[d]! * costPrice * uplift[d]! * effect[d]! * (1 - benefitShortfall[d]!)
          : 0;
    });
    for (let d = 0; d < D; d++) {
      const kept = 1 - benefitShortfall[d]!;
      gpAppointments[ci * D + d] = gpUse[d]! * gpEffect[d]! * kept;
      wellbys[ci * D + d] = wellbeingGain[d]! * kept;
      costPerStart[ci * D + d] = perStart[d]! * perStartPrice * (1 + costOverrun[d]!);
      scale[ci * D + d] = k[d]! * share[d]!;
    }
  });

  const wellbyValue = f64(reuse?.wellbyValue, D);
  const growthPow = f64(reuse?.growthPow, (plan.maxPower + 1) * D);
  const discount = f64(reuse?.discount, T * D);
  const startShare = f64(reuse?.startShare, T * D);
  const firstYear = f64(reuse?.firstYear, D);
  const later = i32(reuse?.later, D);
  const decay = f64(reuse?.decay, D);
  const decayOut = f64(reuse?.decayOut, D);
  const survive = f64(reuse?.survive, D);
  const reReferral = i32(reuse?.reReferral, D);
  const surviveOut = f64(reuse?.surviveOut, D);
  const fteCost = f64(reuse?.fteCost, T * D);
  const ftePerAdult = f64(reuse?.ftePerAdult, D);
  const { growth, startRate, rampYears, uptake, duration, firstYearFraction, persistence, turnover } = cols;
  const wellbyPrice = price.wellbyValue ?? 1;
  for (let d = 0; d < D; d++) {
    wellbyValue[d] = cols.wellbyValue[d]! * wellbyPrice;
    const g1 = 1 + growth[d]!;
    let p = 1;
    for (let n = 0; n <= plan.maxPower; n++) {
      growthPow[n * D + d] = p;
      p *= g1;
    }
    const r1 = 1 + cols.discount[d]!;
    const rate = startRate[d]! * uptake[d]!;
    const ramp = rampYears[d]!;
    const overheads = (1 + cols.lwOverheads[d]!) * (1 + costOverrun[d]!);
    let q = 1;
    for (let t = 0; t < T; t++) {
      q *= r1;
      discount[t * D + d] = 1 / q;
      startShare[t * D + d] = rate * Math.min(1, (t + 1) / ramp);
      fteCost[t * D + d] = perStartCosting ? 0 : (plan.pay[t] as number) * overheads;
    }
    // Whole years: year n after a start counts while n < duration (so 1.5 years is 2 years).
    // Someone referred again starts a new benefit, so one start's benefit lasts at most
    // until its person can be referred again: a person is counted once at a time.
    const reRef = Math.ceil(cols.reReferralYears[d]!);
    const years = Math.min(Math.ceil(duration[d]!), reRef);
    firstYear[d] = firstYearFraction[d]!;
    later[d] = Math.min(T, Math.max(0, years - 1));
    survive[d] = 1 - turnover[d]!;
    decay[d] = persistence[d]! * survive[d]!;
    decayOut[d] = decay[d]! ** (later[d]! + 1);
    reReferral[d] = reRef;
    surviveOut[d] = survive[d]! ** reReferral[d]!;
    ftePerAdult[d] = cols.lwPer10k[d]! / 10_000;
  }
  return {
    D,
    value,
    gpAppointments,
    wellbys,
    wellbyValue,
    costPerStart,
    scale,
    alpha: cols.alpha,
    growthPow,
    discount,
    startShare,
    firstYear,
    later,
    decay,
    decayOut,
    survive,
    reReferral,
    surviveOut,
    fteCost,
    caseload: cols.lwCaseload,
    ftePerAdult,
  };
}

/**
 * The eligible scale A[b,c] of cohort c in borough b, per draw, into out: people in the
 * cohort per unit of the population path, basePop x need x k x share.
 */
export function eligibleScale(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  c: number,
  out: Float64Array,
): Float64Array {
  const { D, alpha, scale } = terms;
  const base = plan.basePop[b * plan.C + c]!;
  const needDelta = plan.needDelta[b * plan.C + c]!;
  const off = c * D;
  for (let d = 0; d < D; d++) out[d] = base * (1 + alpha[d]! * needDelta) * scale[off + d]!;
  return out;
}
