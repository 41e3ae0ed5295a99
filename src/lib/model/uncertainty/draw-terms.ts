/** Per-draw quantities of the fast path that do not depend on the borough. */
import { COHORTS, COHORT_INFO, SERVICES } from '../dimensions.ts';
import type { ParamColumns } from './sample.ts';

const C = COHORTS.length;
// The saving per participant-year below is unrolled over the services.
if (SERVICES.length !== 4)
  throw new Error(`draw-terms.ts is unrolled for 4 services, not ${SERVICES.length}`);

/** Per-draw quantities that do not depend on the borough. */
export interface DrawTerms {
  /** k x share x saving per active participant-year, and k x share x cost per start, [c * D + d]. */
  saving: Float64Array;
  costPerStart: Float64Array;
  /** (1 + g)^n, [n * D + d], n = 0..T. */
  growthPow: Float64Array;
  /** Discount factor 1 / (1 + r)^(t + 1), [t * D + d]. */
  discount: Float64Array;
  /** Share of the eligible starting in year t (start rate x ramp x uptake), [t * D + d]. */
  startShare: Float64Array;
  /** Weight of the start year, and the years of full benefit after it (at most T). */
  firstYear: Float64Array;
  laterYears: Int32Array;
}

export function drawTerms(cols: ParamColumns, D: number, T: number): DrawTerms {
  const saving = new Float64Array(C * D);
  const costPerStart = new Float64Array(C * D);
  const { uplift, benefitShortfall, costOverrun, k } = cols;
  COHORTS.forEach((c, ci) => {
    const prog = COHORT_INFO[c].programme;
    const [u0, u1, u2, u3] = SERVICES.map((s) => cols[`use_${c}_${s}`]) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const [c0, c1, c2, c3] = SERVICES.map((s) => cols[`cost_${s}`]) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const [e0, e1, e2, e3] = SERVICES.map((s) => cols[`eff_${prog}_${s}`]) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const share = cols[`share_${c}`];
    const perStart = cols[`costPerStart_${prog}`];
    for (let d = 0; d < D; d++) {
      const perUse =
        u0[d]! * c0[d]! * e0[d]! +
        u1[d]! * c1[d]! * e1[d]! +
        u2[d]! * c2[d]! * e2[d]! +
        u3[d]! * c3[d]! * e3[d]!;
      const scale = k[d]! * share[d]!;
      saving[ci * D + d] = scale * perUse * uplift[d]! * (1 - benefitShortfall[d]!);
      costPerStart[ci * D + d] = scale * perStart[d]! * (1 + costOverrun[d]!);
    }
  });

  const growthPow = new Float64Array((T + 1) * D);
  const discount = new Float64Array(T * D);
  const startShare = new Float64Array(T * D);
  const firstYear = new Float64Array(D);
  const laterYears = new Int32Array(D);
  const { growth, startRate, rampYears, uptake, duration, firstYearFraction } = cols;
  for (let d = 0; d < D; d++) {
    const g1 = 1 + growth[d]!;
    let p = 1;
    for (let n = 0; n <= T; n++) {
      growthPow[n * D + d] = p;
      p *= g1;
    }
    const r1 = 1 + cols.discount[d]!;
    const rate = startRate[d]! * uptake[d]!;
    const ramp = rampYears[d]!;
    let q = 1;
    for (let t = 0; t < T; t++) {
      q *= r1;
      discount[t * D + d] = 1 / q;
      startShare[t * D + d] = rate * Math.min(1, (t + 1) / ramp);
    }
    // w(0) = firstYearFraction and w(n) = 1 for 1 <= n < duration, as in run().
    const dur = duration[d]!;
    firstYear[d] = dur > 0 ? firstYearFraction[d]! : 0;
    // Capped at T: a benefit cannot outlast the horizon.
    laterYears[d] = dur > 1 ? Math.min(T, Math.ceil(dur) - 1) : 0;
  }
  return { saving, costPerStart, growthPow, discount, startShare, firstYear, laterYears };
}
