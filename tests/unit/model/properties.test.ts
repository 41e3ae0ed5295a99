import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COHORTS,
  PARAMS,
  SERVICES,
  ScenarioError,
  allAreas,
  presetScenario,
  run,
  summarise,
  type ParamId,
  type Scenario,
} from '../../../src/lib/model/index.ts';
import { scenarioArb } from './arbitraries.ts';
import { data, london, relClose, scenario } from './fixtures.ts';

const EFFECTS = PARAMS.filter((p) => p.group === 'effects').map((p) => p.id);
/** The 2015/16 unit costs, which the 2017 presets read (the 2023/24 ones are tested in people-flow.test.ts). */
const UNIT_COSTS = PARAMS.filter((p) => p.group === 'unitCosts' && p.id.startsWith('cost_')).map((p) => p.id);

describe('behaviour (MODEL.md section 7, item 3)', () => {
  it('all effects 0 gives gross 0 in every area and year', () => {
    const zero = Object.fromEntries(EFFECTS.map((id) => [id, 0])) as Partial<Record<ParamId, number>>;
    const r = run(scenario('hlp2017', zero), data);
    for (const a of allAreas(r)) expect(summarise(a).grossByYear.every((g) => g === 0)).toBe(true);
    expect(london(scenario('hlp2017', zero)).cost).toBeGreaterThan(0);
  });

  it.each([...EFFECTS, ...UNIT_COSTS])('gross is linear in %s', (id) => {
    const [g0, g1, g2] = [0, 1, 2].map((i) => {
      const def = PARAMS.find((p) => p.id === id)!;
      const x = def.min + ((def.max - def.min) * i) / 4;
      return london(scenario('evidence-central', { [id]: x })).gross;
    }) as [number, number, number];
    expect(g1 - g0).toBeGreaterThan(0);
    expect(relClose(g2 - g1, g1 - g0, 1e-9)).toBe(true);
  });

  it.each(['gp', 'ae', 'nel', 'op'] as const)(
    'gross is proportional to the %s unit cost (through zero)',
    (svc) => {
      // Only this service's effects are non-zero, so all of gross flows through its unit cost.
      const only = Object.fromEntries(EFFECTS.map((id) => [id, id.endsWith(`_${svc}`) ? 0.2 : 0]));
      const at = (c: number) =>
        london(scenario('hlp2017', { ...only, [`cost_${svc}`]: c }, { services: 'all' })).gross;
      const lowest = PARAMS.find((p) => p.id === `cost_${svc}`)!.min;
      expect(at(lowest)).toBeGreaterThan(0);
      expect(relClose(at(2 * lowest), 2 * at(lowest), 1e-12)).toBe(true);
    },
  );

  it('a positive discount rate lowers the discounted gross, cost and value', () => {
    const cash = london(scenario('evidence-central', { discount: 0 }));
    const pv = london(scenario('evidence-central', { discount: 0.035 }));
    expect(pv.gross).toBeLessThan(cash.gross);
    expect(pv.cost).toBeLessThan(cash.cost);
    expect(pv.grossCash).toBeCloseTo(cash.gross, 6);
    // Where net savings are positive, discounting lowers them too.
    const hlpCash = london(scenario('hlp2017', { discount: 0 }));
    const hlpPv = london(scenario('hlp2017', { discount: 0.035 }));
    expect(hlpCash.net).toBeGreaterThan(0);
    expect(hlpPv.net).toBeLessThan(hlpCash.net);
  });

  it('the need factor stays non-negative at the largest alpha for every borough and cohort', () => {
    const maxAlpha = PARAMS.find((p) => p.id === 'alpha')!.max;
    for (const b of data.boroughs)
      for (const p of b.populations)
        for (const c of COHORTS) expect(1 + maxAlpha * (p.needIndex[c] - 1)).toBeGreaterThanOrEqual(0);
  });

  it("alpha = 0 makes the eligible proportional to each cohort's base population", () => {
    const r = run(scenario('hlp2017', { alpha: 0 }), data);
    COHORTS.forEach((c, ci) => {
      const base = (code: string) => {
        const b = data.boroughs.find((x) => x.code === code)!.populations[0]!;
        return c === 'sp_iso' ? b.older65 : b.adults18;
      };
      const ratios = r.boroughs.map((b) => b.eligible[ci]![0]! / base(b.id));
      for (const x of ratios) expect(relClose(x, ratios[0]!, 1e-12)).toBe(true);
    });
  });

  it('the London total does not depend on alpha when every borough grows at g (section 5)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.constantFrom('hlp2017' as const, 'evidence-central' as const),
        (alpha, id) => {
          const a = london(scenario(id, { alpha }));
          const b = london(scenario(id, { alpha: 1 }));
          return (
            relClose(a.peopleCouldBenefit, b.peopleCouldBenefit, 1e-9) && relClose(a.gross, b.gross, 1e-9)
          );
        },
      ),
      { numRuns: 40, seed: 5 },
    );
    // ...but boroughs do move with alpha, so the test above is not vacuous.
    const at0 = run(scenario('hlp2017', { alpha: 0 }), data).boroughs[11]!;
    const at1 = run(scenario('hlp2017', { alpha: 1 }), data).boroughs[11]!;
    expect(Math.abs(summarise(at0).gross - summarise(at1).gross)).toBeGreaterThan(1);
  });

  it('saving per active participant-year is baseUse x unitCost x uplift x effect', () => {
    const s = scenario('hlp2017', { uplift: 1.1, benefitShortfall: 0.2 });
    const r = run({ ...s, endYear: 2018 }, data);
    const v = s.values;
    const ci = COHORTS.indexOf('sp_ltc');
    const si = SERVICES.indexOf('nel');
    const expected = r.london.active[ci]![0]! * v.use_sp_ltc_nel * v.cost_nel * 1.1 * v.eff_sp_nel * 0.8;
    expect(relClose(r.london.gross[ci]![si]![0]!, expected, 1e-12)).toBe(true);
  });

  it('people stay active for `duration` years, the first at firstYearFraction (no turnover)', () => {
    const s = scenario('hlp2017', {
      duration: 2,
      firstYearFraction: 0.5,
      rampYears: 1,
      growth: 0,
      turnover: 0,
    });
    const r = run({ ...s, endYear: 2021 }, data);
    const st = r.london.starts[0]!;
    const act = r.london.active[0]!;
    expect(act[0]).toBeCloseTo(0.5 * st[0]!, 6);
    expect(act[1]).toBeCloseTo(st[0]! + 0.5 * st[1]!, 6);
    expect(act[2]).toBeCloseTo(st[1]! + 0.5 * st[2]!, 6);
  });

  it('supported people still in a cohort never exceed the cohort, and the cap is reported when it binds', () => {
    // No re-referral within the horizon: everyone supported and still in the cohort is "recent".
    const s = scenario('hlp2017', { startRate: 0.5, turnover: 0.1 }, { endYear: 2025 });
    const r = run(s, data);
    for (const b of r.boroughs) {
      COHORTS.forEach((_, ci) => {
        let still = 0;
        b.starts[ci]!.forEach((st, t) => {
          still = still * 0.9 + st;
          expect(still).toBeLessThanOrEqual(b.eligible[ci]![t]! * (1 + 1e-9));
        });
      });
    }
    expect(r.capped.length).toBeGreaterThan(0);
    // 50% a year and 10% turnover: in year 3 fewer than half are free to start.
    expect(r.capped[0]!.firstYear).toBe('2019/20');
    expect(run(presetScenario('hlp2017', data), data).capped).toEqual([]);
  });

  it('payback year is the first year cumulative net savings reach zero', () => {
    const s = london(presetScenario('evidence-central', data));
    if (s.paybackIndex === null) {
      expect(s.cumulativeNet.every((n) => n < 0)).toBe(true);
    } else {
      expect(s.cumulativeNet[s.paybackIndex]).toBeGreaterThanOrEqual(0);
      expect(s.cumulativeNet.slice(0, s.paybackIndex).every((n) => n < 0)).toBe(true);
    }
    // The reconstruction spends ahead of its benefits and pays back in its last year.
    expect(london(presetScenario('hlp2017', data)).paybackIndex).toBe(3);
  });

  it('observed population follows the ONS estimates to 2020, then grows at g', () => {
    const s: Scenario = { ...presetScenario('hlp2017', data), population: 'observed', endYear: 2023 };
    const r = run(s, data);
    const camden = data.boroughs.find((b) => b.code === 'E09000007')!;
    const cam = r.boroughs.find((b) => b.id === 'E09000007')!;
    const ratio = (t: number) => cam.eligible[0]![t]! / cam.eligible[0]![0]!;
    const pop = camden.populations[0]!.allAges;
    expect(ratio(3)).toBeCloseTo(pop[4]! / pop[1]!, 12);
    expect(ratio(5)).toBeCloseTo((pop[4]! / pop[1]!) * (1 + s.values.growth) ** 2, 12);
  });
});

