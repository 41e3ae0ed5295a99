/**
 * The model's results as tidy CSV, header first: one row per area x year x measure; and
 * the scenario they belong to (preset, years, prices, population, delivery, link, every
 * parameter) as a companion CSV. Pure: the page and the tests build the same text.
 */
import { COHORTS, COHORT_INFO, PROGRAMMES, SERVICES, fyLabel } from '../model/index.ts';
import { PARAMS, type ParamValues } from '../model/parameters.ts';
import { PRESETS } from '../model/presets.ts';
import { allAreas } from '../model/run.ts';
import type { AreaResult, RunResult } from '../model/results.ts';
import type { Scenario } from '../model/scenario.ts';
import { toCsv, type Cell } from './csv.ts';
import { scenarioName } from './scenario-name.ts';
import { unitWords } from './unit-words.ts';

export const RESULT_COLUMNS = ['area_code', 'area_name', 'area_type', 'year', 'measure', 'value', 'unit'];

interface Measure {
  id: string;
  unit: 'people' | 'GBP' | 'FTE' | 'appointments' | 'WELLBY';
  /** The value in year t. */
  at: (a: AreaResult, t: number) => number;
}

const sumCohorts = (rows: number[][], t: number, keep: (ci: number) => boolean = () => true): number => {
  let s = 0;
  rows.forEach((r, ci) => {
    if (keep(ci)) s += r[t] as number;
  });
  return s;
};

const inProgramme = (p: string) => (ci: number) =>
  COHORT_INFO[COHORTS[ci] as (typeof COHORTS)[number]].programme === p;

function grossAt(a: AreaResult, t: number, keep: (ci: number, si: number) => boolean): number {
  let s = 0;
  a.gross.forEach((byService, ci) =>
    byService.forEach((ys, si) => {
      if (keep(ci, si)) s += ys[t] as number;
    }),
  );
  return s;
}

const costAt = (a: AreaResult, t: number) => sumCohorts(a.cost, t) + (a.workforceCost[t] as number);
const netAt = (a: AreaResult, t: number) => grossAt(a, t, () => true) - costAt(a, t);
const GP = SERVICES.indexOf('gp');

/**
 * Every measure, in the order it is written, named as the Green Book does. Money is
 * at the scenario's prices and discount rate; wellbeing is never part of NHS benefits.
 */
export const MEASURES: readonly Measure[] = [
  { id: 'people_could_benefit', unit: 'people', at: (a, t) => sumCohorts(a.eligible, t) },
  { id: 'people_supported', unit: 'people', at: (a, t) => sumCohorts(a.starts, t) },
  {
    id: 'unmet_need',
    unit: 'people',
    at: (a, t) => Math.max(0, sumCohorts(a.demand, t) - sumCohorts(a.starts, t)),
  },
  { id: 'link_worker_fte', unit: 'FTE', at: (a, t) => a.fte[t] as number },
  { id: 'nhs_benefits', unit: 'GBP', at: (a, t) => grossAt(a, t, () => true) },
  { id: 'hospital_activity_avoided', unit: 'GBP', at: (a, t) => grossAt(a, t, (_, si) => si !== GP) },
  { id: 'primary_care_capacity_released', unit: 'GBP', at: (a, t) => grossAt(a, t, (_, si) => si === GP) },
  { id: 'gp_appointments_released', unit: 'appointments', at: (a, t) => a.gpAppointments[t] as number },
  ...SERVICES.map((s, i): Measure => ({
    id: `nhs_benefits_${s}`,
    unit: 'GBP',
    at: (a, t) => grossAt(a, t, (_, si) => si === i),
  })),
  ...PROGRAMMES.map((p): Measure => ({
    id: `nhs_benefits_${p}`,
    unit: 'GBP',
    at: (a, t) => grossAt(a, t, inProgramme(p)),
  })),
  { id: 'cost', unit: 'GBP', at: costAt },
  { id: 'cost_link_workers', unit: 'GBP', at: (a, t) => a.workforceCost[t] as number },
  ...PROGRAMMES.map((p): Measure => ({
    id: `cost_${p}`,
    unit: 'GBP',
    at: (a, t) => sumCohorts(a.cost, t, inProgramme(p)) + (p === 'sp' ? (a.workforceCost[t] as number) : 0),
  })),
  { id: 'net_present_value_nhs', unit: 'GBP', at: netAt },
  {
    id: 'cumulative_net_present_value_nhs',
    unit: 'GBP',
    at: (a, t) => {
      let s = 0;
      for (let i = 0; i <= t; i++) s += netAt(a, i);
      return s;
    },
  },
  { id: 'wellbys', unit: 'WELLBY', at: (a, t) => a.wellbys[t] as number },
  { id: 'wellbeing_value', unit: 'GBP', at: (a, t) => a.wellbeing[t] as number },
  { id: 'net_present_value_societal', unit: 'GBP', at: (a, t) => netAt(a, t) + (a.wellbeing[t] as number) },
];

