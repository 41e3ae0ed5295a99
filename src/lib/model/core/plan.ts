/**
 * What the model needs from the data and the scenario's settings: everything that
 * does not depend on a parameter value, worked out once per run as typed arrays.
 * The deterministic run and the Monte Carlo both start from it.
 */
import type { Dataset, PopulationVintage } from '../../data/types.ts';
import { WHOLE_ID } from '../../data/geography.ts';
import { COHORTS, COHORT_INFO } from '../dimensions.ts';
import { PARAMS, type ParamId } from '../parameters.ts';
import { linkWorkerPayIn, priceFactor } from '../prices.ts';
import type { AreaKind } from '../results.ts';
import type { ScenarioSettings } from '../scenario.ts';
import { horizonYears, yearLabels } from '../years.ts';

export interface AreaInfo {
  id: string;
  name: string;
  kind: AreaKind;
}

export interface Plan {
  settings: ScenarioSettings;
  /** Modelled years and their labels. */
  T: number;
  years: string[];
  /** Number of boroughs, B, and of cohorts, C. */
  B: number;
  C: number;
  /** 1 for social prescribing cohorts, whose starts link workers can limit. */
  isSp: Uint8Array;
  /** The whole (London), every group of every grouping in order (Inner, Outer, the ICBs), then the areas. */
  areas: AreaInfo[];
  /** The ONS vintage the population starts from. */
  vintage: PopulationVintage;
  /** Base population of each borough and cohort, [b * C + c]. */
  basePop: Float64Array;
  /** Need index minus 1, [b * C + c], so need = 1 + alpha * needDelta. */
  needDelta: Float64Array;
  /** Adults 18+ and residents of all ages in the base year, [b]. */
  adults: Float64Array;
  residents: Float64Array;
  /**
   * The adults each area's link workers in post are counted on, [b]: its adults, or, where
   * the data give registered patients, the whole's adults shared by registered patients
   * (so the whole keeps its link workers per 10,000 adults, and each area has its share).
   */
  lwBase: Float64Array;
  /** Population factor excluding growth at g, [b * T + t]: ONS estimate / base (observed) or 1. */
  popRatio: Float64Array;
  /** Power of (1 + g) in year t, [b * T + t]; at most maxPower. */
  growthPower: Int32Array;
  maxPower: number;
  /**
   * True when every borough's population path is borough 0's times a constant,
   * pathScale[b]: then a flow per unit of eligible scale is borough 0's flow times
   * that constant (the flow is homogeneous of degree 1 in the path), as in projected
   * mode (all 1) or when every year follows the same last ONS estimate.
   */
  shared: boolean;
  pathScale: Float64Array;
  /** What £1 of each money parameter is worth at the scenario's prices. */
  price: Partial<Record<ParamId, number>>;
  /** Link worker pay (ARRS maximum) in year t at the scenario's prices, [t]. */
  pay: Float64Array;
  /** Roll-up accumulators, one per group: group r is area 1 + r. */
  rollups: number;
  /** Groupings, G: borough b's accumulator in grouping g is groupOf[b * G + g]. */
  G: number;
  groupOf: Int32Array;
  /** Area index of each accumulator. */
  rollupArea: Int32Array;
  /** The accumulators whose sum is the whole (area 0): the first grouping's groups. */
  wholeParts: Int32Array;
  /** Area index of borough b is boroughArea + b. */
  boroughArea: number;
}

/** The vintage a scenario starts from: the latest whose base year is before its first year. */
export function vintageFor(data: Dataset, startYear: number): number {
  let chosen = 0;
  data.vintages.forEach((v, i) => {
    if (v.baseYear < startYear) chosen = i;
  });
  return chosen;
}

