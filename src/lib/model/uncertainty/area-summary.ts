/** Summary of one area's draws: percentiles, chance of a positive net present value, benefit-cost ratios. */
import type { AreaInfo } from '../core/plan.ts';
import { histogram } from './histogram.ts';
import type { Measures, YearlyDraws } from './measures.ts';
import type { Quantiler } from './quantiles.ts';
import type { AreaDetail, AreaUncertainty, Histogram, Interval } from './types.ts';

const PS = [0.05, 0.5, 0.95] as const;

/** Work buffers of length D, reused from area to area. */
export interface Workspace {
  ratio: Float64Array;
  /** Each draw's value summed over the years so far, or its most in any year. */
  running: Float64Array;
  year: Float64Array;
  quantiles: Quantiler;
}

export function makeWorkspace(D: number, quantiles: Quantiler): Workspace {
  return { ratio: new Float64Array(D), running: new Float64Array(D), year: new Float64Array(D), quantiles };
}

function interval(w: Workspace, a: Float64Array): Interval {
  const [p5, p50, p95] = w.quantiles(a, PS) as [number, number, number];
  return { p5, p50, p95 };
}

/** Benefit / cost over the draws with a cost, into w.ratio; returns how many. */
function ratios(w: Workspace, benefit: Float64Array, cost: Float64Array): Float64Array {
  let n = 0;
  for (let d = 0; d < cost.length; d++) if (cost[d]! > 0) w.ratio[n++] = benefit[d]! / cost[d]!;
  return w.ratio.subarray(0, n);
}

function share(a: Float64Array, test: (x: number) => boolean): number {
  let n = 0;
  for (const x of a) if (test(x)) n++;
  return n / a.length;
}

/** Percentiles of each year's values of one series, [t * D + d]. */
function byYear(w: Workspace, y: YearlyDraws, series: Float64Array): Interval[] {
  return Array.from({ length: y.T }, (_, t) => interval(w, series.subarray(t * y.D, (t + 1) * y.D)));
}

/** Summarise an area from its draws; `full` adds the other measures (London and the selected area). */
export function summariseDraws(
  info: AreaInfo,
  totals: Measures,
  yearly: YearlyDraws | null,
  w: Workspace,
  bins: number | null,
  full: boolean,
): { area: AreaUncertainty; histogram: Histogram | null } {
  const grossByYear: Interval[] = [];
  const costByYear: Interval[] = [];
  const netByYear: Interval[] = [];
  const cumulativeNetByYear: Interval[] = [];
  const { running, year } = w;
  if (yearly) {
    running.fill(0);
    const { T, D } = yearly;
    for (let t = 0; t < T; t++) {
      const g = yearly.gross.subarray(t * D, (t + 1) * D);
      const c = yearly.cost.subarray(t * D, (t + 1) * D);
      grossByYear.push(interval(w, g));
      costByYear.push(interval(w, c));
      for (let d = 0; d < D; d++) {
        year[d] = g[d]! - c[d]!;
        running[d]! += year[d]!;
      }
      netByYear.push(interval(w, year));
      cumulativeNetByYear.push(interval(w, running));
    }
  }
  const nhs = ratios(w, totals.gross, totals.cost);
  const bcrNhs = nhs.length > 0 ? interval(w, nhs) : null;
  const hist = bins !== null && nhs.length > 0 ? histogram(nhs, bins, 1) : null;
  return {
    area: {
      id: info.id,
      name: info.name,
      kind: info.kind,
      gross: interval(w, totals.gross),
      cost: interval(w, totals.cost),
      net: interval(w, totals.net),
      bcrNhs,
      probNetPositive: share(totals.net, (x) => x > 0),
      detail: full ? detail(w, totals, yearly) : null,
      grossByYear,
      costByYear,
      netByYear,
      cumulativeNetByYear,
    },
    histogram: hist,
  };
}

function detail(w: Workspace, totals: Measures, yearly: YearlyDraws | null): AreaDetail {
  const societal = ratios(
    w,
    Float64Array.from(totals.gross, (g, d) => g + totals.wellbeing[d]!),
    totals.cost,
  );
  const bcrSocietal = societal.length > 0 ? interval(w, societal) : null;
  let ftePeak: Interval = { p5: 0, p50: 0, p95: 0 };
  let peopleSupportedByYear: Interval[] = [];
  let fteByYear: Interval[] = [];
  if (yearly) {
    const { T, D } = yearly;
    w.running.fill(0);
    for (let t = 0; t < T; t++)
      for (let d = 0; d < D; d++) {
        const f = yearly.fte[t * D + d]!;
        if (f > w.running[d]!) w.running[d] = f;
      }
    ftePeak = interval(w, w.running);
    peopleSupportedByYear = byYear(w, yearly, yearly.starts);
    fteByYear = byYear(w, yearly, yearly.fte);
  }
  return {
    hospital: interval(w, totals.hospital),
    primaryCare: interval(w, totals.primaryCare),
    wellbeing: interval(w, totals.wellbeing),
    netSocietal: interval(w, totals.netSocietal),
    bcrSocietal,
    probSocietalPositive: share(totals.netSocietal, (x) => x > 0),
    peopleSupported: interval(w, totals.starts),
    gpAppointments: interval(w, totals.gpAppointments),
    wellbys: interval(w, totals.wellbys),
    ftePeak,
    peopleSupportedByYear,
    fteByYear,
  };
}
