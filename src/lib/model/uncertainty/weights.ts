/** Borough weights of the fast path: the cohort sums that multiply the unit profile. */
import { COHORTS } from '../dimensions.ts';
import type { DrawTerms } from './draw-terms.ts';
import type { Plan } from './plan.ts';

const C = COHORTS.length;
// The loop below is unrolled over the cohorts: it runs for every borough and draw.
if (C !== 5) throw new Error(`weights.ts is unrolled for 5 cohorts, not ${C}`);

type Five<T> = [T, T, T, T, T];
const five = <T>(f: (c: number) => T): Five<T> => [f(0), f(1), f(2), f(3), f(4)];

/**
 * Per-draw weights of borough b, sum over cohorts of A[b,c] x saving[c] and of
 * A[b,c] x costPerStart[c], added also into the weights of its roll-ups.
 */
export function boroughWeights(
  plan: Plan,
  terms: DrawTerms,
  alpha: Float64Array,
  D: number,
  b: number,
  wSaving: Float64Array,
  wCost: Float64Array,
  rollups: readonly [Float64Array, Float64Array][],
): void {
  const { basePop, needDelta } = plan;
  const { saving, costPerStart } = terms;
  const [s0, s1, s2, s3, s4] = five((c) => saving.subarray(c * D, (c + 1) * D));
  const [k0, k1, k2, k3, k4] = five((c) => costPerStart.subarray(c * D, (c + 1) * D));
  const base = b * C;
  const [p0, p1, p2, p3, p4] = five((c) => basePop[base + c]!);
  const [q0, q1, q2, q3, q4] = five((c) => basePop[base + c]! * needDelta[base + c]!);
  for (let d = 0; d < D; d++) {
    // basePop x need = basePop + alpha x basePop x (index - 1)
    const a = alpha[d]!;
    const n0 = p0 + a * q0;
    const n1 = p1 + a * q1;
    const n2 = p2 + a * q2;
    const n3 = p3 + a * q3;
    const n4 = p4 + a * q4;
    wSaving[d] = n0 * s0[d]! + n1 * s1[d]! + n2 * s2[d]! + n3 * s3[d]! + n4 * s4[d]!;
    wCost[d] = n0 * k0[d]! + n1 * k1[d]! + n2 * k2[d]! + n3 * k3[d]! + n4 * k4[d]!;
  }
  for (const [rs, rc] of rollups) {
    for (let d = 0; d < D; d++) {
      rs[d] = rs[d]! + wSaving[d]!;
      rc[d] = rc[d]! + wCost[d]!;
    }
  }
}
