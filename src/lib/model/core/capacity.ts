/**
 * Capacity-led delivery (MODEL.md 8.3): a borough's link workers, in proportion to its
 * adults (or to its registered patients, where the data give them: Plan.lwBase), can support FTE x caseload people a year. Its social prescribing cohorts share
 * that capacity in proportion to their eligible numbers (which, as every cohort follows
 * the same flow per person eligible, is also in proportion to their demand), so per unit
 * of eligible scale and of the population path the most that can start is the same for each.
 */
import type { Plan } from './plan.ts';
import { eligibleScale, type DrawTerms } from './terms.ts';

/**
 * Starts allowed per unit of eligible scale and of u[t] in borough b, per draw, or
 * null when starts are not limited (demand-led and per-start delivery).
 */
export function boroughCapacity(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  out: Float64Array = new Float64Array(terms.D),
  /** Scratch of D values each, for a caller that reuses its buffers. */
  scale: Float64Array = new Float64Array(terms.D),
  cohort: Float64Array = new Float64Array(terms.D),
): Float64Array | null {
  if (plan.settings.delivery !== 'capacityLed') return null;
  const { D, ftePerAdult, caseload } = terms;
  scale.fill(0);
  for (let c = 0; c < plan.C; c++) {
    if (!plan.isSp[c]) continue;
    eligibleScale(plan, terms, b, c, cohort);
    for (let d = 0; d < D; d++) scale[d]! += cohort[d]!;
  }
  for (let d = 0; d < D; d++) {
    const places = ftePerAdult[d]! * plan.lwBase[b]! * caseload[d]!;
    out[d] = scale[d]! > 0 ? places / scale[d]! : Infinity;
  }
  return out;
}
