/**
 * The Monte Carlo's fast path must give the numbers of the reference model:
 * run() + summarise(), for every area and year, to 1e-9 relative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAST_END_YEAR,
  PRESET_IDS,
  allAreas,
  evaluateDraws,
  run,
  summarise,
  type ParamValues,
  type PopulationMode,
  type Scenario,
} from '../../../src/lib/model/index.ts';
import { scenarioArb, valuesArb } from './arbitraries.ts';
import { data, relClose, scenario } from './fixtures.ts';

/** Mismatches between the fast path's draw d and run() + summarise() of the same values. */
function mismatches(s: Scenario, sets: ParamValues[]): string[] {
  const fast = evaluateDraws(s, data, sets);
  const D = sets.length;
  const out: string[] = [];
  sets.forEach((values, d) => {
    const ref = allAreas(run({ ...s, values }, data));
    ref.forEach((area, a) => {
      if (fast.areas[a]?.id !== area.id) out.push(`area ${a} is ${fast.areas[a]?.id}, expected ${area.id}`);
      const sum = summarise(area);
      // Net can be near zero: compare it on the scale of gross and cost.
      const scale = Math.max(1, sum.gross, sum.cost);
      const gross = fast.totalGross[a]![d]!;
      const cost = fast.totalCost[a]![d]!;
      if (!relClose(gross, sum.gross)) out.push(`${area.id} draw ${d} gross ${gross} vs ${sum.gross}`);
      if (!relClose(cost, sum.cost)) out.push(`${area.id} draw ${d} cost ${cost} vs ${sum.cost}`);
      if (Math.abs(gross - cost - sum.net) > 1e-9 * scale) out.push(`${area.id} draw ${d} net`);
      sum.grossByYear.forEach((g, t) => {
        const fg = fast.gross[a]![t * D + d]!;
        const fc = fast.cost[a]![t * D + d]!;
        if (!relClose(fg, g)) out.push(`${area.id} draw ${d} year ${t} gross ${fg} vs ${g}`);
        if (!relClose(fc, sum.costByYear[t]!)) out.push(`${area.id} draw ${d} year ${t} cost`);
      });
    });
  });
  return out;
}

const cases: [string, Scenario][] = PRESET_IDS.flatMap((id) =>
  ([2021, LAST_END_YEAR] as const).flatMap((endYear) =>
    (['projected', 'observed'] as PopulationMode[]).map((population): [string, Scenario] => [
      `${id}, to ${endYear}, ${population}`,
      scenario(id, {}, { endYear, population }),
    ]),
  ),
);

describe('fast path = run() + summarise()', () => {
  it.each(cases)('at the current values: %s', (_, s) => {
    expect(mismatches(s, [s.values])).toEqual([]);
  });

  it('when the cap on cumulative starts binds, with discounting and short durations', () => {
    const s = scenario(
      'green-book',
      { startRate: 0.5, duration: 3, firstYearFraction: 0.3, growth: -0.004, costOverrun: 0.4 },
      { endYear: LAST_END_YEAR, population: 'observed' },
    );
    expect(run(s, data).capped.length).toBeGreaterThan(0);
    expect(mismatches(s, [s.values])).toEqual([]);
  });

  it('with a non-integer ramp and duration, alpha above 1, shortfall and uplift', () => {
    const s = scenario(
      'hlp2017',
      { rampYears: 2.5, duration: 2.4, alpha: 1.5, benefitShortfall: 0.3, uplift: 1.2 },
      { endYear: 2026 },
    );
    expect(mismatches(s, [s.values])).toEqual([]);
  });

  it('several different draws in one batch, for any scenario in range', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        valuesArb,
        valuesArb,
        (s, v1, v2) => mismatches(s, [v1, s.values, v2]).length === 0,
      ),
      { numRuns: 50, seed: 2017 },
    );
  });

  it('a check that can fail: a changed value is noticed', () => {
    const s = scenario('evidence-central');
    const fast = evaluateDraws(s, data, [s.values]);
    const ref = summarise(run({ ...s, values: { ...s.values, eff_sp_nel: 0.11 } }, data).london);
    expect(relClose(fast.totalGross[0]![0]!, ref.gross)).toBe(false);
  });
});