/** The data rows: the whole, every grouping's groups, then the areas (London, Inner, Outer, the ICBs, the boroughs); each by year, then measure. Its area_type is the area's level id. */
export function resultRows(result: RunResult): Cell[][] {
  const rows: Cell[][] = [];
  for (const a of allAreas(result)) {
    result.years.forEach((year, t) => {
      for (const m of MEASURES) rows.push([a.id, a.name, a.kind, year, m.id, m.at(a, t), m.unit]);
    });
  }
  return rows;
}

/** Columns of the scenario file that goes with the results. */
export const SCENARIO_COLUMNS = ['key', 'value', 'unit', 'preset_value', 'changed', 'description'];

/**
 * The scenario the results belong to, as rows of SCENARIO_COLUMNS: its settings, the link,
 * then every parameter with its unit and the preset's value, marked where it differs.
 */
export function scenarioRows(
  scenario: Scenario,
  presetValues: ParamValues,
  years: readonly string[],
  link: string,
): Cell[][] {
  const preset = PRESETS[scenario.preset];
  const changed = PARAMS.filter((p) => scenario.values[p.id] !== presetValues[p.id]);
  const discount = scenario.values.discount;
  const setting = (key: string, value: Cell, description: string): Cell[] => [
    key,
    value,
    '',
    '',
    '',
    description,
  ];
  return [
    setting('scenario', scenarioName(preset.label, changed.length), 'The scenario as the page names it'),
    setting('preset', scenario.preset, preset.label),
    setting('start_year', scenario.startYear, `First financial year: ${years[0]}`),
    setting('end_year', scenario.endYear, `Last financial year: ${years[years.length - 1]}`),
    setting('population', scenario.population, 'ONS projection or observed estimates'),
    setting(
      'delivery',
      scenario.delivery,
      'How starts are set: by link workers in post, by demand, or per start',
    ),
    setting('services', scenario.services, 'Services counted as NHS benefits'),
    setting('unit_costs', scenario.unitCosts, 'Unit cost editions'),
    setting(
      'price_year',
      fyLabel(scenario.priceYear),
      `Money in GBP at these prices (HM Treasury GDP deflators), ${discount > 0 ? `present values discounted at ${Number((discount * 100).toFixed(2))}% a year` : 'not discounted'}`,
    ),
    setting(
      'wellbeing',
      '',
      'wellbeing_value is value to society, never part of nhs_benefits or net_present_value_nhs',
    ),
    setting('link', link, 'Opens this scenario on the page'),
    ...PARAMS.map((p): Cell[] => [
      p.id,
      scenario.values[p.id],
      unitWords(p),
      presetValues[p.id],
      changed.includes(p) ? 'yes' : 'no',
      p.label,
    ]),
  ];
}

/** The scenario the results belong to, as its own plain CSV. */
export function scenarioCsv(
  scenario: Scenario,
  presetValues: ParamValues,
  years: readonly string[],
  link: string,
): string {
  return toCsv(SCENARIO_COLUMNS, scenarioRows(scenario, presetValues, years, link));
}

/** The results: the header row, then one row per area, year and measure. */
export function resultsCsv(result: RunResult): string {
  return toCsv(RESULT_COLUMNS, resultRows(result));
}
