/**
 * The deterministic model: a pure function (scenario, data) -> result. It is the
 * Monte Carlo's own evaluation (plan, terms, people flow) at a single draw, expanded
 * into cohorts, services and years. No I/O, no DOM, no globals but reused scratch.
 *
 * A run computes every area flat (flat.ts) in buffers of a fixed number: each area
 * in turn into one scratch block, its scalar figures into columns (one Float64Array per
 * figure, indexed by area), and into its groups' blocks, which are then summed into the
 * whole in the order the nested roll-ups used. Nested results and summaries are made
 * only for the areas asked for, on first get, and kept for the run.
 */
import type { Dataset } from '../data/types.ts';
import { PARAMS } from './parameters.ts';
import { assertValidScenario, type Scenario, type ScenarioSettings } from './scenario.ts';
import type { AreaResult, CapNote, RunResult, Summaries } from './results.ts';
import { makePlan, type AreaInfo, type Plan } from './core/plan.ts';
import { columnsOf, drawTerms, type DrawTerms } from './core/terms.ts';
import { SERVICES, SERVICE_INFO } from './dimensions.ts';
import {
  addArea,
  expandInto,
  layoutOf,
  leafInto,
  makeColumns,
  makeLeafWork,
  makeScalarWork,
  scalarsInto,
  toAreaResult as toArea,
  type AreaColumns,
  type Layout,
  type LeafWork,
  type ScalarWork,
} from './flat.ts';
import { LazyAreaMap } from './area-map.ts';
import { runLeaves, type CohortValues } from './leaves.ts';
import { summarise, type AreaSummary } from './summary.ts';

const IDS = PARAMS.map((p) => p.id);

/**
 * The quick route for areas on one shared population path (pieces.ts), which keeps thousands
 * of areas within a few milliseconds. The page loads it with a file of many areas
 * (areas/quick-route.ts), so London's first load does not carry it; without it the same figures
 * (to 1e-12) come from each area's own flow (leaves.ts).
 */
let sharedPathRoute: typeof runLeaves | null = null;

/** Use `route` (pieces.ts's runSharedLeaves) for plans on a shared path; null: each area's own flow. */
export function useSharedPathRoute(route: typeof runLeaves | null): void {
  sharedPathRoute = route;
}

/** What a plan's areas look like to a result: ids in order, where each is, its members. */
interface Shape {
  ids: string[];
  index: Map<string, number>;
  /** Member area codes of each area (the whole, each group, each leaf). */
  members: string[][];
  /** Each grouping's id and its groups' area indices. */
  groupings: { id: string; areas: number[] }[];
  leaves: AreaInfo[];
}

const shapes = new WeakMap<Plan, Shape>();

