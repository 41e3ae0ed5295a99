/**
 * The Monte Carlo's path (weights times sums of the people flow) must give the numbers
 * of run() + summarise(), which expand the same flow into cohorts, services and years:
 * for every area, year and measure, to 1e-9 relative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DELIVERIES,
  PRESET_IDS,
  allAreas,
  evaluateDraws,
  run,
  summarise,
  type ParamValues,
  type PopulationMode,
  type Scenario,
  type ScenarioSettings,
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
      const t = fast.totals[a]!;
      const pairs: [string, number, number][] = [
        ['hospital', t.hospital[d]!, sum.hospital],
        ['primaryCare', t.primaryCare[d]!, sum.primaryCare],
        ['gross', t.gross[d]!, sum.gross],
        ['cost', t.cost[d]!, sum.cost],
        ['wellbeing', t.wellbeing[d]!, sum.wellbeing],
        ['wellbys', t.wellbys[d]!, sum.wellbys],
        ['starts', t.starts[d]!, sum.peopleSupported],
        ['gpAppointments', t.gpAppointments[d]!, sum.gpAppointments],
      ];
      for (const [name, x, y] of pairs)
        if (!relClose(x, y)) out.push(`${area.id} draw ${d} ${name} ${x} vs ${y}`);
      if (Math.abs(t.net[d]! - sum.net) > 1e-9 * scale) out.push(`${area.id} draw ${d} net`);
      sum.grossByYear.forEach((g, y) => {
        const i = y * D + d;
        if (!relClose(fast.gross[a]![i]!, g)) out.push(`${area.id} draw ${d} year ${y} gross`);
        if (!relClose(fast.cost[a]![i]!, sum.costByYear[y]!)) out.push(`${area.id} draw ${d} year ${y} cost`);
        if (!relClose(fast.fte[a]![i]!, sum.fteByYear[y]!)) out.push(`${area.id} draw ${d} year ${y} fte`);
        if (!relClose(fast.starts[a]![i]!, sum.peopleSupportedByYear[y]!))
          out.push(`${area.id} draw ${d} year ${y} starts`);
      });
    });
  });
  return out;
}

const cases: [string, Scenario][] = PRESET_IDS.flatMap((id) =>
  ([1, 15] as const).flatMap((years) =>
    (['projected', 'observed'] as PopulationMode[]).map((population): [string, Scenario] => {
      const base = scenario(id);
      return [
        `${id}, ${years} years, ${population}`,
        scenario(id, {}, { endYear: base.startYear + years, population }),
      ];
    }),
  ),
);

/** Every preset under every way of delivering and counting, so no branch of the sums is left out. */
const settingsCases: [string, Partial<ScenarioSettings>][] = DELIVERIES.flatMap((delivery) =>
  (['hospital', 'all'] as const).map((services): [string, Partial<ScenarioSettings>] => [
    `${delivery}, ${services}`,
    { delivery, services },
  ]),
);

describe('fast path = run() + summarise()', () => {
  it.each(cases)('at the current values: %s', (_, s) => {
    expect(mismatches(s, [s.values])).toEqual([]);
  });

  it.each(settingsCases)('under %s, for 2017 and 2026 starts', (_, settings) => {
    for (const id of ['hlp2017', 'evidence-2026'] as const) {
      const s = scenario(id, {}, settings);
      expect(mismatches(s, [s.values])).toEqual([]);
    }
  });

  it('when the cap on starts binds, with discounting and short durations', () => {
    const s = scenario(
      'green-book',
      { startRate: 0.5, duration: 3, firstYearFraction: 0.3, growth: -0.004, costOverrun: 0.4 },
      { endYear: 2032, population: 'observed' },
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
    expect(relClose(fast.totals[0]!.gross[0]!, ref.gross)).toBe(false);
  });
});
