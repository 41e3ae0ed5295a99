/**
 * The Monte Carlo works draws in blocks and takes one of several paths per borough and
 * draw (the shared flow, a flow of its own step by step, or linear in its own path).
 * Every draw must give what run() gives for its values, whichever block and path it
 * falls in; and a call must not be changed by the calls before it (work arrays are reused).
 */
import { describe, expect, it } from 'vitest';
import { findArea } from '../../../src/lib/model/index.ts';
import {
  PARAMS,
  monteCarlo,
  monteCarloDraws,
  run,
  sampleColumns,
  summarise,
  type ParamValues,
  type Scenario,
} from '../../../src/lib/model/index.ts';
import { BLOCK } from '../../../src/lib/model/uncertainty/kernel.ts';
import { makePlan } from '../../../src/lib/model/core/plan.ts';
import { columnsOf, drawTerms } from '../../../src/lib/model/core/terms.ts';
import { backRatios, uncappedDraws } from '../../../src/lib/model/uncertainty/linear-flows.ts';
import { data, relClose, scenario } from './fixtures.ts';

const IDS = PARAMS.map((p) => p.id);
/** Draws either side of each block boundary, and the last. */
const PICKS = [0, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK - 1, 2 * BLOCK];
const DRAWS = 2 * BLOCK + 3;

/** The Monte Carlo's draws of a scenario, every number kept: worked out once per scenario in this file. */
const drawsOf = (() => {
  const done = new Map<string, ReturnType<typeof monteCarloDraws>>();
  return (s: Scenario) => {
    const key = JSON.stringify(s);
    let r = done.get(key);
    if (!r) done.set(key, (r = monteCarloDraws(s, data, { draws: DRAWS, seed: 7 })));
    return r;
  };
})();

/** Mismatches between draw d of the Monte Carlo and run() of the same values, for London and two boroughs. */
function mismatches(s: Scenario): string[] {
  const r = drawsOf(s);
  const out: string[] = [];
  for (const d of [...PICKS, DRAWS - 1]) {
    const values = Object.fromEntries(IDS.map((id) => [id, r.values[id][d]!])) as ParamValues;
    const areas = run({ ...s, values }, data);
    for (const id of ['london', 'E09000001', 'E09000030', 'E54000029']) {
      const a = r.areas.findIndex((x) => x.id === id);
      const ref = summarise(findArea(areas, id)!);
      const t = r.totals[a]!;
      const pairs: [string, number, number][] = [
        ['gross', t.gross[d]!, ref.gross],
        ['cost', t.cost[d]!, ref.cost],
        ['wellbeing', t.wellbeing[d]!, ref.wellbeing],
        ['starts', t.starts[d]!, ref.peopleSupported],
        ['gp', t.gpAppointments[d]!, ref.gpAppointments],
      ];
      for (const [name, x, y] of pairs)
        if (!relClose(x, y)) out.push(`${id} draw ${d} ${name}: ${x} vs ${y}`);
      ref.grossByYear.forEach((g, y) => {
        if (!relClose(r.gross[a]![y * DRAWS + d]!, g)) out.push(`${id} draw ${d} year ${y} gross`);
        if (!relClose(r.fte[a]![y * DRAWS + d]!, ref.fteByYear[y]!))
          out.push(`${id} draw ${d} year ${y} fte`);
      });
    }
  }
  return out;
}

/** How many of the parameter sets pass the test for flows linear in their own path. */
function linearSets(s: Scenario, sets: ParamValues[]): number {
  const plan = makePlan(s, data);
  const terms = drawTerms(plan, columnsOf(sets, IDS), sets.length);
  return uncappedDraws(plan, terms, backRatios(plan), new Uint8Array(sets.length));
}

/** How many of a scenario's Monte Carlo draws pass it (the draws' values only: the model is not run on them). */
function linearDraws(s: Scenario, draws: number): number {
  const values = sampleColumns(s.values, s, draws, 7);
  const sets = Array.from(
    { length: draws },
    (_, d) => Object.fromEntries(IDS.map((id) => [id, values[id][d]!])) as ParamValues,
  );
  return linearSets(s, sets);
}

describe('every block and path of the Monte Carlo gives what run() gives', () => {
  it('shared paths, link workers limiting some boroughs in some draws (the default)', () => {
    expect(mismatches(scenario('evidence-2026'))).toEqual([]);
  });

  it('shared paths, demand-led', () => {
    expect(mismatches(scenario('evidence-2026', {}, { delivery: 'demandLed' }))).toEqual([]);
  });

  it('paths of their own: at the central values those lately supported limit starts (step by step)', () => {
    const s = scenario('hlp2017', {}, { endYear: 2032, population: 'observed' });
    expect(makePlan(s, data).shared).toBe(false);
    expect(linearSets(s, [s.values])).toBe(0);
    const linear = linearDraws(s, 200);
    expect(linear).toBeGreaterThan(0);
    expect(linear).toBeLessThan(200);
    expect(mismatches(s)).toEqual([]);
  });

  it('paths of their own, nothing limiting starts (linear in the path), some draws step by step', () => {
    const s = scenario('evidence-central', {}, { endYear: 2032, population: 'observed' });
    const linear = linearDraws(s, 200);
    expect(linear).toBeGreaterThan(0);
    expect(linear).toBeLessThan(200);
    expect(mismatches(s)).toEqual([]);
  });

  it('paths of their own with link workers limiting starts', () => {
    const s = scenario('evidence-2026', {}, { startYear: 2017, endYear: 2032, population: 'observed' });
    expect(makePlan(s, data).shared).toBe(false);
    expect(mismatches(s)).toEqual([]);
  });

  it("a check that can fail: a draw compared with another draw's values is noticed", () => {
    const s = scenario('evidence-2026');
    const r = drawsOf(s);
    const values = Object.fromEntries(IDS.map((id) => [id, r.values[id][1]!])) as ParamValues;
    const ref = summarise(run({ ...s, values }, data).london);
    expect(relClose(r.totals[0]!.gross[0]!, ref.gross)).toBe(false);
  });
});

describe('calls do not change one another', () => {
  it('the same scenario gives the same result before and after others of other shapes', () => {
    const a = scenario('evidence-2026');
    const first = monteCarlo(a, data, { draws: 700, yearly: 'selected', areaId: 'E09000030' });
    monteCarlo(scenario('hlp2017', {}, { endYear: 2032, population: 'observed' }), data, { draws: 300 });
    monteCarlo(scenario('hlp2017'), data, { draws: 700, yearly: 'selected' });
    const again = monteCarlo(a, data, { draws: 700, yearly: 'selected', areaId: 'E09000030' });
    expect(again).toEqual(first);
  });
});
