/**
 * The model's results as tidy CSV: one row per area x year x measure, with the
 * scenario (preset, every parameter, horizon, population mode, link) in "# "
 * comment lines above the header. Pure: the page and the tests build the same text.
 */
import { COHORTS, COHORT_INFO, PROGRAMMES, SERVICES } from '../model/index.ts';
import { PARAMS, type ParamValues, type Unit } from '../model/parameters.ts';
import { PRESETS } from '../model/presets.ts';
import { allAreas } from '../model/run.ts';
import type { AreaKind, AreaResult, RunResult } from '../model/results.ts';
import type { Scenario } from '../model/scenario.ts';
import { toCsv, type Cell } from './csv.ts';
import { scenarioName } from './scenario-name.ts';

export const RESULT_COLUMNS = ['area_code', 'area_name', 'area_type', 'year', 'measure', 'value', 'unit'];

const AREA_TYPE: Record<AreaKind, string> = {
  borough: 'borough',
  stp: 'stp',
  innerOuter: 'inner_outer',
  london: 'london',
};

/** How a parameter's value is written in the header (percentages are stored as fractions). */
export const UNIT_WORDS: Record<Unit, string> = {
  percent: 'fraction (0.2 = 20%)',
  gbp: 'GBP (2015/16 prices)',
  years: 'years',
  ratio: 'ratio',
  perYear: 'per person a year',
};

interface Measure {
  id: string;
  unit: 'people' | 'GBP';
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

const netAt = (a: AreaResult, t: number) => grossAt(a, t, () => true) - sumCohorts(a.cost, t);

/** Every measure, in the order it is written. Money is at the scenario's discount rate. */
export const MEASURES: readonly Measure[] = [
  { id: 'people_could_benefit', unit: 'people', at: (a, t) => sumCohorts(a.eligible, t) },
  { id: 'starts', unit: 'people', at: (a, t) => sumCohorts(a.starts, t) },
  { id: 'gross_savings', unit: 'GBP', at: (a, t) => grossAt(a, t, () => true) },
  ...SERVICES.map((s, i): Measure => ({
    id: `gross_savings_${s}`,
    unit: 'GBP',
    at: (a, t) => grossAt(a, t, (_, si) => si === i),
  })),
  ...PROGRAMMES.map((p): Measure => ({
    id: `gross_savings_${p}`,
    unit: 'GBP',
    at: (a, t) => grossAt(a, t, inProgramme(p)),
  })),
  { id: 'cost', unit: 'GBP', at: (a, t) => sumCohorts(a.cost, t) },
  ...PROGRAMMES.map((p): Measure => ({
    id: `cost_${p}`,
    unit: 'GBP',
    at: (a, t) => sumCohorts(a.cost, t, inProgramme(p)),
  })),
  { id: 'net_savings', unit: 'GBP', at: netAt },
  {
    id: 'cumulative_net_savings',
    unit: 'GBP',
    at: (a, t) => {
      let s = 0;
      for (let i = 0; i <= t; i++) s += netAt(a, i);
      return s;
    },
  },
];

/** The data rows: London, Inner, Outer, the STPs, then the boroughs; each by year, then measure. */
function resultRows(result: RunResult): Cell[][] {
  const rows: Cell[][] = [];
  for (const a of allAreas(result)) {
    result.years.forEach((year, t) => {
      for (const m of MEASURES) rows.push([a.id, a.name, AREA_TYPE[a.kind], year, m.id, m.at(a, t), m.unit]);
    });
  }
  return rows;
}

/** The "# " lines that describe the scenario: every parameter, marked where it differs from the preset. */
function scenarioComment(
  scenario: Scenario,
  presetValues: ParamValues,
  years: readonly string[],
  link: string,
): string[] {
  const preset = PRESETS[scenario.preset];
  const changed = PARAMS.filter((p) => scenario.values[p.id] !== presetValues[p.id]);
  const discount = scenario.values.discount;
  return [
    'London Social Prescribing Explorer: model results (one row per area, year and measure)',
    `scenario: ${scenarioName(preset.label, changed.length)}`,
    `preset: ${scenario.preset}`,
    `end_year: ${scenario.endYear} (financial years ${years[0]} to ${years[years.length - 1]})`,
    `population: ${scenario.population}`,
    `money: GBP at 2015/16 prices, ${discount > 0 ? `present values discounted at ${Number((discount * 100).toFixed(2))}% a year` : 'not discounted'}`,
    `link: ${link}`,
    'parameters: id = value unit [preset value when changed]',
    ...PARAMS.map((p) => {
      const v = scenario.values[p.id];
      const was = changed.includes(p) ? ` [changed; preset ${presetValues[p.id]}]` : '';
      return `  ${p.id} = ${v} ${UNIT_WORDS[p.unit]}${was}`;
    }),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
}

/** The whole file: comment block, header row, data rows. */
export function resultsCsv(
  scenario: Scenario,
  presetValues: ParamValues,
  result: RunResult,
  link: string,
): string {
  const comment = scenarioComment(scenario, presetValues, result.years, link);
  return comment.join('\r\n') + '\r\n' + toCsv(RESULT_COLUMNS, resultRows(result));
}
