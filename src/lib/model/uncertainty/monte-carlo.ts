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
import { makeMeasures, makeYearly, type Measures, type YearlyDraws } from './measures.ts';
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

/** Above this many leaf areas, every leaf's ranges are worked out LEAF_BATCH leaves at a time (see monteCarloLeaves). */
export const MANY_LEAVES = 256;
/** Leaves per batch: a batch's draws take a few megabytes and about a tenth of a second at 10,000 draws. */
export const LEAF_BATCH = 32;
/** Leaves per batch when each leaf keeps its years (several megabytes each). */
const YEARLY_BATCH = 8;

interface Prepared {
  plan: Plan;
  draws: number;
  seed: number;
  from: number;
  bins: number;
  yearly: 'all' | 'selected';
  /** Index of options.areaId in plan.areas. */
  selected: number;
}

function prepare(scenario: Scenario, data: Dataset, options: MonteCarloOptions): Prepared {
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
  const scope = options.scope ?? 'every';
  if (scope !== 'every' && scope !== 'summary')
    throw new RangeError(`scope must be 'every' or 'summary', not ${String(scope)}`);
  const p = prepare(scenario, data, options);
  if (scope === 'every' && p.plan.B <= MANY_LEAVES) return simulateAreas(scenario, p, p.plan);
  // The whole and the selected area, on classes of areas (merge.ts).
  const summary = simulateAreas(scenario, p, mergedPlan(p.plan, areaClasses(p.plan, p.selected)));
  if (scope === 'summary') return summary;
  const rest = monteCarloLeaves(scenario, data, options);
  let next = rest.next();
  while (!next.done) next = rest.next();
  return withLeaves(summary, next.value);
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

/** An area's summary by id ('london', 'inner', 'outer', an E54 or E09 code). */
export function findUncertainty(r: MonteCarloResult, id: string): AreaUncertainty | undefined {
  return r.areas.find((a) => a.id === id);
}
