/**
 * Every leaf's ranges for a file of many areas (more than MANY_LEAVES), a batch of leaves
 * at a time, and monteCarlo, which adds them to the first answer (monte-carlo.ts). Only a
 * file of many areas needs this: the worker loads it when one is sent, so the first page
 * load, whose borough file is small, carries none of it.
 */
import type { Dataset } from '../../data/types.ts';
import type { Scenario } from '../scenario.ts';
import type { AreaInfo } from '../core/plan.ts';
import { mergedPlan } from './merge.ts';
import { makeWorkspace, summariseDraws } from './area-summary.ts';
import { simulate } from './kernel.ts';
import { makeQuantiler } from './quantiles.ts';
import { sampleColumns } from './sample.ts';
import { makeMeasures, makeYearly, type Measures, type YearlyDraws } from './measures.ts';
import { monteCarloFirst, prepare } from './monte-carlo.ts';
import type { AreaUncertainty, MonteCarloOptions, MonteCarloResult } from './types.ts';

/** Leaves per batch: a batch's draws take a few megabytes and about a tenth of a second at 10,000 draws. */
export const LEAF_BATCH = 32;
/** Leaves per batch when each leaf keeps its years (several megabytes each). */
const YEARLY_BATCH = 8;

/**
 * p5/p50/p95 of NHS benefits, cost and net present value for every area (or, with
 * options.scope 'summary', for the whole and options.areaId only), and of
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
  const first = monteCarloFirst(scenario, data, options);
  // Every area's already, or only the whole's and the selected area's asked for.
  if (first.scope === 'every' || options.scope === 'summary') return first;
  const rest = monteCarloLeaves(scenario, data, options);
  let next = rest.next();
  while (!next.done) next = rest.next();
  return withLeaves(first, next.value);
}

/** A group's draws summed over the batches of leaves: NHS benefits, cost, net and, if kept, years. */
interface GroupSums {
  totals: Measures;
  yearly: YearlyDraws | null;
}

/**
 * Every group's and every leaf's ranges of NHS benefits, cost and net present value
 * (and, with yearly 'all', their years), on the same draws as monteCarlo with the same
 * options, in area order: a batch of leaves at a time, yielding the share of leaves
 * done after each, so that a worker can report progress and give way to a newer
 * request between batches. Each batch is a plan of its leaves alone (a leaf's figures
 * depend on its data and the draw only); a group's draws are the sums of its leaves'
 * over the batches.
 */
export function* monteCarloLeaves(
  scenario: Scenario,
  data: Dataset,
  options: MonteCarloOptions = {},
): Generator<number, AreaUncertainty[]> {
  const p = prepare(scenario, data, options);
  const { plan, draws, seed, from, yearly } = p;
  const leaves = plan.B;
  const size = yearly === 'all' ? YEARLY_BATCH : LEAF_BATCH;
  // Drawn once for every batch: the scratch arrays go back after each simulate().
  const cols = sampleColumns(scenario.values, scenario, draws, seed);
  const work = makeWorkspace(draws, makeQuantiler());
  const out: AreaUncertainty[] = [];
  const groups: GroupSums[] = Array.from({ length: plan.rollups }, () => ({
    totals: makeMeasures(draws, ['gross', 'cost', 'net']),
    yearly: yearly === 'all' ? makeYearly(plan.T, draws) : null,
  }));
  const none = new Set<number>();
  for (let b0 = 0; b0 < leaves; b0 += size) {
    const batch = Array.from({ length: Math.min(size, leaves - b0) }, (_, i) => [b0 + i]);
    const run = mergedPlan(plan, batch);
    const keep = yearly === 'all' ? new Set(run.areas.map((_, i) => i).filter((a) => a > 0)) : none;
    simulate(run, cols, draws, { from, yearly: keep, detail: none }, (a, totals, years) => {
      if (a >= run.boroughArea)
        out.push(summariseDraws(run.areas[a] as AreaInfo, totals, years, work, null, false).area);
      else if (a > 0) addDraws(groups[a - 1]!, totals, years);
    });
    yield Math.min(1, (b0 + batch.length) / leaves);
  }
  const summaries = groups.map(
    (g, r) => summariseDraws(plan.areas[1 + r] as AreaInfo, g.totals, g.yearly, work, null, false).area,
  );
  return [...summaries, ...out];
}

function addDraws(to: GroupSums, totals: Measures, years: YearlyDraws | null): void {
  for (const key of ['gross', 'cost', 'net'] as const) {
    const a = to.totals[key];
    const b = totals[key];
    for (let d = 0; d < a.length; d++) a[d]! += b[d]!;
  }
  if (to.yearly && years)
    for (const key of ['gross', 'cost', 'fte', 'starts'] as const) {
      const a = to.yearly[key];
      const b = years[key];
      for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
    }
}

/**
 * A summary result (scope 'summary') with the ranges of every group and leaf
 * (monteCarloLeaves), in area order: the whole's and the selected area's kept, in full.
 */
export function withLeaves(summary: MonteCarloResult, rest: readonly AreaUncertainty[]): MonteCarloResult {
  const have = new Map(summary.areas.map((a) => [a.id, a]));
  const whole = summary.areas[0]!;
  return { ...summary, scope: 'every', areas: [whole, ...rest.map((a) => have.get(a.id) ?? a)] };
}