describe('robustness (MODEL.md section 7, item 5)', () => {
  it('no NaN or Infinity, no negative people or costs, for any scenario in range', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s, data);
        return allAreas(r).every((a) => {
          const t = summarise(a);
          const numbers = [
            t.gross,
            t.cost,
            t.net,
            t.peopleCouldBenefit,
            t.perThousandAdults,
            t.netPerHead,
            ...t.cumulativeNet,
          ];
          const ratios = [t.bcrNhs, t.bcrSocietal, t.roiNhs].filter((x) => x !== null);
          const finite = [
            ...numbers,
            t.hospital,
            t.primaryCare,
            t.wellbeing,
            t.ftePeak,
            t.unmetNeed,
            ...ratios,
          ].every(Number.isFinite);
          const nonNegative =
            [a.eligible, a.demand, a.starts, a.active, a.cost, a.fte, a.workforceCost, a.wellbeing]
              .flat(2)
              .every((x) => x >= 0) && t.gross >= 0;
          return finite && nonNegative;
        });
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('refuses out-of-range input with a message naming the parameter', () => {
    const s = presetScenario('hlp2017', data);
    expect(() => run({ ...s, values: { ...s.values, startRate: 2 } }, data)).toThrow(
      /startRate = 2 is outside 0 to 0.5/,
    );
    expect(() => run({ ...s, values: { ...s.values, cost_gp: Number.NaN } }, data)).toThrow(ScenarioError);
    expect(() => run({ ...s, endYear: 2040 }, data)).toThrow(/endYear = 2040 must be 1 to 15 years after/);
    expect(() => run({ ...s, delivery: 'fast' as never }, data)).toThrow(/delivery must be one of/);
  });

  it('is pure: same input, same output, and the input is not changed', () => {
    const s = presetScenario('evidence-central', data);
    const before = JSON.stringify(s);
    expect(JSON.stringify(run(s, data))).toBe(JSON.stringify(run(s, data)));
    expect(JSON.stringify(s)).toBe(before);
  });
});
