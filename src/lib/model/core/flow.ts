/**
 * People flow (MODEL.md 8.1-8.3) per unit of a cohort's eligible scale, for one
 * population path and every draw. The eligible in year t are u[t] = population factor
 * x (1 + g)^power. Each year a share `turnover` of a cohort leaves and newcomers take
 * their place; someone who started can start again `reReferral` years later. So:
 *
 *   recent[t] = sum over n = 1 .. R-1 of starts[t-n] x survive^n    (supported lately, still here)
 *   demand[t] = min(u[t] x startShare[t], max(0, u[t] - recent[t]))
 *   starts[t] = min(demand[t], capacity x u[t])                      (capacity-led only)
 *   active[t] = firstYear x starts[t] + sum over n = 1 .. later of starts[t-n] x decay^n
 *
 * with decay = persistence x survive: a benefit fades and stops when its person leaves.
 * Both sums are kept by recurrence, so each year costs the same whatever the horizon.
 * With turnover 0, persistence 1 and no re-referral within the horizon this is the
 * 2017 model exactly: cumulative starts never exceed the eligible.
 */
import type { DrawTerms } from './terms.ts';
import type { Plan } from './plan.ts';

/** Starts, demand and benefit-weighted participant-years per unit of eligible scale, [t * D + d]; undiscounted. */
export interface Flow {
  starts: Float64Array;
  demand: Float64Array;
  active: Float64Array;
}

export function makeFlow(T: number, D: number): Flow {
  return {
    starts: new Float64Array(T * D),
    demand: new Float64Array(T * D),
    active: new Float64Array(T * D),
  };
}

/** State carried from year to year, one value per draw. */
export interface FlowWork {
  recent: Float64Array;
  history: Float64Array;
}

export function makeFlowWork(D: number): FlowWork {
  return { recent: new Float64Array(D), history: new Float64Array(D) };
}

/**
 * Fills `out` for the population path of borough `b` (any borough when the plan's path
 * is shared). `capacity`, when given, is the most that can start per unit of eligible
 * scale and of u[t], per draw (link workers x caseload over the cohorts' eligible scale).
 */
export function flowProfile(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  capacity: Float64Array | null,
  out: Flow,
  work: FlowWork,
): void {
  const { T, popRatio, growthPower } = plan;
  const { D, growthPow, startShare, firstYear, later, decay, decayOut, survive, reReferral, surviveOut } =
    terms;
  const { starts, demand, active } = out;
  const { recent, history } = work;
  recent.fill(0);
  history.fill(0);
  const row = b * T;
  for (let t = 0; t < T; t++) {
    const off = t * D;
    const ratio = popRatio[row + t]!;
    const g = growthPower[row + t]! * D;
    for (let d = 0; d < D; d++) {
      const eligible = ratio * growthPow[g + d]!;
      const wanted = eligible * startShare[off + d]!;
      const free = eligible - recent[d]!;
      const room = free > 0 ? free : 0;
      const want = wanted < room ? wanted : room;
      let s = want;
      if (capacity !== null) {
        const most = capacity[d]! * eligible;
        if (s > most) s = most;
      }
      demand[off + d] = want;
      starts[off + d] = s;
      active[off + d] = firstYear[d]! * s + history[d]!;
    }
    if (t === T - 1) break;
    // Carry to year t + 1: everyone ages a year in the cohort, the oldest start leaves each window.
    for (let d = 0; d < D; d++) {
      const s = starts[off + d]!;
      const sv = survive[d]!;
      const R = reReferral[d]!;
      let r = sv * (recent[d]! + s);
      if (t + 1 - R >= 0) r -= starts[(t + 1 - R) * D + d]! * surviveOut[d]!;
      recent[d] = r > 0 ? r : 0;
      const L = later[d]! + 1;
      let h = decay[d]! * (history[d]! + s);
      if (t + 1 - L >= 0) h -= starts[(t + 1 - L) * D + d]! * decayOut[d]!;
      history[d] = h > 0 ? h : 0;
    }
  }
}
