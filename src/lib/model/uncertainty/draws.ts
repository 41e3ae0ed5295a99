/**
 * Every number of the fast path, draw by draw: for tests that hold it to the
 * reference model and to its roll-ups, and for debugging. Not for the page,
 * which wants the summaries of monte-carlo.ts.
 */
import type { Dataset } from '../../data/types.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { simulate } from './kernel.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED, checkOptions } from './monte-carlo.ts';
import { makePlan, type AreaInfo } from './plan.ts';
import { columnsOf, sampleColumns, type ParamColumns } from './sample.ts';
import type { MonteCarloOptions } from './types.ts';

/**
 * Every number of the fast path, per area (index into areas) and draw, at the
 * scenario's discount rate: yearly gross and cost [t * D + d], and their sums
 * over all years [d].
 */
export interface DrawResults {
  areas: AreaInfo[];
  years: string[];
  draws: number;
  gross: Float64Array[];
  cost: Float64Array[];
  totalGross: Float64Array[];
  totalCost: Float64Array[];
}

function collect(scenario: Scenario, data: Dataset, cols: ParamColumns, draws: number): DrawResults {
  assertValidScenario(scenario);
  const plan = makePlan(scenario, data);
  const gross: Float64Array[] = [];
  const cost: Float64Array[] = [];
  const totalGross: Float64Array[] = [];
  const totalCost: Float64Array[] = [];
  const D = draws;
  simulate(plan, cols, D, (a, areaDraws) => {
    const g = new Float64Array(plan.T * D);
    const c = new Float64Array(plan.T * D);
    for (let t = 0; t < plan.T; t++) {
      const year = areaDraws.year(t);
      g.set(year.gross, t * D);
      c.set(year.cost, t * D);
    }
    gross[a] = g;
    cost[a] = c;
    const total = areaDraws.total(0);
    totalGross[a] = total.gross.slice();
    totalCost[a] = total.cost.slice();
  });
  return { areas: plan.areas, years: plan.years, draws, gross, cost, totalGross, totalCost };
}

/**
 * The fast path on given parameter sets (one draw each), keeping every number:
 * for tests that hold it to run() + summarise(), and for debugging. The
 * scenario supplies the horizon and population mode; its values are not used.
 */
export function evaluateDraws(
  scenario: Scenario,
  data: Dataset,
  sets: readonly Scenario['values'][],
): DrawResults {
  for (const values of sets) assertValidScenario({ ...scenario, values });
  return collect(scenario, data, columnsOf(sets), sets.length);
}

/** The Monte Carlo's draws themselves (same seed, same draws as monteCarlo), with every number kept. */
export function monteCarloDraws(
  scenario: Scenario,
  data: Dataset,
  options: Pick<MonteCarloOptions, 'draws' | 'seed'> = {},
): DrawResults & { values: ParamColumns } {
  const { draws = DEFAULT_DRAWS, seed = DEFAULT_SEED } = options;
  checkOptions(scenario, draws, seed, 0);
  const values = sampleColumns(scenario.values, draws, seed);
  return { ...collect(scenario, data, values, draws), values };
}
