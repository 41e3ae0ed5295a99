/**
 * An area's NHS benefits, cost, link workers and starts in each year, per draw, within
 * a block of draws. The shared flow (the boroughs' population paths are multiples of one
 * another) reaches an area through per-draw coefficients summed over its boroughs,
 * applied once; a pair with its own flow adds its years itself (own-flows.ts).
 */
import type { Flow } from '../core/flow.ts';
import type { Plan } from '../core/plan.ts';
import type { DrawTerms } from '../core/terms.ts';
import type { YearlyDraws } from './measures.ts';
import { LINEAR } from './linear-flows.ts';
import {
  COEFS,
  C_BENEFIT,
  C_FTE_PER_PATH,
  C_FTE_PER_START,
  C_PER_START,
  C_SCALE,
  FACTOR_EPP,
  FACTOR_SP,
  FTE_PER_START,
  PAIR,
  PER_PROGRAMME,
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

export interface AreaYears {
  /** The area's years in the block, [(t * n + d) * YEARS + k]. */
  years: Float64Array;
  /** Its coefficients on the shared flow, [d * COEFS + k]. */
  coefs: Float64Array;
  /** Its linear weights on the paths of its boroughs (linear-flows.ts). */
  linear: Float64Array;
}

export function makeAreaYears(T: number, size: number, alloc: (n: number) => Float64Array): AreaYears {
  return { years: alloc(T * size * YEARS), coefs: alloc(size * COEFS), linear: alloc(size * T * LINEAR) };
}

export function clearAreaYears(y: AreaYears, T: number, n: number): void {
  y.years.fill(0, 0, T * n * YEARS);
  y.coefs.fill(0, 0, n * COEFS);
  y.linear.fill(0, 0, n * T * LINEAR);
}

/**
 * Adds borough b's weights on the shared flow, each draw times its factors; and its link
 * workers, per start (demand-led and per-start delivery) or, capacity-led, per unit of the
 * shared path: FTE per adult x adults x its multiple of the path (`adultsScaled`).
 */
export function addSharedWeights(
  y: AreaYears,
  terms: DrawTerms,
  b: number,
  stride: number,
  weights: Float64Array,
  pairs: Float64Array,
  capacityLed: boolean,
  adultsScaled: number,
): void {
  const { D: n, ftePerAdult } = terms;
  const c = y.coefs;
  for (let d = 0; d < n; d++) {
    const p = b * stride + d;
    const q = p * PAIR;
    const fSp = pairs[q + FACTOR_SP]!;
    const fEpp = pairs[q + FACTOR_EPP]!;
    const w = p * WEIGHTS;
    const e = w + PER_PROGRAMME;
    const o = d * COEFS;
    c[o + C_BENEFIT]! += fSp * weights[w + W_BENEFIT]! + fEpp * weights[e + W_BENEFIT]!;
    c[o + C_SCALE]! += fSp * weights[w + W_SCALE]! + fEpp * weights[e + W_SCALE]!;
    c[o + C_PER_START]! += fSp * weights[w + W_PER_START]! + fEpp * weights[e + W_PER_START]!;
    if (capacityLed) c[o + C_FTE_PER_PATH]! += ftePerAdult[d]! * adultsScaled;
    else c[o + C_FTE_PER_START]! += fSp * pairs[q + FTE_PER_START]!;
  }
}

/** Adds the shared flow, for both programmes, through the coefficients. */
export function applyShared(plan: Plan, terms: DrawTerms, y: AreaYears, flow: Flow): void {
  const { D: n, discount, fteCost, growthPow } = terms;
  const { years, coefs } = y;
  const fa = flow.active;
  const fs = flow.starts;
  for (let t = 0; t < plan.T; t++) {
    const off = t * n;
    // The shared path is borough 0's; the coefficients carry each borough's multiple of it.
    const u = plan.popRatio[t]!;
    const g = plan.growthPower[t]! * n;
    for (let d = 0; d < n; d++) {
      const i = off + d;
      const k = discount[i]!;
      const s = fs[i]!;
      const c = d * COEFS;
      const f = s * coefs[c + C_FTE_PER_START]! + u * growthPow[g + d]! * coefs[c + C_FTE_PER_PATH]!;
      const o = i * YEARS;
      years[o + Y_GROSS]! += fa[i]! * coefs[c + C_BENEFIT]! * k;
      years[o + Y_COST]! += (s * coefs[c + C_PER_START]! + f * fteCost[i]!) * k;
      years[o + Y_FTE]! += f;
      years[o + Y_STARTS]! += s * coefs[c + C_SCALE]!;
    }
  }
}

/** Copies a block's years into the years of all draws ([t * D + d0 + d]). */
export function copyYears(from: Float64Array, T: number, n: number, to: YearlyDraws, d0: number): void {
  const { gross, cost, fte, starts, D } = to;
  for (let t = 0; t < T; t++)
    for (let d = 0; d < n; d++) {
      const o = (t * n + d) * YEARS;
      const j = t * D + d0 + d;
      gross[j] = from[o + Y_GROSS]!;
      cost[j] = from[o + Y_COST]!;
      fte[j] = from[o + Y_FTE]!;
      starts[j] = from[o + Y_STARTS]!;
    }
}
