/** Builds the CLI's report: the same model and numbers the page shows. */
import { groupOfArea, mainGrouping } from '../../src/lib/data/geography.ts';
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
  type AreaDetail,
  type AreaResult,
  type Histogram,
  type Interval,
  type MonteCarloResult,
  type ParamId,
  type ParamValues,
  type RunResult,
  type Scenario,
  type ScenarioSettings,
} from '../../src/lib/model/index.ts';
import { registerRows, type RegisterRow } from '../../src/lib/export/register.ts';
import { quote } from '../../src/lib/state/read.ts';
import { UsageError, type RunOptions } from './args.ts';
import { fyLabel, settingsProblems } from '../../src/lib/model/index.ts';

/**
 * An area's totals over the reported window. Money at the scenario's prices and
 * discount rate; people, link workers, appointments and WELLBYs are counts.
 */
export interface Totals {
  /** NHS benefits: hospital activity avoided plus primary-care capacity released (= hospital + primaryCare). */
  gross: number;
  hospital: number;
  primaryCare: number;
  cost: number;
  /** NHS net present value: gross - cost. */
  net: number;
  /** Wellbeing, never part of gross: WELLBYs and their value. */
  wellbeing: number;
  wellbys: number;
  /** Societal net present value: net + wellbeing. */
  netSocietal: number;
  /** Benefit-cost ratios: NHS (gross / cost) and societal ((gross + wellbeing) / cost); null without cost. */
  bcrNhs: number | null;
  bcrSocietal: number | null;
  /** Return on investment to the NHS, (gross - cost) / cost. */
  roiNhs: number | null;
  gpAppointments: number;
  /** Starts over the window. */
  peopleSupported: number;
  /** Starts wanted but not made for lack of link workers. */
  unmetNeed: number;
  /** Link workers (full-time equivalent) in the year of the window with the most. */
  linkWorkerFte: number;
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
  /** The scenario's first financial year (by its first calendar year, 2026 = 2026/27), and its settings. */
  startYear: number;
  endYear: number;
  priceYear: number;
  delivery: ScenarioSettings['delivery'];
  services: ScenarioSettings['services'];
  unitCosts: ScenarioSettings['unitCosts'];
  population: ScenarioSettings['population'];
  years: string[];
  gross: number[];
  hospital: number[];
  primaryCare: number[];
  cost: number[];
  net: number[];
  wellbeing: number[];
  peopleSupported: number[];
  linkWorkerFte: number[];
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
  bcrNhs: Interval | null;
  probNetPositive: number;
  /** Ranges of the other measures (null for areas other than the first asked for). */
  detail: AreaDetail | null;
  /**
   * Per reported year: the NHS net present value summed from the horizon's first
   * year (the page's yearly chart line), whatever the window.
   */
  cumulativeNetByYear: Interval[];
  /** NHS benefit-cost ratio over the window across the draws; only for the first area asked for. */
  bcrHistogram?: Histogram;
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
 * Money and people over the reported window; people who could benefit (first
 * modelled year) and the payback year always count from the start, whatever the window.
 */
function totalsOf(full: AreaResult, from: number, to: number, years: string[]): Totals {
  const s = summarise(sliceYears(full, from, to));
  const whole = summarise(full);
  const payback = whole.paybackIndex;
  return {
    gross: s.gross,
    hospital: s.hospital,
    primaryCare: s.primaryCare,
    cost: s.cost,
    net: s.net,
    wellbeing: s.wellbeing,
    wellbys: s.wellbys,
    netSocietal: s.netSocietal,
    bcrNhs: s.bcrNhs,
    bcrSocietal: s.bcrSocietal,
    roiNhs: s.roiNhs,
    gpAppointments: s.gpAppointments,
    peopleSupported: s.peopleSupported,
    unmetNeed: s.unmetNeed,
    linkWorkerFte: s.ftePeak,
    peopleCouldBenefit: whole.peopleCouldBenefit,
    perThousandAdults: whole.perThousandAdults,
    paybackYear: payback === null ? null : (years[payback] ?? null),
  };
}

/** `calibration` is London's data, on which the HLP reconstruction is calibrated whatever the areas. */
export function scenarioFor(opts: RunOptions, data: Dataset, calibration: Dataset = data): Scenario {
  const base = presetScenario(opts.preset, calibration);
  const startYear = opts.settings.startYear ?? base.startYear;
  if (opts.years && opts.years[0] < startYear)
    throw new UsageError(
      `--years ${opts.years.join('-')} starts before the scenario's first year ${fyLabel(startYear)}: add --start ${opts.years[0]}`,
    );
  const endYear = opts.years
    ? opts.years[1] + 1
    : opts.settings.startYear !== undefined
      ? startYear + (base.endYear - base.startYear)
      : base.endYear;
  const scenario: Scenario = {
    ...base,
    ...opts.settings,
    startYear,
    endYear,
    values: { ...base.values, ...opts.set },
  };
  const problems = settingsProblems(scenario);
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return scenario;
}

export function buildReports(opts: RunOptions, data: Dataset, calibration: Dataset = data): AreaReport[] {
  const scenario = scenarioFor(opts, data, calibration);
  const result = run(scenario, data);
  const from = opts.years ? opts.years[0] - scenario.startYear : 0;
  const to = result.years.length - 1;
  const years = result.years.slice(from);
  const groupOf = groupOfArea(mainGrouping(data.geography));
  const boroughs = result.boroughs.map((b) => ({
    code: b.id,
    name: b.name,
    stp: groupOf.get(b.id)?.code ?? '',
    totals: totalsOf(b, from, to, result.years),
  }));
  const found = opts.areas.map((id) => {
    const area = findArea(result, id);
    if (!area)
      throw new UsageError(
        data === calibration
          ? `unknown area ${quote(id)} (london, inner, outer, an E54 ICB code or an E09 borough code)`
          : `unknown area ${quote(id)} (london for all the file's areas, a group_code or an area_code of the file)`,
      );
    return area;
  });
  const mc: MonteCarloResult | null = opts.uncertainty
    ? monteCarlo(scenario, data, {
        ...opts.uncertainty,
        from,
        areaId: found[0]?.id ?? 'london',
        // Years of every area only when several are asked for: they take memory for each area.
        yearly: found.length > 1 ? 'all' : 'selected',
      })
    : null;
  return found.map((found) => {
    const s = summarise(sliceYears(found, from, to));
    return {
      preset: opts.preset,
      presetLabel: PRESETS[opts.preset].label,
      presetKind: PRESETS[opts.preset].kind,
      area: found.id,
      areaName: found.name,
      startYear: scenario.startYear,
      endYear: scenario.endYear,
      priceYear: scenario.priceYear,
      delivery: scenario.delivery,
      services: scenario.services,
      unitCosts: scenario.unitCosts,
      population: scenario.population,
      years,
      gross: s.grossByYear,
      hospital: s.hospitalByYear,
      primaryCare: s.primaryCareByYear,
      cost: s.costByYear,
      net: s.netByYear,
      wellbeing: s.wellbeingByYear,
      peopleSupported: s.peopleSupportedByYear,
      linkWorkerFte: s.fteByYear,
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
  const histogram = mc.bcrHistograms[id];
  return {
    gross: u.gross,
    cost: u.cost,
    net: u.net,
    bcrNhs: u.bcrNhs,
    probNetPositive: u.probNetPositive,
    detail: u.detail,
    cumulativeNetByYear: u.cumulativeNetByYear.slice(from),
    ...(histogram ? { bcrHistogram: histogram } : {}),
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
