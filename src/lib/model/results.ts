/** Shapes of the model's output. */

export type AreaKind = 'borough' | 'stp' | 'innerOuter' | 'london';

/**
 * One area's results. Arrays are indexed [cohort][service][year], following
 * COHORTS, SERVICES and the scenario's years. Money is at the scenario's
 * discount rate (cash when it is 0); grossCash and costCash are never discounted.
 */
export interface AreaResult {
  /** GSS code for boroughs and STPs; 'london', 'inner' or 'outer' for the other roll-ups. */
  id: string;
  name: string;
  kind: AreaKind;
  /** Member borough codes. */
  boroughs: string[];
  /** Adults 18+ in the first modelled year (for "per 1,000 adults"). */
  adults: number;
  /** All-age residents in the first modelled year (for "per head"). */
  residents: number;
  eligible: number[][];
  starts: number[][];
  active: number[][];
  gross: number[][][];
  cost: number[][];
  grossCash: number[];
  costCash: number[];
}

/** Where the cap "cumulative starts never exceed the eligible" changed the starts. */
export interface CapNote {
  borough: string;
  cohort: string;
  /** Financial-year label of the first capped year. */
  firstYear: string;
}

export interface RunResult {
  /** Financial-year labels, e.g. ["2017/18", ..., "2020/21"]. */
  years: string[];
  boroughs: AreaResult[];
  stps: AreaResult[];
  inner: AreaResult;
  outer: AreaResult;
  london: AreaResult;
  capped: CapNote[];
}
