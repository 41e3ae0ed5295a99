/** Summary of one area's draws: percentiles, chance of net savings, ROI distribution. */
import type { AreaDraws } from './area-draws.ts';
import type { AreaInfo } from './plan.ts';
import { histogram } from './histogram.ts';
import type { Quantiler } from './quantiles.ts';
import type { AreaUncertainty, Histogram, Interval } from './types.ts';

const PS = [0.05, 0.5, 0.95] as const;

/** Work buffers of length D, reused from area to area. */
export interface Workspace {
  roi: Float64Array;
  /** Each draw's net savings summed over the years so far. */
  running: Float64Array;
  quantiles: Quantiler;
}

export function makeWorkspace(D: number, quantiles: Quantiler): Workspace {
  return { roi: new Float64Array(D), running: new Float64Array(D), quantiles };
}

function interval(w: Workspace, a: Float64Array): Interval {
  const [p5, p50, p95] = w.quantiles(a, PS) as [number, number, number];
  return { p5, p50, p95 };
}

/** Summarise an area from its draws; cumulative figures add the years from `from` on. */
export function summariseDraws(
  info: AreaInfo,
  draws: AreaDraws,
  T: number,
  from: number,
  w: Workspace,
  bins: number | null,
  yearly = true,
): { area: AreaUncertainty; roiHistogram: Histogram | null } {
  const grossByYear: Interval[] = [];
  const costByYear: Interval[] = [];
  const netByYear: Interval[] = [];
  const cumulativeNetByYear: Interval[] = [];
  const { running } = w;
  running.fill(0);
  for (let t = 0; yearly && t < T; t++) {
    const year = draws.year(t);
    grossByYear.push(interval(w, year.gross));
    costByYear.push(interval(w, year.cost));
    netByYear.push(interval(w, year.net));
    const { net } = year;
    for (let d = 0; d < running.length; d++) running[d]! += net[d]!;
    cumulativeNetByYear.push(interval(w, running));
  }

  const { gross, cost, net } = draws.total(from);
  const D = net.length;
  const { roi } = w;
  let positive = 0;
  let withCost = 0;
  for (let d = 0; d < D; d++) {
    if (net[d]! > 0) positive++;
    if (cost[d]! > 0) roi[withCost++] = gross[d]! / cost[d]!;
  }
  const roiDraws = roi.subarray(0, withCost);

  return {
    area: {
      id: info.id,
      name: info.name,
      kind: info.kind,
      gross: interval(w, gross),
      cost: interval(w, cost),
      net: interval(w, net),
      roi: withCost > 0 ? interval(w, roiDraws) : null,
      probNetPositive: positive / D,
      grossByYear,
      costByYear,
      netByYear,
      cumulativeNetByYear,
    },
    roiHistogram: bins !== null && withCost > 0 ? histogram(roiDraws, bins, 1) : null,
  };
}
