/**
 * The deterministic model: a pure function (scenario, data) -> result. It is the
 * Monte Carlo's own evaluation (plan, terms, people flow) at a single draw, expanded
 * into cohorts, services and years. No I/O, no DOM, no globals.
 */
import type { Dataset } from '../data/types.ts';
import { WHOLE_ID } from '../data/geography.ts';
import { COHORTS, SERVICES } from './dimensions.ts';
import { PARAMS } from './parameters.ts';
import { assertValidScenario, type Scenario, type ScenarioSettings } from './scenario.ts';
import type { AreaResult, CapNote, RunResult } from './results.ts';
import { rollUp } from './aggregate.ts';
import { makePlan, type Plan } from './core/plan.ts';
import { columnsOf, drawTerms, eligibleScale, type DrawTerms } from './core/terms.ts';
import { flowProfile, makeFlow, makeFlowWork, type Flow, type FlowWork } from './core/flow.ts';
import { boroughCapacity } from './core/capacity.ts';

const IDS = PARAMS.map((p) => p.id);

const filled = (T: number) => new Array<number>(T).fill(0);

function runBorough(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  flows: { sp: Flow; epp: Flow },
  work: FlowWork,
  name: string,
  code: string,
  capped: CapNote[],
): AreaResult {
  const { T, C, settings } = plan;
  const capacity = boroughCapacity(plan, terms, b);
  flowProfile(plan, terms, b, capacity, flows.sp, work);
  flowProfile(plan, terms, b, null, flows.epp, work);
  const row = b * T;
  // The population path u[t] of this borough.
  const u = new Array<number>(T);
  for (let t = 0; t < T; t++) u[t] = plan.popRatio[row + t]! * terms.growthPow[plan.growthPower[row + t]!]!;
  const eligible: number[][] = [];
  const demand: number[][] = [];
  const starts: number[][] = [];
  const active: number[][] = [];
  const gross: number[][][] = [];
  const cost: number[][] = [];
  const gpAppointments = filled(T);
  const wellbys = filled(T);
  const wellbeing = filled(T);
  const grossCash = filled(T);
  const costCash = filled(T);
  const spStarts = filled(T);
  const scale = new Float64Array(1);
  const wellbyValue = terms.wellbyValue[0]!;

  for (let c = 0; c < C; c++) {
    const flow = plan.isSp[c] ? flows.sp : flows.epp;
    const A = eligibleScale(plan, terms, b, c, scale)[0]!;
    const e = new Array<number>(T);
    const dm = new Array<number>(T);
    const st = new Array<number>(T);
    const act = new Array<number>(T);
    const perStart = terms.costPerStart[c]!;
    const gp = terms.gpAppointments[c]!;
    const wb = terms.wellbys[c]!;
    const cohortCost = new Array<number>(T);
    let firstCapped: number | null = null;
    for (let t = 0; t < T; t++) {
      const s = A * flow.starts[t]!;
      const a = A * flow.active[t]!;
      e[t] = A * u[t]!;
      dm[t] = A * flow.demand[t]!;
      st[t] = s;
      act[t] = a;
      // Would the start rate alone have asked for more? Then the cap on the eligible bound.
      if (firstCapped === null && flow.demand[t]! < u[t]! * terms.startShare[t]! * (1 - 1e-12))
        firstCapped = t;
      if (plan.isSp[c]) spStarts[t] = spStarts[t]! + s;
      gpAppointments[t] = gpAppointments[t]! + a * gp;
      const w = a * wb;
      wellbys[t] = wellbys[t]! + w;
      wellbeing[t] = wellbeing[t]! + w * wellbyValue * terms.discount[t]!;
      const cash = s * perStart;
      costCash[t] = costCash[t]! + cash;
      cohortCost[t] = cash * terms.discount[t]!;
    }
    if (firstCapped !== null && A > 0)
      capped.push({
        borough: code,
        cohort: COHORTS[c] as string,
        firstYear: plan.years[firstCapped] as string,
      });
    const byService: number[][] = [];
    for (let s = 0; s < SERVICES.length; s++) {
      const perYear = terms.value[c * SERVICES.length + s]!;
      const ys = new Array<number>(T);
      for (let t = 0; t < T; t++) {
        const cash = act[t]! * perYear;
        grossCash[t] = grossCash[t]! + cash;
        ys[t] = cash * terms.discount[t]!;
      }
      byService.push(ys);
    }
    eligible.push(e);
    demand.push(dm);
    starts.push(st);
    active.push(act);
    gross.push(byService);
    cost.push(cohortCost);
  }

  const capacityLed = settings.delivery === 'capacityLed';
  const fte = new Array<number>(T);
  const workforceCost = new Array<number>(T);
  for (let t = 0; t < T; t++) {
    const f = capacityLed
      ? terms.ftePerAdult[0]! * plan.adults[b]! * u[t]!
      : spStarts[t]! / terms.caseload[0]!;
    fte[t] = f;
    const cash = f * terms.fteCost[t]!;
    costCash[t] = costCash[t]! + cash;
    workforceCost[t] = cash * terms.discount[t]!;
  }
  return {
    id: code,
    name,
    kind: plan.areas[plan.boroughArea + b]!.kind,
    boroughs: [code],
    adults: plan.adults[b]! * u[0]!,
    residents: plan.residents[b]! * u[0]!,
    eligible,
    demand,
    starts,
    active,
    gross,
    cost,
    workforceCost,
    fte,
    gpAppointments,
    wellbys,
    wellbeing,
    grossCash,
    costCash,
  };
}

