/**
 * What the fast evaluation needs from the data and the scenario's structural
 * settings (horizon, population mode): everything that does not depend on a
 * drawn parameter, computed once per call.
 */
import type { Dataset } from '../../data/types.ts';
import { COHORTS, COHORT_INFO } from '../dimensions.ts';
import type { AreaKind } from '../results.ts';
import type { Scenario } from '../scenario.ts';
import { fyLabels, horizonYears } from '../years.ts';

export interface AreaInfo {
  id: string;
  name: string;
  kind: AreaKind;
}

export interface Plan {
  /** Modelled years. */
  T: number;
  years: string[];
  /** Number of boroughs, B. */
  B: number;
  /** London, Inner, Outer, the STPs, then the boroughs: the order of allAreas(run(...)). */
  areas: AreaInfo[];
  /** Base population of each borough and cohort, [b * C + c]. */
  basePop: Float64Array;
  /** Need index minus 1, [b * C + c], so need = 1 + alpha * needDelta. */
  needDelta: Float64Array;
  /**
   * True when every borough follows the same population path relative to 2016
   * (projected mode), so the starts and active profile per unit of eligible
   * population is shared by all boroughs.
   */
  shared: boolean;
  /** Population factor excluding growth at g, [b * T + t]: ONS estimate / 2016 (observed) or 1. */
  popRatio: Float64Array;
  /** Power of (1 + g) in year t, [b * T + t]. */
  growthPower: Int32Array;
  /** Roll-up accumulators: the STPs (0..S-1), then Inner (S) and Outer (S + 1). */
  rollups: number;
  stpOf: Int32Array;
  innerOuterOf: Int32Array;
  /** Area index of each accumulator; London (area 0) is Inner + Outer. */
  rollupArea: Int32Array;
  /** Area index of borough b is boroughArea + b. */
  boroughArea: number;
}

export function makePlan(scenario: Scenario, data: Dataset): Plan {
  const T = horizonYears(scenario.endYear);
  const B = data.boroughs.length;
  const C = COHORTS.length;
  const S = data.stps.length;
  const observed = scenario.population === 'observed';
  const basePop = new Float64Array(B * C);
  const needDelta = new Float64Array(B * C);
  const popRatio = new Float64Array(B * T).fill(1);
  const growthPower = new Int32Array(B * T);
  const stpIndex = new Map<string, number>();
  data.stps.forEach((s, i) => s.boroughs.forEach((code) => stpIndex.set(code, i)));
  const stpOf = new Int32Array(B);
  const innerOuterOf = new Int32Array(B);

  data.boroughs.forEach((b, bi) => {
    COHORTS.forEach((c, ci) => {
      basePop[bi * C + ci] = COHORT_INFO[c].base === 'adults18' ? b.adults18 : b.older65;
      needDelta[bi * C + ci] = b.needIndex[c] - 1;
    });
    const base = b.popAllAges[0] as number;
    const lastObserved = b.popAllAges.length - 1;
    for (let t = 1; t <= T; t++) {
      const known = observed ? Math.min(t, lastObserved) : 0;
      if (observed) popRatio[bi * T + t - 1] = (b.popAllAges[known] as number) / base;
      growthPower[bi * T + t - 1] = t - known;
    }
    const stp = stpIndex.get(b.code);
    if (stp === undefined) throw new Error(`Borough ${b.code} is in no STP`);
    stpOf[bi] = stp;
    innerOuterOf[bi] = b.innerOuter === 'Inner London' ? S : S + 1;
  });

  const areas: AreaInfo[] = [
    { id: 'london', name: 'London', kind: 'london' },
    { id: 'inner', name: 'Inner London', kind: 'innerOuter' },
    { id: 'outer', name: 'Outer London', kind: 'innerOuter' },
    ...data.stps.map((s) => ({ id: s.code, name: s.name, kind: 'stp' as const })),
    ...data.boroughs.map((b) => ({ id: b.code, name: b.name, kind: 'borough' as const })),
  ];
  const rollupArea = new Int32Array(S + 2);
  for (let i = 0; i < S; i++) rollupArea[i] = 3 + i;
  rollupArea[S] = 1;
  rollupArea[S + 1] = 2;
  return {
    T,
    years: fyLabels(scenario.endYear),
    B,
    areas,
    basePop,
    needDelta,
    shared: !observed,
    popRatio,
    growthPower,
    rollups: S + 2,
    stpOf,
    innerOuterOf,
    rollupArea,
    boroughArea: 3 + S,
  };
}

/** Index of an area in plan.areas; throws for an unknown id. */
export function areaIndex(plan: Plan, id: string): number {
  const i = plan.areas.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`Unknown area "${id}"`);
  return i;
}
