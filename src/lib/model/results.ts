/** Shapes of the model's output. */

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
  years: string[];
  /** The areas with rows (London's boroughs), in the dataset's order. */
  boroughs: AreaResult[];
  /** Each grouping's groups, in the geography's order (Inner and Outer London, then the ICBs). */
  groupings: { id: string; areas: AreaResult[] }[];
  /** The whole (London): the sum of the first grouping's groups. */
  london: AreaResult;
  capped: CapNote[];
}