/** The last plan made: a slider step changes values, not the settings or data a plan rests on. */
let lastPlan: { settings: ScenarioSettings; data: Dataset; plan: Plan } | null = null;

function planFor(settings: ScenarioSettings, data: Dataset): Plan {
  const last = lastPlan;
  if (last && last.data === data && SETTING_KEYS.every((k) => last.settings[k] === settings[k]))
    return last.plan;
  // Only the settings: the plan must not hold on to one scenario's values.
  const own = Object.fromEntries(SETTING_KEYS.map((k) => [k, settings[k]])) as unknown as ScenarioSettings;
  const plan = makePlan(own, data);
  lastPlan = { settings: own, data, plan };
  return plan;
}

const SETTING_KEYS = [
  'startYear',
  'endYear',
  'population',
  'priceYear',
  'delivery',
  'services',
  'unitCosts',
] as const satisfies readonly (keyof ScenarioSettings)[];

/** Run the model. Throws ScenarioError for a scenario outside the parameter ranges. */
export function run(scenario: Scenario, data: Dataset): RunResult {
  assertValidScenario(scenario);
  const plan = planFor(scenario, data);
  const terms = drawTerms(plan, columnsOf([scenario.values], IDS), 1);
  const flows = { sp: makeFlow(plan.T, 1), epp: makeFlow(plan.T, 1) };
  const work = makeFlowWork(1);
  const capped: CapNote[] = [];
  const boroughs = data.boroughs.map((b, i) =>
    runBorough(plan, terms, i, flows, work, b.name, b.code, capped),
  );
  const byCode = new Map(boroughs.map((r) => [r.id, r]));
  const pick = (codes: string[]) => codes.map((code) => byCode.get(code) as AreaResult);
  const { whole, groupings } = data.geography;
  const grouped = groupings.map((g) => ({
    id: g.id,
    areas: g.groups.map((group) => rollUp(group.code, group.name, g.id, pick(group.members))),
  }));
  return {
    years: plan.years,
    boroughs,
    groupings: grouped,
    // Every area is in one group of the first grouping: the whole is their sum.
    london: rollUp(WHOLE_ID, whole.name, whole.id, grouped[0]?.areas ?? boroughs),
    capped,
  };
}

/** Every area of a result: the whole, every grouping's groups, then the areas (London, Inner, Outer, the ICBs, the boroughs). */
export function allAreas(r: RunResult): AreaResult[] {
  return [r.london, ...r.groupings.flatMap((g) => g.areas), ...r.boroughs];
}

/** One grouping's groups (the ICBs: 'icb'); none for an id the geography lacks. */
export function groupsOf(r: RunResult, id: string): AreaResult[] {
  return r.groupings.find((g) => g.id === id)?.areas ?? [];
}

/** An area by id: WHOLE_ID ('london'), a group's id ('inner', an ICB's E54 code) or an area's code. */
export function findArea(r: RunResult, id: string): AreaResult | undefined {
  return allAreas(r).find((a) => a.id === id);
}
