/** Monte Carlo uncertainty (MODEL.md section 6; section 7 item 6). */
import { quantileSorted } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { allGroups } from '../../../src/lib/data/geography.ts';
import { findArea } from '../../../src/lib/model/index.ts';
import {
  PARAM_BY_ID,
  findUncertainty,
  monteCarlo,
  monteCarloDraws,
  run,
  sampleColumns,
  summarise,
  variedParams,
  type AreaUncertainty,
  type Interval,
} from '../../../src/lib/model/index.ts';
import { data, relClose, scenario } from './fixtures.ts';

const central = scenario('evidence-central');
const result = monteCarlo(central, data, { draws: 2000, seed: 11, areaId: 'E09000022' });

function ordered(i: Interval | null): boolean {
  return i === null || (i.p5 <= i.p50 && i.p50 <= i.p95);
}

function intervals(a: AreaUncertainty): (Interval | null)[] {
  return [
    a.gross,
    a.cost,
    a.net,
    a.bcrNhs,
    ...(a.detail
      ? [
          a.detail.hospital,
          a.detail.primaryCare,
          a.detail.wellbeing,
          a.detail.netSocietal,
          a.detail.bcrSocietal,
          a.detail.peopleSupported,
          a.detail.gpAppointments,
          a.detail.wellbys,
          a.detail.ftePeak,
          ...a.detail.peopleSupportedByYear,
          ...a.detail.fteByYear,
        ]
      : []),
    ...a.grossByYear,
    ...a.costByYear,
    ...a.netByYear,
    ...a.cumulativeNetByYear,
  ];
}

