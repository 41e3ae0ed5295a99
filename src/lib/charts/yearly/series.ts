/**
 * The yearly chart's data: each year's gross savings split into stacked segments
 * (by programme or by service), the programme cost and the cumulative net.
 * Pure, so the stacking can be tested against the model's own totals.
 */
import {
  COHORTS,
  COHORT_INFO,
  PROGRAMMES,
  PROGRAMME_LABEL,
  SERVICES,
  SERVICE_INFO,
  type AreaResult,
  type AreaSummary,
  type Interval,
} from '../../model/index.ts';
import { SERIES } from '../../palette.ts';
import type { StackBy } from '../../state/view-state.ts';

export interface SeriesDef {
  key: string;
  label: string;
  /** For the legend. */
  short: string;
  colour: string;
}

export interface Segment {
  key: string;
  value: number;
  /** Stacked from y0 to y1 (positives upwards from zero, negatives downwards). */
  y0: number;
  y1: number;
}

export interface YearDatum {
  year: string;
  index: number;
  segments: Segment[];
  gross: number;
  cost: number;
  net: number;
  cumulativeNet: number;
  /** The 90% range of cumulative net savings over the Monte Carlo runs (5th and 95th percentiles): in every year or none. */
  netLow?: number;
  netHigh?: number;
}

/** The stacked series in drawing order (bottom first). */
export function stackSeries(stack: StackBy): SeriesDef[] {
  return stack === 'programme'
    ? PROGRAMMES.map((p) => ({
        key: p,
        label: PROGRAMME_LABEL[p],
        short: PROGRAMME_LABEL[p],
        colour: SERIES[p],
      }))
    : SERVICES.map((s) => ({
        key: s,
        label: SERVICE_INFO[s].label,
        short: SERVICE_INFO[s].short,
        colour: SERIES[s],
      }));
}

/** Gross savings of one segment in year t. */
function segmentValue(area: AreaResult, stack: StackBy, key: string, t: number): number {
  let v = 0;
  area.gross.forEach((byService, ci) => {
    const cohort = COHORTS[ci];
    if (stack === 'programme' && (cohort === undefined || COHORT_INFO[cohort].programme !== key)) return;
    byService.forEach((ys, si) => {
      if (stack === 'service' && SERVICES[si] !== key) return;
      v += ys[t] ?? 0;
    });
  });
  return v;
}

export function yearlySeries(
  area: AreaResult,
  summary: AreaSummary,
  years: readonly string[],
  stack: StackBy,
  /** Cumulative net savings per year over the runs; ignored unless there is one for every year. */
  band: readonly Interval[] | null = null,
): YearDatum[] {
  const defs = stackSeries(stack);
  const ranges = band?.length === years.length ? band : null;
  return years.map((year, t) => {
    let up = 0;
    let down = 0;
    const segments = defs.map(({ key }) => {
      const value = segmentValue(area, stack, key, t);
      const y0 = value >= 0 ? up : down;
      if (value >= 0) up += value;
      else down += value;
      return { key, value, y0, y1: y0 + value };
    });
    return {
      year,
      index: t,
      segments,
      gross: summary.grossByYear[t] ?? 0,
      cost: summary.costByYear[t] ?? 0,
      net: summary.netByYear[t] ?? 0,
      cumulativeNet: summary.cumulativeNet[t] ?? 0,
      ...(ranges ? { netLow: ranges[t]?.p5 ?? 0, netHigh: ranges[t]?.p95 ?? 0 } : {}),
    };
  });
}

/** Smallest and largest value of the bars panel (every segment and the cost, with zero); £0 to £1m when all are zero. */
export function barsExtent(data: readonly YearDatum[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const d of data) {
    for (const s of d.segments) {
      lo = Math.min(lo, s.y0, s.y1);
      hi = Math.max(hi, s.y0, s.y1);
    }
    lo = Math.min(lo, d.cost);
    hi = Math.max(hi, d.cost);
  }
  return hi === lo ? [0, 1e6] : [lo, hi];
}

/**
 * Smallest and largest value of the net panel: the net present value to date and its
 * runs' range, with zero; £0 to £1m when all are zero. `reserve`, the latest known range
 * of the runs, is kept in view even while it is out of date and not drawn, so the axis
 * does not jump each time the band goes and comes back.
 */
export function netExtent(
  data: readonly YearDatum[],
  reserve: readonly Interval[] | null = null,
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const d of data) {
    lo = Math.min(lo, d.cumulativeNet, d.netLow ?? 0);
    hi = Math.max(hi, d.cumulativeNet, d.netHigh ?? 0);
  }
  if (reserve?.length === data.length) {
    for (const r of reserve) {
      lo = Math.min(lo, r.p5);
      hi = Math.max(hi, r.p95);
    }
  }
  return hi === lo ? [0, 1e6] : [lo, hi];
}