function shapeOf(plan: Plan, data: Dataset): Shape {
  const known = shapes.get(plan);
  if (known) return known;
  const ids = plan.areas.map((a) => a.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const groupings = data.geography.groupings.map((g) => ({
    id: g.id,
    areas: g.groups.map((group) => index.get(group.code) as number),
  }));
  const groupMembers = data.geography.groupings.flatMap((g) => g.groups.map((group) => [...group.members]));
  const leafCodes = data.boroughs.map((b) => [b.code]);
  const first = data.geography.groupings[0];
  const whole = first ? first.groups.flatMap((g) => g.members) : data.boroughs.map((b) => b.code);
  const shape: Shape = {
    ids,
    index,
    members: [whole, ...groupMembers, ...leafCodes],
    groupings,
    leaves: plan.areas.slice(plan.boroughArea),
  };
  shapes.set(plan, shape);
  return shape;
}

/** Scratch shared by every run of one layout: nothing a result keeps. */
let scratch: { L: Layout; leaf: Float64Array; work: LeafWork; scalars: ScalarWork } | null = null;

function scratchFor(T: number, C: number) {
  if (scratch?.L.T !== T || scratch.L.C !== C) {
    const L = layoutOf(T, C);
    scratch = { L, leaf: new Float64Array(L.K), work: makeLeafWork(T), scalars: makeScalarWork(T) };
  }
  return scratch;
}

/** Every area's summary, made on first get; `columns` holds every area's scalar figures. */
export class RunSummaries extends LazyAreaMap<AreaSummary> implements Summaries {
  constructor(
    ids: readonly string[],
    index: ReadonlyMap<string, number>,
    make: (i: number) => AreaSummary,
    readonly columns: AreaColumns,
  ) {
    super(ids, index, make);
  }
}

class ModelRun implements RunResult {
  readonly years: string[];
  readonly capped: CapNote[];
  readonly columns: AreaColumns;
  readonly areaInfo: readonly AreaInfo[];
  readonly leaves: readonly AreaInfo[];
  readonly areas: LazyAreaMap<AreaResult>;
  readonly summaries: RunSummaries;
  readonly #shape: Shape;
  #boroughs: AreaResult[] | null = null;
  #groupings: { id: string; areas: AreaResult[] }[] | null = null;

  constructor(
    private readonly plan: Plan,
    private readonly terms: DrawTerms,
    shape: Shape,
    /** The whole and the groups, flat, K values each, in the plan's order. */
    private readonly rollups: Float64Array,
    columns: AreaColumns,
    capped: CapNote[],
  ) {
    this.years = plan.years;
    this.capped = capped;
    this.columns = columns;
    this.areaInfo = plan.areas;
    this.leaves = shape.leaves;
    this.#shape = shape;
    this.areas = new LazyAreaMap(shape.ids, shape.index, (i) => this.#make(i));
    this.summaries = new RunSummaries(
      shape.ids,
      shape.index,
      (i) => summarise(this.areas.get(shape.ids[i] as string) as AreaResult),
      columns,
    );
  }

  #make(i: number): AreaResult {
    const { plan } = this;
    const L = scratchFor(plan.T, plan.C).L;
    const info = plan.areas[i] as AreaInfo;
    const members = [...(this.#shape.members[i] as string[])];
    if (i < plan.boroughArea) return toArea(this.rollups, i * L.K, L, info, members);
    const own = new Float64Array(L.K);
    leafInto(plan, this.terms, L, i - plan.boroughArea, own, 0, scratchFor(plan.T, plan.C).work, null);
    return toArea(own, 0, L, info, members);
  }

  get london(): AreaResult {
    return this.areas.get(this.#shape.ids[0] as string) as AreaResult;
  }

  get boroughs(): AreaResult[] {
    this.#boroughs ??= this.leaves.map((a) => this.areas.get(a.id) as AreaResult);
    return this.#boroughs;
  }

  get groupings(): { id: string; areas: AreaResult[] }[] {
    this.#groupings ??= this.#shape.groupings.map((g) => ({ id: g.id, areas: this.groupsOf(g.id) }));
    return this.#groupings;
  }

  /** One grouping's groups (none for an id the geography lacks), made without the others. */
  groupsOf(id: string): AreaResult[] {
    const g = this.#shape.groupings.find((x) => x.id === id);
    return g ? g.areas.map((i) => this.areas.get(this.#shape.ids[i] as string) as AreaResult) : [];
  }

  toJSON() {
    return {
      years: this.years,
      boroughs: this.boroughs,
      groupings: this.groupings,
      london: this.london,
      capped: this.capped,
    };
  }
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

function cohortValues(plan: Plan, terms: DrawTerms): CohortValues {
  const { C } = plan;
  const S = SERVICES.length;
  const out = {
    hospital: new Float64Array(C),
    primary: new Float64Array(C),
    perStart: new Float64Array(C),
    wellbeing: new Float64Array(C),
  };
  for (let c = 0; c < C; c++) {
    for (let s = 0; s < S; s++) {
      const v = terms.value[c * S + s]!;
      if (SERVICE_INFO[SERVICES[s]!].payer === 'primary') out.primary[c] = out.primary[c]! + v;
      else out.hospital[c] = out.hospital[c]! + v;
    }
    out.perStart[c] = terms.costPerStart[c]!;
    out.wellbeing[c] = terms.wellbys[c]! * terms.wellbyValue[0]!;
  }
  return out;
}

/** Run the model. Throws ScenarioError for a scenario outside the parameter ranges. */
/**
 * The last run, for a run of the same values and settings on the same data: the first
 * screen runs the evidence-based preset twice (its claim-and-evidence table and the
 * explorer below it), and a result is never changed once made.
 */
let lastRun: { scenario: Scenario; data: Dataset; result: RunResult } | null = null;

function sameRun(a: Scenario, b: Scenario): boolean {
  return SETTING_KEYS.every((k) => a[k] === b[k]) && IDS.every((id) => a.values[id] === b.values[id]);
}

export function run(scenario: Scenario, data: Dataset): RunResult {
  const last = lastRun;
  if (last && last.data === data && sameRun(last.scenario, scenario)) return last.result;
  const result = runAfresh(scenario, data);
  lastRun = {
    scenario: { ...scenario, values: { ...scenario.values } },
    data,
    result,
  };
  return result;
}

function runAfresh(scenario: Scenario, data: Dataset): RunResult {
  assertValidScenario(scenario);
  const plan = planFor(scenario, data);
  const shape = shapeOf(plan, data);
  const terms = drawTerms(plan, columnsOf([scenario.values], IDS), 1);
  const { L, scalars } = scratchFor(plan.T, plan.C);
  const { K } = L;
  const { B, G, groupOf, rollupArea, wholeParts, boroughArea } = plan;
  const capped: CapNote[] = [];
  // The whole and each group: the sums of their areas' people, then their results worked out from them.
  const rollups = new Float64Array(boroughArea * K);
  const columns = makeColumns(plan.areas.length);
  // Each area's blocks: its group in each grouping, or the whole when there are no groupings.
  const N = Math.max(1, G);
  const blockOf = new Int32Array(B * N);
  for (let b = 0; b < B; b++)
    for (let g = 0; g < G; g++) blockOf[b * N + g] = rollupArea[groupOf[b * G + g]!]! * K;
  (plan.shared && sharedPathRoute ? sharedPathRoute : runLeaves)(
    plan,
    terms,
    L,
    cohortValues(plan, terms),
    rollups,
    blockOf,
    N,
    columns,
    capped,
  );
  // Every area is in one group of the first grouping: the whole is their sum, group by group.
  if (G > 0)
    for (let p = 0; p < wholeParts.length; p++) {
      const a = rollupArea[wholeParts[p]!]!;
      addArea(rollups, 0, rollups, a * K, K, p === 0);
    }
  for (let a = 0; a < boroughArea; a++) {
    expandInto(plan, terms, L, rollups, a * K);
    scalarsInto(rollups, a * K, L, columns, a, scalars);
  }
  return new ModelRun(plan, terms, shape, rollups, columns, capped);
}

/** Every area of a result: the whole, every grouping's groups, then the areas (London, Inner, Outer, the ICBs, the boroughs). */
export function allAreas(r: RunResult): AreaResult[] {
  return [r.london, ...r.groupings.flatMap((g) => g.areas), ...r.boroughs];
}

/** One grouping's groups (the ICBs: 'icb'); none for an id the geography lacks. */
export function groupsOf(r: RunResult, id: string): AreaResult[] {
  return r.groupsOf(id);
}

/** An area by id: WHOLE_ID ('london'), a group's id ('inner', an ICB's E54 code) or an area's code. */
export function findArea(r: RunResult, id: string): AreaResult | undefined {
  return r.areas.get(id);
}
