/**
 * Monte Carlo uncertainty (MODEL.md section 6): every parameter with an evidence
 * range drawn independently from triangular(low, current value, high), the same
 * draw applied to every borough (the uncertainty is about the model, not the
 * place), so roll-ups stay sums of their boroughs within each draw.
 */
import type { Dataset } from '../../data/types.ts';
import { assertValidScenario, type Scenario } from '../scenario.ts';
import { horizonYears } from '../years.ts';
import { makePlan, areaIndex, type AreaInfo, type Plan } from '../core/plan.ts';
import { areaClasses, mergedPlan } from './merge.ts';
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

/** Above this many leaf areas, every leaf's ranges are worked out a batch of leaves at a time (see every-leaf.ts). */
export const MANY_LEAVES = 256;

export interface Prepared {
  plan: Plan;
  draws: number;
  seed: number;
  from: number;
  bins: number;
  yearly: 'all' | 'selected';
  /** Index of options.areaId in plan.areas. */
  selected: number;
}

export function prepare(scenario: Scenario, data: Dataset, options: MonteCarloOptions): Prepared {
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
  return { plan, draws, seed, from, bins, yearly, selected: areaIndex(plan, areaId) };
}

/**
 * The Monte Carlo's first answer: every area's ranges (scope 'every', the default) for
 * MANY_LEAVES leaf areas or fewer; past that, or with options.scope 'summary', those of
 * the whole and options.areaId only, on classes of areas (result scope 'summary').
 * monteCarlo (every-leaf.ts) adds every leaf's to the latter; a worker sends this first,
 * and every leaf's later, from code it loads only for a file of many areas. Throws as
 * monteCarlo does.
 */
export function monteCarloFirst(
  scenario: Scenario,
  data: Dataset,
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const scope = options.scope ?? 'every';
  if (scope !== 'every' && scope !== 'summary')
    throw new RangeError(`scope must be 'every' or 'summary', not ${String(scope)}`);
  const p = prepare(scenario, data, options);
  if (scope === 'every' && p.plan.B <= MANY_LEAVES) return simulateAreas(scenario, p, p.plan);
  // The whole and the selected area, on classes of areas (merge.ts).
  return simulateAreas(scenario, p, mergedPlan(p.plan, areaClasses(p.plan, p.selected)));
}

/**
 * Runs the plan (data's own, or merged) and summarises every area of the run, or with
 * a merged plan only the whole and the selected area.
 */
function simulateAreas(scenario: Scenario, p: Prepared, run: Plan): MonteCarloResult {
  const { plan, draws, seed, from, bins, yearly } = p;
  const merged = run !== plan;
  // The selected area in the run: a group keeps its index, a selected leaf is a class by itself.
  const selected = merged ? areaIndex(run, plan.areas[p.selected]!.id) : p.selected;
  const shown = (a: number) => !merged || a === 0 || a === selected;
  // The draws are needed only until simulate() returns: its scratch arrays serve.
  const cols = sampleColumns(scenario.values, scenario, draws, seed, (n) => scratch.take(n));
  const work = makeWorkspace(draws, makeQuantiler());
  const areas: AreaUncertainty[] = [];
  const bcrHistograms: Record<string, Histogram> = {};
  const keep = yearly === 'all' && !merged ? new Set(run.areas.map((_, i) => i)) : new Set([0, selected]);
  const detail = new Set([0, selected]);
  simulate(run, cols, draws, { from, yearly: keep, detail }, (a, totals, years) => {
    if (!shown(a)) return;
    const info = run.areas[a] as AreaInfo;
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
    scope: merged ? 'summary' : 'every',
    varied: variedParams(scenario.values, scenario).map(({ id, low, mode, high }) => ({
      id,
      low,
      mode,
      high,
    })),
    areas: areas.filter((a) => a !== undefined),
    bcrHistograms,
  };
}

/** An area's summary by id ('london', 'inner', 'outer', an E54 or E09 code). */
export function findUncertainty(r: MonteCarloResult, id: string): AreaUncertainty | undefined {
  return r.areas.find((a) => a.id === id);
}
