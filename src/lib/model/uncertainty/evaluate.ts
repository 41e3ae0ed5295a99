/** Cumulative figures of one area for a batch of parameter sets, on the fast path. */
import type { Dataset } from '../../data/types.ts';
import type { ParamValues } from '../parameters.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { horizonYears } from '../years.ts';
import { simulate } from './kernel.ts';
import { areaIndex, makePlan, type Plan } from './plan.ts';
import { columnsOf } from './sample.ts';

export interface Totals {
  gross: number;
  cost: number;
  net: number;
}

/** Evaluates parameter sets for one area of one scenario's horizon and population mode. */
export interface AreaEvaluator {
  (sets: readonly ParamValues[]): Totals[];
}

export function areaEvaluator(scenario: Scenario, data: Dataset, areaId: string, from = 0): AreaEvaluator {
  assertValidScenario(scenario);
  const T = horizonYears(scenario.endYear);
  if (!Number.isInteger(from) || from < 0 || from >= T)
    throw new RangeError(`from must be a year index from 0 to ${T - 1}, not ${from}`);
  const plan: Plan = makePlan(scenario, data);
  const target = areaIndex(plan, areaId);
  return (sets) => {
    const out: Totals[] = [];
    simulate(plan, columnsOf(sets), sets.length, (a, draws) => {
      if (a !== target) return;
      const { gross, cost, net } = draws.total(from);
      for (let d = 0; d < sets.length; d++) out.push({ gross: gross[d]!, cost: cost[d]!, net: net[d]! });
    });
    return out;
  };
}
