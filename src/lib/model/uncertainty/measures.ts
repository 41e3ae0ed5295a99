/** What the Monte Carlo keeps of each area, draw by draw. */

/** Totals over the window, per draw. Money at the scenario's prices and discount rate. */
export interface Measures {
  hospital: Float64Array;
  primaryCare: Float64Array;
  /** NHS benefits: hospital + primary care. */
  gross: Float64Array;
  wellbeing: Float64Array;
  cost: Float64Array;
  /** NHS net present value: gross - cost. */
  net: Float64Array;
  /** Societal net present value: net + wellbeing. */
  netSocietal: Float64Array;
  /** People supported (starts) and GP appointments released, counts. */
  starts: Float64Array;
  gpAppointments: Float64Array;
  wellbys: Float64Array;
}

export const MEASURES = [
  'hospital',
  'primaryCare',
  'gross',
  'wellbeing',
  'cost',
  'net',
  'netSocietal',
  'starts',
  'gpAppointments',
  'wellbys',
] as const satisfies readonly (keyof Measures)[];

/** Measures of D draws; those not in `kept` are empty (an area summarised by a few measures only). */
export function makeMeasures(
  D: number,
  kept: readonly (keyof Measures)[] = MEASURES,
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
): Measures {
  return Object.fromEntries(
    MEASURES.map((m) => [m, kept.includes(m) ? alloc(D) : new Float64Array(0)]),
  ) as unknown as Measures;
}

/** An area's values in each year, [t * D + d]: NHS benefits, cost, link workers, starts. */
export interface YearlyDraws {
  T: number;
  D: number;
  gross: Float64Array;
  cost: Float64Array;
  fte: Float64Array;
  starts: Float64Array;
}

export function makeYearly(
  T: number,
  D: number,
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
): YearlyDraws {
  const n = T * D;
  return { T, D, gross: alloc(n), cost: alloc(n), fte: alloc(n), starts: alloc(n) };
}
