/**
 * The fast evaluation of the model for many parameter draws at once (MODEL.md
 * section 3), on typed arrays. It gives the same numbers as run() + summarise(),
 * re-ordered to exploit what is exactly linear:
 *  - the eligible of borough b, cohort c, year t is A[b,c] x u[b,t], where
 *    A = basePop x share x k x need and u = population factor x (1 + g)^power;
 *  - the cap on cumulative starts compares the starts and the eligible of one
 *    borough and cohort, so A cancels: starts = A x s[b,t] and active = A x a[b,t],
 *    with s and a per unit of eligible (shared by every borough in projected
 *    mode, where u does not depend on the borough);
 *  - so gross[b,t] = a[b,t] x sum_c A[b,c] saving[c] and
 *    cost[b,t] = s[b,t] x sum_c A[b,c] costPerStart[c], both discounted.
 * Roll-ups are sums of their boroughs within each draw.
 */
import { Stored, Weighted, drawValues, type AreaDraws } from './area-draws.ts';
import { drawTerms, type DrawTerms } from './draw-terms.ts';
import type { Plan } from './plan.ts';
import type { ParamColumns } from './sample.ts';
import { Profile, profileWorkspace, unitProfiles } from './unit-profile.ts';
import { boroughWeights } from './weights.ts';

/** Receives each area (index into plan.areas) once; the draws are valid only during the call. */
export type AreaSink = (area: number, draws: AreaDraws) => void;

/** Evaluate D draws (cols[param][d]) and hand every area to the sink. */
export function simulate(plan: Plan, cols: ParamColumns, D: number, sink: AreaSink): void {
  const terms = drawTerms(cols, D, plan.T);
  if (plan.shared) simulateShared(plan, cols, terms, D, sink);
  else simulateSeparate(plan, cols, terms, D, sink);
}

/** Weight buffers for the roll-ups: the STPs, Inner, Outer, then London. */
function rollupWeights(plan: Plan, D: number): [Float64Array, Float64Array][] {
  return Array.from({ length: plan.rollups + 1 }, () => [new Float64Array(D), new Float64Array(D)]);
}

/**
 * Projected population: one unit profile per draw serves every borough, so a
 * roll-up is its summed weights times the profile.
 */
function simulateShared(plan: Plan, cols: ParamColumns, terms: DrawTerms, D: number, sink: AreaSink): void {
  const TD = plan.T * D;
  const active = new Float64Array(TD);
  const starts = new Float64Array(TD);
  unitProfiles(plan, terms, D, 0, active, starts, profileWorkspace(plan.T));
  const profile = new Profile(active, starts, D);
  const out = drawValues(D);
  const wSaving = new Float64Array(D);
  const wCost = new Float64Array(D);
  const R = plan.rollups;
  const roll = rollupWeights(plan, D);
  const london = roll[R] as [Float64Array, Float64Array];
  for (let b = 0; b < plan.B; b++) {
    const targets = [roll[plan.stpOf[b]!], roll[plan.innerOuterOf[b]!], london] as [
      Float64Array,
      Float64Array,
    ][];
    boroughWeights(plan, terms, cols.alpha, D, b, wSaving, wCost, targets);
    sink(plan.boroughArea + b, new Weighted(profile, wSaving, wCost, out));
  }
  sink(0, new Weighted(profile, london[0], london[1], out));
  for (let r = 0; r < R; r++) {
    const [ws, wc] = roll[r] as [Float64Array, Float64Array];
    sink(plan.rollupArea[r]!, new Weighted(profile, ws, wc, out));
  }
}

/** Observed population: each borough has its own path, so roll-ups add up year by year. */
function simulateSeparate(plan: Plan, cols: ParamColumns, terms: DrawTerms, D: number, sink: AreaSink): void {
  const { T } = plan;
  const TD = T * D;
  const active = new Float64Array(TD);
  const starts = new Float64Array(TD);
  const prefix = profileWorkspace(T);
  // Inner and Outer are accumulated; London is their sum.
  const accGross = Array.from({ length: plan.rollups }, () => new Float64Array(TD));
  const accCost = Array.from({ length: plan.rollups }, () => new Float64Array(TD));
  const profile = new Profile(active, starts, D);
  const out = drawValues(D);
  const wSaving = new Float64Array(D);
  const wCost = new Float64Array(D);

  for (let b = 0; b < plan.B; b++) {
    boroughWeights(plan, terms, cols.alpha, D, b, wSaving, wCost, []);
    unitProfiles(plan, terms, D, b * T, active, starts, prefix);
    profile.changed();
    const sg = accGross[plan.stpOf[b]!] as Float64Array;
    const sc = accCost[plan.stpOf[b]!] as Float64Array;
    const ig = accGross[plan.innerOuterOf[b]!] as Float64Array;
    const ic = accCost[plan.innerOuterOf[b]!] as Float64Array;
    for (let off = 0; off < TD; off += D) {
      for (let d = 0; d < D; d++) {
        const i = off + d;
        const g = active[i]! * wSaving[d]!;
        const c = starts[i]! * wCost[d]!;
        sg[i] = sg[i]! + g;
        sc[i] = sc[i]! + c;
        ig[i] = ig[i]! + g;
        ic[i] = ic[i]! + c;
      }
    }
    sink(plan.boroughArea + b, new Weighted(profile, wSaving, wCost, out));
  }

  const S = plan.rollups - 2;
  const londonG = new Float64Array(TD);
  const londonC = new Float64Array(TD);
  const [innerG, outerG, innerC, outerC] = [
    accGross[S],
    accGross[S + 1],
    accCost[S],
    accCost[S + 1],
  ] as Float64Array[] as [Float64Array, Float64Array, Float64Array, Float64Array];
  for (let i = 0; i < TD; i++) {
    londonG[i] = innerG[i]! + outerG[i]!;
    londonC[i] = innerC[i]! + outerC[i]!;
  }
  sink(0, new Stored(londonG, londonC, out));
  for (let r = 0; r < plan.rollups; r++)
    sink(plan.rollupArea[r]!, new Stored(accGross[r] as Float64Array, accCost[r] as Float64Array, out));
}
