/** The calibration of MODEL.md section 4: one scale factor on cohort sizes. */
import type { Dataset } from '../data/types.ts';
import { run } from './run.ts';
import type { Scenario } from './scenario.ts';

/** HLP's published headline: London NHS savings 2017/18-2020/21, pounds. */
export const HLP_HEADLINE_GBP = 533e6;

/** Round to three significant figures, as MODEL.md asks k to be stored. */
export function toSignificant(x: number, digits = 3): number {
  return Number(x.toPrecision(digits));
}

/**
 * k such that London's NHS benefits counted (gross) over the scenario's horizon equal
 * the target. Gross is linear in k (the caps on starts scale with k too, and capacity
 * is not limited in the 2017 costing), so one run at k = 1 is enough.
 */
export function calibrateK(scenario: Scenario, data: Dataset, target = HLP_HEADLINE_GBP): number {
  const atOne = run({ ...scenario, values: { ...scenario.values, k: 1 } }, data);
  const gross = atOne.london.grossCash.reduce((a, b) => a + b, 0);
  return toSignificant(target / gross);
}
