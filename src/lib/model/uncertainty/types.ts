/** Shapes of the uncertainty and sensitivity results (MODEL.md section 6). */
import type { ParamId } from '../parameters.ts';
import type { AreaKind } from '../results.ts';

/** The 5th, 50th and 95th percentiles over the draws. */
export interface Interval {
  p5: number;
  p50: number;
  p95: number;
}

export interface Histogram {
  /** bins + 1 edges, ascending. */
  edges: number[];
  counts: number[];
}

/** One area's Monte Carlo summary. Money at the scenario's prices and discount rate, over the window. */
export interface AreaUncertainty {
  id: string;
  name: string;
  kind: AreaKind;
  /** NHS benefits, cost and NHS net present value. */
  gross: Interval;
  cost: Interval;
  net: Interval;
  /** NHS benefit-cost ratio over the draws with a cost; null when no draw had one. */
  bcrNhs: Interval | null;
  /** Share of draws in which the NHS net present value is above zero. */
  probNetPositive: number;
  /** The other measures: London and the selected area only (null for the rest). */
  detail: AreaDetail | null;
  /**
   * Per year of the whole horizon (not only the window); empty for areas other
   * than London and the selected area when options.yearly is 'selected'.
   */
  grossByYear: Interval[];
  costByYear: Interval[];
  netByYear: Interval[];
  /** Net present value summed from the first year of the horizon to each year (the yearly chart's line). */
  cumulativeNetByYear: Interval[];
}

/** The three kinds of value, people and link workers of an area, each with its range. */
export interface AreaDetail {
  hospital: Interval;
  primaryCare: Interval;
  wellbeing: Interval;
  netSocietal: Interval;
  bcrSocietal: Interval | null;
  /** Share of draws in which the societal net present value is above zero. */
  probSocietalPositive: number;
  peopleSupported: Interval;
  gpAppointments: Interval;
  wellbys: Interval;
  /** Link workers in the year with the most. */
  ftePeak: Interval;
  peopleSupportedByYear: Interval[];
  fteByYear: Interval[];
}

export interface MonteCarloOptions {
  /** Number of draws (default 10,000). */
  draws?: number;
  /** Integer seed of the random numbers (default 1). */
  seed?: number;
  /** First year index counted in the cumulative figures (default 0, the first year). */
  from?: number;
  /** Area whose ranges are worked out in full besides London's (default 'london'). */
  areaId?: string;
  /** Bins of the benefit-cost ratio histograms (default 30). */
  bins?: number;
  /**
   * Which areas get percentiles per year: 'all' (default) or 'selected' (London
   * and areaId only, faster: a map needs only the totals).
   */
  yearly?: 'all' | 'selected';
  /**
   * Which areas get ranges: 'every' (default) or 'summary' (the whole and areaId only,
   * worked out on classes of areas: see merge.ts).
   */
  scope?: 'every' | 'summary';
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  years: string[];
  from: number;
  /** The parameters drawn, with the range used (extended to include the current value). */
  varied: { id: ParamId; low: number; mode: number; high: number }[];
  /** Which areas are in `areas`: every one, or the whole and the selected area ('summary'). */
  scope: 'every' | 'summary';
  /** London, Inner, Outer, the ICBs, then the boroughs (with scope 'summary', the whole and the selected area only). */
  areas: AreaUncertainty[];
  /** NHS benefit-cost ratio histograms keyed by area id: London and the selected area. */
  bcrHistograms: Record<string, Histogram>;
}

/** One parameter's bar in the tornado chart. */
export interface TornadoRow {
  param: ParamId;
  label: string;
  low: number;
  high: number;
  current: number;
  /** NHS net present value with the parameter at its low and at its high, the rest at current values. */
  netAtLow: number;
  netAtHigh: number;
  swing: number;
}

export interface SensitivityOptions {
  /** First year index counted in the net present value (default 0). */
  from?: number;
}