export function makePlan(settings: ScenarioSettings, data: Dataset): Plan {
  const { startYear, endYear } = settings;
  const T = horizonYears(startYear, endYear);
  const B = data.boroughs.length;
  const C = COHORTS.length;
  const { groupings } = data.geography;
  const G = groupings.length;
  const vi = vintageFor(data, startYear);
  const vintage = data.vintages[vi] as PopulationVintage;
  const observed = settings.population === 'observed';
  const basePop = new Float64Array(B * C);
  const needDelta = new Float64Array(B * C);
  const adults = new Float64Array(B);
  const residents = new Float64Array(B);
  const popRatio = new Float64Array(B * T).fill(1);
  const growthPower = new Int32Array(B * T);
  // Accumulator of each area in each grouping, numbering the groups in the geography's order.
  const accumulator = new Map<string, number>();
  let rollups = 0;
  groupings.forEach((g, gi) =>
    g.groups.forEach((group) => {
      for (const code of group.members) accumulator.set(`${gi} ${code}`, rollups);
      rollups++;
    }),
  );
  const groupOf = new Int32Array(B * G);
  const lastObserved = vintage.baseYear + vintage.years.length - 1;
  let maxPower = 0;

  data.boroughs.forEach((b, bi) => {
    const pop = b.populations[vi];
    if (!pop) throw new Error(`Borough ${b.code} has no population in vintage ${vintage.id}`);
    COHORTS.forEach((c, ci) => {
      basePop[bi * C + ci] = COHORT_INFO[c].base === 'adults18' ? pop.adults18 : pop.older65;
      needDelta[bi * C + ci] = pop.needIndex[c] - 1;
    });
    adults[bi] = pop.adults18;
    residents[bi] = pop.allAges[0] as number;
    for (let t = 0; t < T; t++) {
      // Year t is counted at the mid-year population of its first calendar year.
      const year = startYear + t;
      // A year before the base year (data that starts late) is counted at the base year's population.
      const known = observed ? Math.max(vintage.baseYear, Math.min(year, lastObserved)) : vintage.baseYear;
      if (observed && known > vintage.baseYear)
        popRatio[bi * T + t] = (pop.allAges[known - vintage.baseYear] as number) / (pop.allAges[0] as number);
      const power = Math.max(0, year - known);
      growthPower[bi * T + t] = power;
      if (power > maxPower) maxPower = power;
    }
    groupings.forEach((g, gi) => {
      const r = accumulator.get(`${gi} ${b.code}`);
      if (r === undefined) throw new Error(`${b.name} (${b.code}) is in no group of ${g.names.plural}`);
      groupOf[bi * G + gi] = r;
    });
  });

  const lwBase = linkWorkerBase(data, adults);
  const isSp = Uint8Array.from(COHORTS, (c) => (COHORT_INFO[c].programme === 'sp' ? 1 : 0));
  const price: Partial<Record<ParamId, number>> = {};
  for (const p of PARAMS)
    if (p.priceYear !== undefined) price[p.id] = priceFactor(data.deflators, p.priceYear, settings.priceYear);
  const pay = Float64Array.from({ length: T }, (_, t) =>
    linkWorkerPayIn(data.linkWorkerPay, data.deflators, startYear + t, settings.priceYear),
  );

  const { whole, leaf } = data.geography;
  const areas: AreaInfo[] = [
    { id: WHOLE_ID, name: whole.name, kind: whole.id },
    ...groupings.flatMap((g) => g.groups.map((group) => ({ id: group.code, name: group.name, kind: g.id }))),
    ...data.boroughs.map((b) => ({ id: b.code, name: b.name, kind: leaf.id })),
  ];
  const rollupArea = Int32Array.from({ length: rollups }, (_, r) => 1 + r);
  const wholeParts = Int32Array.from({ length: groupings[0]?.groups.length ?? 0 }, (_, r) => r);
  return {
    settings,
    T,
    years: yearLabels(startYear, endYear),
    B,
    C,
    isSp,
    areas,
    vintage,
    basePop,
    needDelta,
    adults,
    residents,
    lwBase,
    popRatio,
    growthPower,
    maxPower,
    ...sharing(popRatio, growthPower, B, T),
    price,
    pay,
    rollups,
    G,
    groupOf,
    rollupArea,
    wholeParts,
    boroughArea: 1 + rollups,
  };
}

/** Whether the boroughs' population paths are multiples of borough 0's, and by how much. */
export function sharing(
  popRatio: Float64Array,
  growthPower: Int32Array,
  B: number,
  T: number,
): { shared: boolean; pathScale: Float64Array } {
  const pathScale = new Float64Array(B).fill(1);
  let shared = true;
  for (let b = 1; b < B && shared; b++) {
    const r = popRatio[b * T]! / popRatio[0]!;
    pathScale[b] = r;
    for (let t = 0; t < T && shared; t++) {
      const i = b * T + t;
      if (
        growthPower[i] !== growthPower[t] ||
        Math.abs(popRatio[i]! - r * popRatio[t]!) > 1e-12 * popRatio[i]!
      )
        shared = false;
    }
  }
  return shared ? { shared, pathScale } : { shared, pathScale: pathScale.fill(1) };
}

/** Index of an area in plan.areas; throws for an unknown id. */
export function areaIndex(plan: Plan, id: string): number {
  const i = plan.areas.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`Unknown area "${id}"`);
  return i;
}

/** The adults link workers are counted on in each area: see Plan.lwBase. */
function linkWorkerBase(data: Dataset, adults: Float64Array): Float64Array {
  const registered = data.boroughs.map((b) => b.registered);
  if (!registered.every((r): r is number => r !== undefined && r > 0)) return adults.slice();
  const perPatient = adults.reduce((a, b) => a + b, 0) / registered.reduce((a, b) => a + b, 0);
  return Float64Array.from(registered, (r) => r * perPatient);
}
