import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../../src/lib/model/index.ts';
import { barsExtent, netExtent, stackSeries, yearlySeries } from '../../../src/lib/charts/yearly/series.ts';
import { yearlyTable } from '../../../src/lib/charts/yearly/table.ts';
import { STACKS } from '../../../src/lib/state/view-state.ts';
import { summarise, type AreaResult } from '../../../src/lib/model/index.ts';
import { close, result } from './fixtures.ts';

const cases = [
  { preset: 'hlp2017', endYear: undefined },
  { preset: 'evidence-central', endYear: 2031 },
  { preset: 'green-book', endYear: 2025 },
] as const;

describe('yearlySeries', () => {
  for (const { preset, endYear } of cases) {
    const r = result(preset, endYear);
    const areas: AreaResult[] = [r.london, groupsOf(r, 'icb')[0] as AreaResult, r.boroughs[11] as AreaResult];
    for (const area of areas) {
      for (const stack of STACKS) {
        it(`${preset} ${area.name} by ${stack}: segments sum to each year's gross`, () => {
          const s = summarise(area);
          const data = yearlySeries(area, s, r.years, stack);
          expect(data).toHaveLength(r.years.length);
          for (const [t, d] of data.entries()) {
            expect(d.year).toBe(r.years[t]);
            expect(d.segments.map((x) => x.key)).toEqual(stackSeries(stack).map((x) => x.key));
            const total = d.segments.reduce((a, x) => a + x.value, 0);
            expect(close(total, s.grossByYear[t] as number)).toBe(true);
            expect(close(total, d.gross)).toBe(true);
            // The stack is contiguous: each segment starts where the last ended.
            let top = 0;
            for (const x of d.segments) {
              expect(x.y0).toBe(top);
              expect(close(x.y1 - x.y0, x.value)).toBe(true);
              top = x.y1;
            }
            expect(close(top, d.gross)).toBe(true);
          }
        });
      }
      it(`${preset} ${area.name}: cost and cumulative net match the summary`, () => {
        const s = summarise(area);
        const data = yearlySeries(area, s, r.years, 'programme');
        let running = 0;
        for (const [t, d] of data.entries()) {
          running += d.gross - d.cost;
          expect(close(d.cost, s.costByYear[t] as number)).toBe(true);
          expect(close(d.net, d.gross - d.cost)).toBe(true);
          expect(close(d.cumulativeNet, running)).toBe(true);
          expect(close(d.cumulativeNet, s.cumulativeNet[t] as number)).toBe(true);
        }
        expect(close(running, s.net)).toBe(true);
      });
    }
  }

  it('both stackings split the same totals', () => {
    const r = result('evidence-central', 2031);
    const s = summarise(r.london);
    const byProgramme = yearlySeries(r.london, s, r.years, 'programme');
    const byService = yearlySeries(r.london, s, r.years, 'service');
    const sum = (xs: { value: number }[]) => xs.reduce((a, x) => a + x.value, 0);
    byProgramme.forEach((d, t) =>
      expect(close(sum(d.segments), sum((byService[t] as (typeof byService)[number]).segments))).toBe(true),
    );
  });

  it('each panel has its own extent: the bars cover every bar and the cost, the net panel the line; both include zero', () => {
    const r = result('evidence-central', 2031);
    const s = summarise(r.london);
    const data = yearlySeries(r.london, s, r.years, 'service');
    const [lo, hi] = barsExtent(data);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(Math.max(...s.grossByYear, ...s.costByYear), 6);
    const [netLo, netHi] = netExtent(data);
    expect(netLo).toBeCloseTo(Math.min(...s.cumulativeNet), 6);
    expect(netLo).toBeLessThan(0); // this scenario never pays back
    expect(netHi).toBeGreaterThanOrEqual(0);
    // The line (tens of millions below zero) does not stretch the bars' scale.
    expect(-netLo).toBeGreaterThan(hi);
  });

  it('gives a £0 to £1m extent when there is nothing to draw', () => {
    const r = result('hlp2017');
    const zero = (xs: number[]) => xs.map(() => 0);
    const s = summarise(r.london);
    const empty = {
      ...s,
      grossByYear: zero(s.grossByYear),
      costByYear: zero(s.costByYear),
      cumulativeNet: zero(s.cumulativeNet),
    };
    const area: AreaResult = {
      ...r.london,
      gross: r.london.gross.map((byService) => byService.map(zero)),
    };
    const blank = yearlySeries(area, empty, r.years, 'service');
    expect(barsExtent(blank)).toEqual([0, 1e6]);
    expect(netExtent(blank)).toEqual([0, 1e6]);
  });

  it('stacks negative segments below zero', () => {
    const r = result('hlp2017');
    const area: AreaResult = {
      ...r.london,
      gross: r.london.gross.map((byService, ci) => byService.map((ys) => ys.map((v) => (ci === 0 ? -v : v)))),
    };
    const data = yearlySeries(area, summarise(area), r.years, 'programme');
    for (const d of data) {
      for (const x of d.segments) {
        if (x.value < 0) expect(Math.max(x.y0, x.y1)).toBeLessThanOrEqual(0);
        else expect(Math.min(x.y0, x.y1)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('the table has one row a year with raw numbers and a column per series', () => {
    const r = result('hlp2017');
    const s = summarise(r.london);
    const defs = stackSeries('service');
    const table = yearlyTable('London', yearlySeries(r.london, s, r.years, 'service'), defs);
    expect(table.rows.map((row) => row.year)).toEqual(r.years);
    expect(table.columns.map((c) => c.key)).toEqual([
      'year',
      ...defs.map((d) => d.key),
      'gross',
      'cost',
      'net',
      'cumulativeNet',
    ]);
    expect(table.rows[0]?.gross).toBe(s.grossByYear[0]);
  });

  it("carries the runs' range of cumulative net into the net panel's extent and the table, only for every year", () => {
    const r = result('evidence-central');
    const s = summarise(r.london);
    const band = s.cumulativeNet.map((n) => ({ p5: n - 9e9, p50: n, p95: n + 8e9 }));
    const data = yearlySeries(r.london, s, r.years, 'programme', band);
    expect(data.map((d) => [d.netLow, d.netHigh])).toEqual(band.map((b) => [b.p5, b.p95]));
    const [lo, hi] = netExtent(data);
    expect(lo).toBeLessThanOrEqual(Math.min(...band.map((b) => b.p5)));
    expect(hi).toBeGreaterThanOrEqual(Math.max(...band.map((b) => b.p95)));
    const table = yearlyTable('London', data, stackSeries('programme'));
    expect(table.columns.slice(-2).map((c) => c.key)).toEqual(['netLow', 'netHigh']);
    expect(table.rows.at(-1)?.netHigh).toBe(band.at(-1)?.p95);
    // An out-of-date range is not drawn but stays in the axis.
    const plain = yearlySeries(r.london, s, r.years, 'programme');
    expect(netExtent(plain, band)).toEqual([lo, hi]);
    expect(netExtent(plain)[0]).toBeGreaterThan(lo);
    // The bars' scale never carries the range.
    expect(barsExtent(data)).toEqual(barsExtent(plain));
    // A range for other years (a stale or partial result) is not drawn.
    const partial = yearlySeries(r.london, s, r.years, 'programme', band.slice(1));
    expect(partial.every((d) => d.netLow === undefined)).toBe(true);
    expect(yearlyTable('London', partial, stackSeries('programme')).columns.at(-1)?.key).toBe(
      'cumulativeNet',
    );
  });
});
