/**
 * Every number of the Monte Carlo's path, draw by draw: for tests that hold it to
 * run() + summarise() and to its roll-ups, and for debugging. Not for the page,
 * which wants the summaries of monte-carlo.ts.
 */
import type { Dataset } from '../../data/types.ts';
import { PARAMS } from '../parameters.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { makePlan, type AreaInfo } from '../core/plan.ts';
import { columnsOf, type ParamColumns } from '../core/terms.ts';
import { simulate } from './kernel.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED } from './defaults.ts';
import { checkOptions } from './monte-carlo.ts';
import { MEASURES, type Measures } from './measures.ts';
import { sampleColumns } from './sample.ts';
import type { MonteCarloOptions } from './types.ts';

/**
 * Every area's totals over all years (copied), and its yearly NHS benefits, cost,
 * link workers and starts [t * D + d], per draw.
 */
export interface DrawResults {
  areas: AreaInfo[];
  years: string[];
  draws: number;
  totals: Measures[];
  gross: Float64Array[];
  cost: Float64Array[];
  fte: Float64Array[];
  starts: Float64Array[];
}

const IDS = PARAMS.map((p) => p.id);

function collect(scenario: Scenario, data: Dataset, cols: ParamColumns, draws: number): DrawResults {
  assertValidScenario(scenario);
  const plan = makePlan(scenario, data);
  const out: DrawResults = {
    areas: plan.areas,
    years: plan.years,
    draws,
    totals: [],
    gross: [],
    cost: [],
    fte: [],
    starts: [],
  };
  const every = new Set(plan.areas.map((_, i) => i));
  simulate(plan, cols, draws, { from: 0, yearly: every, detail: every }, (a, totals, yearly) => {
    out.totals[a] = Object.fromEntries(MEASURES.map((m) => [m, totals[m].slice()])) as unknown as Measures;
    if (!yearly) throw new Error('internal: yearly values were asked for');
    out.gross[a] = yearly.gross.slice();
    out.cost[a] = yearly.cost.slice();
    out.fte[a] = yearly.fte.slice();
    out.starts[a] = yearly.starts.slice();
  });
  return out;
}

/**
 * The Monte Carlo's path on given parameter sets (one draw each), keeping every
 * number. The scenario supplies the settings; its values are not used.
 */
export function evaluateDraws(
  scenario: Scenario,
  data: Dataset,
  sets: readonly Scenario['values'][],
): DrawResults {
  for (const values of sets) assertValidScenario({ ...scenario, values });
  return collect(scenario, data, columnsOf(sets, IDS), sets.length);
}

/** The Monte Carlo's draws themselves (same seed, same draws as monteCarlo), with every number kept. */
export function monteCarloDraws(
  scenario: Scenario,
  data: Dataset,
  options: Pick<MonteCarloOptions, 'draws' | 'seed'> = {},
): DrawResults & { values: ParamColumns } {
  const { draws = DEFAULT_DRAWS, seed = DEFAULT_SEED } = options;
  checkOptions(scenario, draws, seed, 0);
  const values = sampleColumns(scenario.values, scenario, draws, seed);
  return { ...collect(scenario, data, values, draws), values };
}
