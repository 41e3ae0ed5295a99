/** Shapes of the model's output. */
import type { AreaInfo } from './core/plan.ts';
import type { AreaColumns } from './flat.ts';
import type { AreaSummary } from './summary.ts';

/** The id of an area's level in the dataset's geography: 'london', 'inner_outer', 'icb', 'borough'. */
export type AreaKind = string;

/**
 * One area's results. Arrays are indexed [cohort][service][year], following
 * COHORTS, SERVICES and the scenario's years. Money is at the scenario's prices and
 * discount rate (cash when it is 0); grossCash and costCash are never discounted.
 * People, link workers, appointments and WELLBYs are counts, never discounted.
 */
export interface AreaResult {
  /** The area's code (GSS for boroughs and ICBs), a group's id ('inner'), or WHOLE_ID for the whole. */
  id: string;
  name: string;
  kind: AreaKind;
  /** Member area codes. */
  boroughs: string[];
  /** Adults 18+ in the first modelled year (for "per 1,000 adults"). */
  adults: number;
  /** All-age residents in the first modelled year (for "per head"). */
  residents: number;
  /** Everyone in each cohort, [cohort][year]. */
  eligible: number[][];
  /** Those who would start, were there link workers enough, [cohort][year]. */
  demand: number[][];
  /** People supported: starts, [cohort][year]. */
  starts: number[][];
  /** Benefit-weighted participant-years, [cohort][year]. */
  active: number[][];
  /** NHS benefits counted (hospital activity avoided, and GP time where it counts), [cohort][service][year]. */
  gross: number[][][];
  /** Costs that follow starts (per start, or community activity), [cohort][year]. */
  cost: number[][];
  /** Link worker pay and overheads, [year]; 0 when costed per start. */
  workforceCost: number[];
  /** Link workers (full-time equivalent): needed (demand-led, per start) or in post (capacity-led), [year]. */
  fte: number[];
  /** GP appointments released, whether or not GP time counts as a benefit, [year]. */
  gpAppointments: number[];
  /** Wellbeing: WELLBYs, and their value, [year]. */
  wellbys: number[];
  wellbeing: number[];
  grossCash: number[];
  costCash: number[];
}

/** Where the cap "starts never exceed those eligible and not recently supported" changed the starts. */
export interface CapNote {
  borough: string;
  cohort: string;
  /** Financial-year label of the first capped year. */
  firstYear: string;
}

export interface RunResult {
  /** Financial-year labels, e.g. ["2017/18", ..., "2020/21"]. */
  readonly years: string[];
  /** The areas with rows (London's boroughs), in the dataset's order. Made whole on first get: views that cover every area read `columns`. */
  readonly boroughs: AreaResult[];
  /** Each grouping's groups, in the geography's order (Inner and Outer London, then the ICBs). */
  readonly groupings: { id: string; areas: AreaResult[] }[];
  /** The whole (London): the sum of the first grouping's groups. */
  readonly london: AreaResult;
  readonly capped: CapNote[];
  /** Every area's id, name and level, without results: the whole, the groups, then the areas. */
  readonly areaInfo: readonly AreaInfo[];
  /** The areas with rows (London's boroughs), in the dataset's order, without results. */
  readonly leaves: readonly AreaInfo[];
  /** Every area's scalar figures, one Float64Array each, indexed as `areaInfo`. */
  readonly columns: AreaColumns;
  /** Any area's results by id, made on first get. */
  readonly areas: ReadonlyMap<string, AreaResult>;
  /** Any area's summary by id, made on first get; its `columns` are this run's. */
  readonly summaries: Summaries;
  /** One grouping's groups, made without the other groupings'. */
  groupsOf(id: string): AreaResult[];
}

/** Summaries by area id, made on first get, with every area's scalar figures as columns. */
export interface Summaries extends ReadonlyMap<string, AreaSummary> {
  readonly columns: AreaColumns;
  /** Where an area is in the columns. */
  readonly index: ReadonlyMap<string, number>;
}
