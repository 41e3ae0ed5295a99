/** Totals of one area for a batch of parameter sets, on the Monte Carlo's path. */
import type { Dataset } from '../../data/types.ts';
import { PARAMS, type ParamValues } from '../parameters.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { horizonYears } from '../years.ts';
import { areaIndex, makePlan, type Plan } from '../core/plan.ts';
import { columnsOf } from '../core/terms.ts';
import { simulate } from './kernel.ts';
import { areaClasses, mergedPlan } from './merge.ts';

export interface Totals {
  gross: number;
  cost: number;
  net: number;
}

/** Evaluates parameter sets for one area of one scenario's settings. */
export interface AreaEvaluator {
  (sets: readonly ParamValues[]): Totals[];
}

const IDS = PARAMS.map((p) => p.id);
const NONE: ReadonlySet<number> = new Set();

export function areaEvaluator(scenario: Scenario, data: Dataset, areaId: string, from = 0): AreaEvaluator {
  assertValidScenario(scenario);
  const T = horizonYears(scenario.startYear, scenario.endYear);
  if (!Number.isInteger(from) || from < 0 || from >= T)
    throw new RangeError(`from must be a year index from 0 to ${T - 1}, not ${from}`);
  const full: Plan = makePlan(scenario, data);
  // Only the target's totals are read: the areas go in classes (merge.ts).
  const plan = mergedPlan(full, areaClasses(full, areaIndex(full, areaId)));
  const target = areaIndex(plan, areaId);
  return (sets) => {
    const out: Totals[] = [];
    simulate(plan, columnsOf(sets, IDS), sets.length, { from, yearly: NONE, detail: NONE }, (a, totals) => {
      if (a !== target) return;
      for (let d = 0; d < sets.length; d++)
        out.push({ gross: totals.gross[d]!, cost: totals.cost[d]!, net: totals.net[d]! });
    });
    return out;
  };
}