describe('Monte Carlo', () => {
  it('covers London, Inner, Outer, the 5 ICBs and the 33 boroughs, every year', () => {
    expect(result.areas.map((a) => a.id).slice(0, 3)).toEqual(['london', 'inner', 'outer']);
    expect(result.areas.filter((a) => a.kind === 'icb')).toHaveLength(5);
    expect(result.areas.filter((a) => a.kind === 'borough')).toHaveLength(33);
    for (const a of result.areas) expect(a.grossByYear).toHaveLength(4);
    expect(result.draws).toBe(2000);
    expect(result.seed).toBe(11);
  });

  it('gives the same result for the same seed, and a different one for another seed', () => {
    const again = monteCarlo(central, data, { draws: 2000, seed: 11, areaId: 'E09000022' });
    expect(again).toEqual(result);
    // Only totals are compared below: no need for every area's years.
    const other = monteCarlo(central, data, { draws: 2000, seed: 12, yearly: 'selected' });
    expect(other.areas[0]!.net.p50).not.toBe(result.areas[0]!.net.p50);
  });

  it('has p5 <= p50 <= p95 for every area and measure, every year', () => {
    const bad = result.areas.flatMap((a) =>
      intervals(a)
        .filter((i) => !ordered(i))
        .map(() => a.id),
    );
    expect(bad).toEqual([]);
    // ...and the intervals are not degenerate, so the check could fail.
    expect(result.areas[0]!.net.p95 - result.areas[0]!.net.p5).toBeGreaterThan(1e6);
  });

  it('puts the deterministic evidence-central result inside [p5, p95] (section 7 item 6)', () => {
    const r = run(central, data);
    for (const id of ['london', 'inner', 'E54000027', 'E09000022']) {
      const det = summarise(findArea(r, id)!);
      const mc = findUncertainty(result, id)!;
      for (const [x, i] of [
        [det.gross, mc.gross],
        [det.net, mc.net],
        [det.cost, mc.cost],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(i.p5);
        expect(x).toBeLessThanOrEqual(i.p95);
      }
    }
  });

  it('finds the reconstruction at the optimistic end of its own evidence ranges', () => {
    // Most of its settings sit at the favourable end of their ranges (duration 15 of 1-15,
    // ramp 1 of 1-4, outpatient effect 20% of 0-20%...), so its net savings are above
    // the median of the draws (in fact above p95 with the current register).
    const hlp = scenario('hlp2017');
    const mc = monteCarlo(hlp, data, { draws: 2000, seed: 2, yearly: 'selected' });
    expect(summarise(run(hlp, data).london).net).toBeGreaterThan(mc.areas[0]!.net.p50);
  });

  it('keeps every roll-up the sum of its boroughs within each draw, every year', () => {
    const s = { ...central, endYear: 2024, population: 'observed' as const };
    const draws = monteCarloDraws(s, data, { draws: 12, seed: 3 });
    const index = new Map(draws.areas.map((a, i) => [a.id, i]));
    const members = (id: string): string[] => {
      if (id === 'london') return data.boroughs.map((b) => b.code);
      return allGroups(data.geography).find((x) => x.code === id)!.members;
    };
    const problems: string[] = [];
    for (const area of draws.areas.filter((a) => a.kind !== 'borough')) {
      const parts = members(area.id).map((code) => index.get(code)!);
      const a = index.get(area.id)!;
      for (const field of ['gross', 'cost', 'fte', 'starts'] as const) {
        draws[field][a]!.forEach((x, i) => {
          const sum = parts.reduce((acc, p) => acc + draws[field][p]![i]!, 0);
          if (!relClose(x, sum)) problems.push(`${area.id} ${field}[${i}]: ${x} vs ${sum}`);
        });
      }
      for (const field of ['gross', 'cost', 'wellbeing', 'starts'] as const) {
        draws.totals[a]![field].forEach((x, i) => {
          const sum = parts.reduce((acc, p) => acc + draws.totals[p]![field][i]!, 0);
          if (!relClose(x, sum)) problems.push(`${area.id} total ${field}[${i}]: ${x} vs ${sum}`);
        });
      }
    }
    expect(problems).toEqual([]);
    // The draws differ from one another (else the check above would prove little).
    expect(new Set(draws.totals[0]!.gross).size).toBe(12);
  });

  it('reports exact percentiles and the chance of net savings of its own draws', () => {
    const s = { ...central, endYear: 2023 };
    const mc = monteCarlo(s, data, { draws: 2000, seed: 5, from: 1 });
    const draws = monteCarloDraws(s, data, { draws: 2000, seed: 5 });
    const D = 2000;
    for (const a of [0, 4, 20]) {
      const total = (field: 'gross' | 'cost') =>
        Float64Array.from({ length: D }, (_, d) => {
          let x = 0;
          for (let t = 1; t < 6; t++) x += draws[field][a]![t * D + d]!;
          return x;
        });
      const gross = total('gross');
      const cost = total('cost');
      const net = gross.map((g, d) => g - cost[d]!);
      const q = (xs: Float64Array) => {
        const sorted = Array.from(xs.slice().sort());
        return {
          p5: quantileSorted(sorted, 0.05)!,
          p50: quantileSorted(sorted, 0.5)!,
          p95: quantileSorted(sorted, 0.95)!,
        };
      };
      const close = (x: Interval, y: Interval) =>
        (['p5', 'p50', 'p95'] as const).every((k) => relClose(x[k], y[k], 1e-12));
      const area = mc.areas[a]!;
      expect(close(area.gross, q(gross))).toBe(true);
      expect(close(area.cost, q(cost))).toBe(true);
      expect(close(area.net, q(net))).toBe(true);
      expect(close(area.bcrNhs!, q(gross.map((g, d) => g / cost[d]!)))).toBe(true);
      expect(area.probNetPositive).toBe(net.filter((n) => n > 0).length / D);
      const year2 = draws.gross[a]!.subarray(2 * D, 3 * D);
      expect(close(area.grossByYear[2]!, q(year2))).toBe(true);
      // Cumulative net to year 3 counts from the first year of the horizon, whatever `from` is.
      const toYear3 = Float64Array.from({ length: D }, (_, d) => {
        let x = 0;
        for (let t = 0; t <= 3; t++) x += draws.gross[a]![t * D + d]! - draws.cost[a]![t * D + d]!;
        return x;
      });
      expect(area.cumulativeNetByYear).toHaveLength(6);
      expect(close(area.cumulativeNetByYear[3]!, q(toYear3))).toBe(true);
      expect(close(area.cumulativeNetByYear[0]!, area.netByYear[0]!)).toBe(true);
    }
  });

  it('gives benefit-cost ratio histograms for London and the selected area with every draw counted', () => {
    expect(Object.keys(result.bcrHistograms).sort()).toEqual(['E09000022', 'london']);
    for (const h of Object.values(result.bcrHistograms)) {
      // 30 bars, or 31 when the grid shifts to put an edge at break-even (a ratio of 1).
      expect([30, 31]).toContain(h.counts.length);
      expect(h.edges).toHaveLength(h.counts.length + 1);
      expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2000);
      for (let i = 1; i < h.edges.length; i++) expect(h.edges[i]!).toBeGreaterThan(h.edges[i - 1]!);
      const lo = h.edges[0]!;
      const hi = h.edges[h.edges.length - 1]!;
      if (lo < 1 && hi > 1) expect(h.edges.some((e) => Math.abs(e - 1) < 1e-9)).toBe(true);
    }
    const london = result.areas[0]!.bcrNhs!;
    const h = result.bcrHistograms.london!;
    expect(h.edges[0]!).toBeLessThanOrEqual(london.p5);
    expect(h.edges[h.edges.length - 1]!).toBeGreaterThanOrEqual(london.p95);
  });

  it('counts a window of years from `from`, and the reconstruction is more often positive', () => {
    // London's totals only: the other areas' years are not needed.
    const options = { draws: 2000, yearly: 'selected' } as const;
    const hlp = monteCarlo(scenario('hlp2017'), data, options);
    const conservative = monteCarlo(scenario('evidence-conservative'), data, options);
    expect(hlp.areas[0]!.probNetPositive).toBeGreaterThan(conservative.areas[0]!.probNetPositive);
    const late = monteCarlo(central, data, { ...options, from: 3 });
    expect(late.areas[0]!.gross.p50).toBeLessThan(monteCarlo(central, data, options).areas[0]!.gross.p50);
  });

  it("with yearly: 'selected', gives years for London and the selected area only, same totals", () => {
    const lean = monteCarlo(central, data, {
      draws: 2000,
      seed: 11,
      areaId: 'E09000022',
      yearly: 'selected',
    });
    for (const a of lean.areas) {
      const full = findUncertainty(result, a.id)!;
      expect(a.net).toEqual(full.net);
      expect(a.probNetPositive).toBe(full.probNetPositive);
      const chosen = a.id === 'london' || a.id === 'E09000022';
      expect(a.netByYear).toEqual(chosen ? full.netByYear : []);
      expect(a.cumulativeNetByYear).toEqual(chosen ? full.cumulativeNetByYear : []);
    }
  });

  it('refuses bad options and invalid scenarios', () => {
    expect(() => monteCarlo(central, data, { draws: 0 })).toThrow(/draws/);
    expect(() => monteCarlo(central, data, { seed: 1.5 })).toThrow(/seed/);
    expect(() => monteCarlo(central, data, { from: 4 })).toThrow(/from/);
    expect(() => monteCarlo(central, data, { bins: 0 })).toThrow(/bins/);
    expect(() => monteCarlo(central, data, { areaId: 'E09000099' })).toThrow(/E09000099/);
    expect(() => monteCarlo({ ...central, values: { ...central.values, startRate: 2 } }, data)).toThrow(
      /startRate/,
    );
  });

  it('runs at the longest horizon with observed population, all figures finite', () => {
    const r = monteCarlo({ ...central, endYear: 2032, population: 'observed' }, data, {
      draws: 500,
    });
    const numbers = r.areas.flatMap((a) => intervals(a).flatMap((i) => (i ? [i.p5, i.p50, i.p95] : [])));
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(r.areas[0]!.grossByYear).toHaveLength(15);
  });
});

