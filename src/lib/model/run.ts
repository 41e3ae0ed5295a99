/**
 * The model of MODEL.md section 3: a pure function (scenario, data) -> result.
 * No I/O, no DOM, no globals, so it runs unchanged in node, a CLI and a worker.
 */
import type { Borough, Dataset } from '../data/types.ts';
import { COHORTS, COHORT_INFO, SERVICES } from './dimensions.ts';
import type { ParamValues } from './parameters.ts';
import { assertValidScenario, type Scenario } from './scenario.ts';
import { fyLabels, horizonYears } from './years.ts';
import type { AreaResult, CapNote, RunResult } from './results.ts';
import { rollUp } from './aggregate.ts';

/** Population growth factor for years t = 1..T relative to mid-2016 (index 0 is t = 1). */
export function growthFactors(b: Borough, scenario: Scenario, T: number): number[] {
  const g = scenario.values.growth;
  const observed = scenario.population === 'observed';
  const base = b.popAllAges[0] as number;
  const lastObserved = b.popAllAges.length - 1;
  return Array.from({ length: T }, (_, i) => {
    const t = i + 1;
    if (!observed) return (1 + g) ** t;
    const known = Math.min(t, lastObserved);
    return ((b.popAllAges[known] as number) / base) * (1 + g) ** (t - known);
  });
}

/** Share of a year's benefit n years after starting: w(0) = firstYearFraction, then 1 while n < duration. */
function weight(n: number, v: ParamValues): number {
  if (n >= v.duration) return 0;
  return n === 0 ? v.firstYearFraction : 1;
}

/** Saving per active participant-year for each cohort and service, before discounting. */
export function savingPerActiveYear(v: ParamValues): number[][] {
  return COHORTS.map((c) => {
    const prog = COHORT_INFO[c].programme;
    return SERVICES.map(
      (s) =>
        v[`use_${c}_${s}`] * v[`cost_${s}`] * v.uplift * v[`eff_${prog}_${s}`] * (1 - v.benefitShortfall),
    );
  });
}

function runBorough(
  b: Borough,
  scenario: Scenario,
  T: number,
  saving: number[][],
  capped: CapNote[],
): AreaResult {
  const v = scenario.values;
  const years = fyLabels(scenario.endYear);
  const growth = growthFactors(b, scenario, T);
  const discount = growth.map((_, i) => 1 / (1 + v.discount) ** (i + 1));
  const eligible: number[][] = [];
  const starts: number[][] = [];
  const active: number[][] = [];
  const gross: number[][][] = [];
  const cost: number[][] = [];
  const grossCash = new Array<number>(T).fill(0);
  const costCash = new Array<number>(T).fill(0);

  COHORTS.forEach((c, ci) => {
    const info = COHORT_INFO[c];
    const basePop = info.base === 'adults18' ? b.adults18 : b.older65;
    const need = 1 + v.alpha * (b.needIndex[c] - 1);
    const costPerStart = v[`costPerStart_${info.programme}`] * (1 + v.costOverrun);
    const e = growth.map((f) => basePop * f * v[`share_${c}`] * v.k * need);
    const st: number[] = [];
    let cumulative = 0;
    let firstCapped: number | null = null;
    for (let i = 0; i < T; i++) {
      const rate = v.startRate * Math.min(1, (i + 1) / v.rampYears);
      const wanted = (e[i] as number) * rate * v.uptake;
      const room = Math.max(0, (e[i] as number) - cumulative);
      if (wanted > room * (1 + 1e-12) && firstCapped === null) firstCapped = i;
      const s = Math.min(wanted, room);
      st.push(s);
      cumulative += s;
    }
    if (firstCapped !== null)
      capped.push({ borough: b.code, cohort: c, firstYear: years[firstCapped] as string });
    const act = new Array<number>(T).fill(0);
    for (let t = 0; t < T; t++) {
      let a = 0;
      for (let j = 0; j <= t; j++) a += (st[j] as number) * weight(t - j, v);
      act[t] = a;
    }
    eligible.push(e);
    starts.push(st);
    active.push(act);
    const sav = saving[ci] as number[];
    const byService: number[][] = [];
    for (const perYear of sav) {
      const ys = new Array<number>(T);
      for (let t = 0; t < T; t++) {
        const cash = (act[t] as number) * perYear;
        grossCash[t] = (grossCash[t] as number) + cash;
        ys[t] = cash * (discount[t] as number);
      }
      byService.push(ys);
    }
    gross.push(byService);
    const cohortCost = new Array<number>(T);
    for (let t = 0; t < T; t++) {
      const cash = (st[t] as number) * costPerStart;
      costCash[t] = (costCash[t] as number) + cash;
      cohortCost[t] = cash * (discount[t] as number);
    }
    cost.push(cohortCost);
  });

  return {
    id: b.code,
    name: b.name,
    kind: 'borough',
    boroughs: [b.code],
    adults: b.adults18 * (growth[0] as number),
    residents: (b.popAllAges[0] as number) * (growth[0] as number),
    eligible,
    starts,
    active,
    gross,
    cost,
    grossCash,
    costCash,
  };
}

/** Run the model. Throws ScenarioError for a scenario outside the parameter ranges. */
export function run(scenario: Scenario, data: Dataset): RunResult {
  assertValidScenario(scenario);
  const T = horizonYears(scenario.endYear);
  const saving = savingPerActiveYear(scenario.values);
  const capped: CapNote[] = [];
  const boroughs = data.boroughs.map((b) => runBorough(b, scenario, T, saving, capped));
  const byCode = new Map(boroughs.map((r) => [r.id, r]));
  const pick = (codes: string[]) => codes.map((code) => byCode.get(code) as AreaResult);
  const inOuter = (io: Borough['innerOuter']) =>
    pick(data.boroughs.filter((b) => b.innerOuter === io).map((b) => b.code));
  return {
    years: fyLabels(scenario.endYear),
    boroughs,
    stps: data.stps.map((s) => rollUp(s.code, s.name, 'stp', pick(s.boroughs))),
    inner: rollUp('inner', 'Inner London', 'innerOuter', inOuter('Inner London')),
    outer: rollUp('outer', 'Outer London', 'innerOuter', inOuter('Outer London')),
    london: rollUp('london', 'London', 'london', boroughs),
    capped,
  };
}

/** Every area of a result: London, Inner, Outer, the STPs, then the boroughs. */
export function allAreas(r: RunResult): AreaResult[] {
  return [r.london, r.inner, r.outer, ...r.stps, ...r.boroughs];
}

/** An area by id: 'london', 'inner', 'outer', an STP's E54 code or a borough's E09 code. */
export function findArea(r: RunResult, id: string): AreaResult | undefined {
  return allAreas(r).find((a) => a.id === id);
}
