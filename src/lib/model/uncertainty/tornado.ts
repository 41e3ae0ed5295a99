/** One-way sensitivity (MODEL.md section 6): each parameter at its low and high, the rest at current values. */
import type { Dataset } from '../../data/types.ts';
import type { ParamValues } from '../parameters.ts';
import type { Scenario } from '../scenario.ts';
import { areaEvaluator } from './evaluate.ts';
import { uncertainParams } from './sample.ts';
import type { SensitivityOptions, TornadoRow } from './types.ts';

/**
 * The area's NHS net present value with each uncertain parameter that applies at its
 * low and at its high, sorted by swing |netAtHigh - netAtLow|, largest first
 * (register order on ties).
 */
export function tornado(
  scenario: Scenario,
  data: Dataset,
  areaId: string,
  options: SensitivityOptions = {},
): TornadoRow[] {
  const evaluate = areaEvaluator(scenario, data, areaId, options.from ?? 0);
  const params = uncertainParams(scenario);
  const sets: ParamValues[] = params.flatMap((p) => [
    { ...scenario.values, [p.id]: p.low },
    { ...scenario.values, [p.id]: p.high },
  ]);
  const totals = evaluate(sets);
  const rows = params.map((p, i): TornadoRow => {
    const netAtLow = totals[2 * i]!.net;
    const netAtHigh = totals[2 * i + 1]!.net;
    return {
      param: p.id,
      label: p.label,
      low: p.low,
      high: p.high,
      current: scenario.values[p.id],
      netAtLow,
      netAtHigh,
      swing: Math.abs(netAtHigh - netAtLow),
    };
  });
  // Array.prototype.sort is stable, so ties keep register order.
  return rows.sort((a, b) => b.swing - a.swing);
}

/** The area's NHS net present value at the current values: the line the tornado's bars start from. */
export function tornadoNet(
  scenario: Scenario,
  data: Dataset,
  areaId: string,
  options: SensitivityOptions = {},
): number {
  return areaEvaluator(scenario, data, areaId, options.from ?? 0)([scenario.values])[0]!.net;
}
