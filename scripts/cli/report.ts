/** Builds the CLI's report: the same model and numbers the page shows. */
import type { Dataset } from '../../src/lib/data/types.ts';
import {
  PRESETS,
  findArea,
  findUncertainty,
  monteCarlo,
  presetScenario,
  run,
  sliceYears,
  summarise,
  switchingValue,
  tornado,
  type AreaResult,
  type Histogram,
  type Interval,
  type MonteCarloResult,
  type ParamId,
  type ParamValues,
  type RunResult,
  type Scenario,
} from '../../src/lib/model/index.ts';
import { registerRows, type RegisterRow } from '../../src/lib/export/register.ts';
import { UsageError, type RunOptions } from './args.ts';

export interface Totals {
  gross: number;
  cost: number;
  net: number;
  roi: number | null;
  peopleCouldBenefit: number;
  perThousandAdults: number;
  paybackYear: string | null;
}

export interface AreaReport {
  preset: string;
  presetLabel: string;
  presetKind: string;
  area: string;
  areaName: string;
  years: string[];
  gross: number[];
  cost: number[];
  net: number[];
  totals: Totals;
  discountRate: number;
  calibrationK: number;
  changed: Partial<ParamValues>;
  capped: RunResult['capped'];
  boroughs: { code: string; name: string; stp: string; totals: Totals }[];
  /** With --uncertainty: Monte Carlo percentiles over the reported window. */
  uncertainty?: UncertaintyReport;
  /** With --tornado: sorted by swing, largest first. */
  tornado?: TornadoReportRow[];
}

export interface UncertaintyReport {
  gross: Interval;
  cost: Interval;
  net: Interval;
  /** null when no draw had a cost. */
  roi: Interval | null;
  probNetPositive: number;
  /**
   * Per reported year: net savings summed from 2017/18, the horizon's first year
   * (the page's yearly chart line), whatever the window.
   */
  cumulativeNetByYear: Interval[];
  /** ROI over the window across the draws; only for the first area asked for. */
  roiHistogram?: Histogram;
  draws: number;
  seed: number;
}

export interface TornadoReportRow {
  param: ParamId;
  low: number;
  high: number;
  netAtLow: number;
  netAtHigh: number;
  /** Value in the parameter's range at which net savings are zero; null where there is none. */
  switchingValue: number | null;
}

/**
 * Money over the reported window; people who could benefit (first modelled year,
 * 2017/18) and the payback year always count from the start, whatever the window.
 */
function totalsOf(full: AreaResult, from: number, to: number, years: string[]): Totals {
  const s = summarise(sliceYears(full, from, to));
  const whole = summarise(full);
  const payback = whole.paybackIndex;
  return {
    gross: s.gross,
    cost: s.cost,
    net: s.net,
    roi: s.roi,
    peopleCouldBenefit: whole.peopleCouldBenefit,
    perThousandAdults: whole.perThousandAdults,
    paybackYear: payback === null ? null : (years[payback] ?? null),
  };
}

export function scenarioFor(opts: RunOptions, data: Dataset): Scenario {
  const base = presetScenario(opts.preset, data);
  return {
    ...base,
    values: { ...base.values, ...opts.set },
    endYear: opts.years ? opts.years[1] + 1 : base.endYear,
    population: opts.population,
  };
}

export function buildReports(opts: RunOptions, data: Dataset): AreaReport[] {
  const scenario = scenarioFor(opts, data);
  const result = run(scenario, data);
  const from = opts.years ? opts.years[0] - 2017 : 0;
  const to = result.years.length - 1;
  const years = result.years.slice(from);
  const stpOf = new Map(data.boroughs.map((b) => [b.code, b.stpCode]));
  const boroughs = result.boroughs.map((b) => ({
    code: b.id,
    name: b.name,
    stp: stpOf.get(b.id) as string,
    totals: totalsOf(b, from, to, result.years),
  }));
  const found = opts.areas.map((id) => {
    const area = findArea(result, id);
    if (!area)
      throw new UsageError(
        `unknown area "${id}" (london, inner, outer, an E54 STP code or an E09 borough code)`,
      );
    return area;
  });
  const mc: MonteCarloResult | null = opts.uncertainty
    ? monteCarlo(scenario, data, { ...opts.uncertainty, from, areaId: found[0]?.id ?? 'london' })
    : null;
  return found.map((found) => {
    const s = summarise(sliceYears(found, from, to));
    return {
      preset: opts.preset,
      presetLabel: PRESETS[opts.preset].label,
      presetKind: PRESETS[opts.preset].kind,
      area: found.id,
      areaName: found.name,
      years,
      gross: s.grossByYear,
      cost: s.costByYear,
      net: s.netByYear,
      totals: totalsOf(found, from, to, result.years),
      discountRate: scenario.values.discount,
      calibrationK: scenario.values.k,
      changed: opts.set,
      capped: result.capped,
      boroughs,
      ...(mc ? { uncertainty: uncertaintyOf(mc, found.id, from) } : {}),
      ...(opts.tornado ? { tornado: tornadoOf(scenario, data, found.id, from) } : {}),
    };
  });
}

function uncertaintyOf(mc: MonteCarloResult, id: string, from: number): UncertaintyReport {
  const u = findUncertainty(mc, id);
  if (!u) throw new Error(`no Monte Carlo result for ${id}`);
  const histogram = mc.roiHistograms[id];
  return {
    gross: u.gross,
    cost: u.cost,
    net: u.net,
    roi: u.roi,
    probNetPositive: u.probNetPositive,
    cumulativeNetByYear: u.cumulativeNetByYear.slice(from),
    ...(histogram ? { roiHistogram: histogram } : {}),
    draws: mc.draws,
    seed: mc.seed,
  };
}

function tornadoOf(scenario: Scenario, data: Dataset, id: string, from: number): TornadoReportRow[] {
  return tornado(scenario, data, id, { from }).map((r) => ({
    param: r.param,
    low: r.low,
    high: r.high,
    netAtLow: r.netAtLow,
    netAtHigh: r.netAtHigh,
    switchingValue: switchingValue(scenario, data, id, r.param, { from }),
  }));
}

/** The parameter register with sources; k shows the reconstruction's computed value. */
export function paramRows(data: Dataset): RegisterRow[] {
  const hlp = presetScenario('hlp2017', data).values;
  return registerRows(hlp, hlp);
}
