/**
 * Monte Carlo uncertainty (MODEL.md section 6): every parameter with an evidence
 * range drawn independently from triangular(low, current value, high), the same
 * draw applied to every borough (the uncertainty is about the model, not the
 * place), so roll-ups stay sums of their boroughs within each draw.
 */
import type { Dataset } from '../../data/types.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { horizonYears } from '../years.ts';
import { makePlan, areaIndex, type AreaInfo } from '../core/plan.ts';
import { makeWorkspace, summariseDraws } from './area-summary.ts';
import { scratch, simulate } from './kernel.ts';
import { makeQuantiler } from './quantiles.ts';
import { sampleColumns, variedParams } from './sample.ts';
import { BCR_BINS, DEFAULT_DRAWS, DEFAULT_SEED } from './defaults.ts';
import type { AreaUncertainty, Histogram, MonteCarloOptions, MonteCarloResult } from './types.ts';

/** Throws for an invalid scenario or option. */
export function checkOptions(scenario: Scenario, draws: number, seed: number, from: number): void {
  assertValidScenario(scenario);
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`draws must be a positive integer, not ${draws}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  const T = horizonYears(scenario.startYear, scenario.endYear);
  if (!Number.isInteger(from) || from < 0 || from >= T)
    throw new RangeError(`from must be a year index from 0 to ${T - 1}, not ${from}`);
}

/**
 * p5/p50/p95 of NHS benefits, cost and net present value for every area, and of
 * the other measures and each year's values for London and options.areaId; the
 * chance that the net present value is positive; benefit-cost ratio histograms for
 * London and options.areaId. Same scenario, data and seed: same result. Throws
 * RangeError for bad options and ScenarioError for an invalid scenario.
 */
export function monteCarlo(
  scenario: Scenario,
  data: Dataset,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const {
    draws = DEFAULT_DRAWS,
    seed = DEFAULT_SEED,
    from = 0,
    areaId = 'london',
    bins = BCR_BINS,
    yearly = 'all',
  } = options;
  checkOptions(scenario, draws, seed, from);
  if (yearly !== 'all' && yearly !== 'selected')
    throw new RangeError(`yearly must be 'all' or 'selected', not ${String(yearly)}`);
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`bins must be a positive integer, not ${bins}`);
  const plan = makePlan(scenario, data);
  const selected = areaIndex(plan, areaId);
  // The draws are needed only until simulate() returns: its scratch arrays serve.
  const cols = sampleColumns(scenario.values, scenario, draws, seed, (n) => scratch.take(n));
  const work = makeWorkspace(draws, makeQuantiler());
  const areas = new Array<AreaUncertainty>(plan.areas.length);
  const bcrHistograms: Record<string, Histogram> = {};
  const keep = yearly === 'all' ? new Set(plan.areas.map((_, i) => i)) : new Set([0, selected]);
  const detail = new Set([0, selected]);
  simulate(plan, cols, draws, { from, yearly: keep, detail }, (a, totals, years) => {
    const info = plan.areas[a] as AreaInfo;
    const chosen = a === 0 || a === selected;
    const s = summariseDraws(info, totals, years, work, chosen ? bins : null, chosen);
    areas[a] = s.area;
    if (s.histogram) bcrHistograms[info.id] = s.histogram;
  });
  return {
    draws,
    seed,
    years: plan.years,
    from,
    varied: variedParams(scenario.values, scenario).map(({ id, low, mode, high }) => ({
      id,
      low,
      mode,
      high,
    })),
    areas,
    bcrHistograms,
  };
}

/** An area's summary by id ('london', 'inner', 'outer', an E54 or E09 code). */
export function findUncertainty(r: MonteCarloResult, id: string): AreaUncertainty | undefined {
  return r.areas.find((a) => a.id === id);
}