describe('what is drawn', () => {
  // The parameter columns monteCarlo and monteCarloDraws take, without running the model on them.
  const gb = scenario('green-book', { startRate: 0.45 });
  const draws = { values: sampleColumns(gb.values, gb, 3000, 9) };

  it('holds k and parameters without an evidence range at their current values', () => {
    expect(draws.values.k.every((x) => x === 1)).toBe(true);
    expect(draws.values.discount.every((x) => x === 0.035)).toBe(true);
    const hlp = scenario('hlp2017');
    const varied = variedParams(hlp.values, hlp).map((v) => v.id);
    expect(varied).not.toContain('k');
    expect(varied).not.toContain('discount');
    expect(varied).toContain('alpha');
    expect(varied).toContain('use_sp_ltc_nel');
  });

  it('extends a range to include a current value outside it', () => {
    const v = variedParams(gb.values, gb).find((p) => p.id === 'startRate')!;
    expect([v.low, v.mode, v.high]).toEqual([0.05, 0.45, 0.45]);
    const x = draws.values.startRate;
    expect(Math.max(...x)).toBeLessThanOrEqual(0.45);
    expect(x.filter((r) => r > PARAM_BY_ID.get('startRate')!.high).length).toBeGreaterThan(100);
  });

  it('draws from triangular(low, current value, high): inside the range, with its mean', () => {
    const alpha = draws.values.alpha; // triangular(0.5, 1, 1): mean 5/6
    expect(Math.min(...alpha)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...alpha)).toBeLessThanOrEqual(1);
    const mean = alpha.reduce((a, b) => a + b, 0) / alpha.length;
    expect(Math.abs(mean - 5 / 6)).toBeLessThan(0.01);
    const cost = draws.values.cost_nel; // triangular(1590, 1600, 2200): mean 1796.7
    expect(Math.abs(cost.reduce((a, b) => a + b, 0) / cost.length - 5390 / 3)).toBeLessThan(10);
  });

  it('draws whole years for the ramp, the duration and re-referral', () => {
    expect(draws.values.duration.every(Number.isInteger)).toBe(true);
    expect(draws.values.reReferralYears.every(Number.isInteger)).toBe(true);
    expect(new Set(draws.values.rampYears)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('takes draws in the same order whatever their number', () => {
    const few = monteCarloDraws(scenario('evidence-central'), data, { draws: 50, seed: 4 });
    const many = monteCarloDraws(scenario('evidence-central'), data, { draws: 500, seed: 4 });
    expect(Array.from(many.values.eff_sp_gp.subarray(0, 50))).toEqual(Array.from(few.values.eff_sp_gp));
    expect(Array.from(many.totals[0]!.gross.subarray(0, 50))).toEqual(Array.from(few.totals[0]!.gross));
  });
});
