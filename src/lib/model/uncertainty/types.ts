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

/** One area's Monte Carlo summary. Money at the scenario's discount rate, cumulative over the window. */
export interface AreaUncertainty {
  id: string;
  name: string;
  kind: AreaKind;
  gross: Interval;
  cost: Interval;
  net: Interval;
  /** Gross / cost over the draws with a cost; null when no draw had one. */
  roi: Interval | null;
  /** Share of draws in which cumulative net savings are above zero. */
  probNetPositive: number;
  /**
   * Per year of the whole horizon (not only the window); empty for areas other
   * than London and the selected area when options.yearly is 'selected'.
   */
  grossByYear: Interval[];
  costByYear: Interval[];
  netByYear: Interval[];
  /** Net savings summed from the first year of the horizon to each year (the yearly chart's line). */
  cumulativeNetByYear: Interval[];
}

export interface MonteCarloOptions {
  /** Number of draws (default 10,000). */
  draws?: number;
  /** Integer seed of the random numbers (default 1). */
  seed?: number;
  /** First year index counted in the cumulative figures (default 0, the first year). */
  from?: number;
  /** Area whose ROI histogram is returned besides London's (default 'london'). */
  areaId?: string;
  /** Bins of the ROI histograms (default 30). */
  bins?: number;
  /**
   * Which areas get percentiles per year: 'all' (default) or 'selected' (London
   * and areaId only, about three times faster: a map needs only the totals).
   */
  yearly?: 'all' | 'selected';
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  years: string[];
  from: number;
  /** The parameters drawn, with the range used (extended to include the current value). */
  varied: { id: ParamId; low: number; mode: number; high: number }[];
  /** London, Inner, Outer, the STPs, then the boroughs. */
  areas: AreaUncertainty[];
  /** ROI histograms keyed by area id: London and the selected area. */
  roiHistograms: Record<string, Histogram>;
}

/** One parameter's bar in the tornado chart. */
export interface TornadoRow {
  param: ParamId;
  label: string;
  low: number;
  high: number;
  current: number;
  /** Cumulative net savings with the parameter at its low and at its high, the rest at current values. */
  netAtLow: number;
  netAtHigh: number;
  swing: number;
}

export interface SensitivityOptions {
  /** First year index counted in cumulative net savings (default 0). */
  from?: number;
}
