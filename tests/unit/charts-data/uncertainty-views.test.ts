/** The Monte Carlo result as the charts show it: ROI bars and words, 90% ranges in tooltips and tables. */
import { describe, expect, it } from 'vitest';
import { roiBins, roiDomain, roiTable, roiTitle, roiSubtitle } from '../../../src/lib/charts/roi/bins.ts';
import { mapTable } from '../../../src/lib/charts/map/map-table.ts';
import { rankAreas, rankedTable } from '../../../src/lib/charts/ranked/rank.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import { monteCarlo, presetScenario } from '../../../src/lib/model/index.ts';
import { netRangeColumns, netRangeNote, netRangeText, runsRange } from '../../../src/lib/ui/ranges.ts';
import { data, result, summaries } from './fixtures.ts';

const scenario = presetScenario('evidence-central', data);
const mc = monteCarlo(scenario, data, { draws: 2000, seed: 4, areaId: 'E09000012', yearly: 'selected' });
const byId = Object.fromEntries(mc.areas.map((a) => [a.id, a]));

describe('benefit-cost ratio distribution', () => {
  const h = mc.bcrHistograms['E09000012']!;
  const bins = roiBins(h);

  it('has a bar per bin with every run counted, split at break-even', () => {
    expect(bins).toHaveLength(h.counts.length);
    expect(bins.reduce((a, b) => a + b.runs, 0)).toBe(2000);
    expect(bins.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 12);
    for (const b of bins) expect(b.paysBack).toBe((b.from + b.to) / 2 >= 1);
    expect(bins.some((b) => b.paysBack)).not.toBe(bins.every((b) => b.paysBack));
  });

  it('always shows break-even on the axis', () => {
    const [lo, hi] = roiDomain(bins);
    expect(lo).toBeLessThanOrEqual(Math.min(1, bins[0]!.from));
    expect(hi).toBeGreaterThanOrEqual(Math.max(1, bins.at(-1)!.to));
    const high = roiDomain([{ from: 2, to: 3, runs: 1, share: 1, paysBack: true }]);
    expect(high[0]).toBeLessThan(1);
  });

  it('states the finding in plain words', () => {
    const years = ['2017/18', '2020/21'];
    expect(roiTitle(0.18, years)).toBe('In 18% of runs NHS benefits cover the cost by 2020/21');
    expect(roiTitle(0, years)).toBe('In none of the runs do NHS benefits cover the cost by 2020/21');
    expect(roiTitle(1, years)).toBe('In every run NHS benefits cover the cost by 2020/21');
    expect(roiTitle(0.999, years)).toBe('In over 99% of runs NHS benefits cover the cost by 2020/21');
    expect(roiSubtitle('Hackney', years, 10000, 7)).toBe(
      'Hackney: NHS benefit-cost ratio (£ of NHS benefit per £1 of cost), 2017/18 to 2020/21; 10,000 runs, seed 7',
    );
  });

  it('gives the table raw numbers for the CSV', () => {
    const t = roiTable('Hackney', bins);
    expect(t.columns.map((c) => c.key)).toEqual(['from', 'to', 'runs', 'share']);
    expect(t.rows[0]).toEqual({
      from: h.edges[0],
      to: h.edges[1],
      runs: h.counts[0],
      share: h.counts[0]! / 2000,
    });
  });
});

describe('90% ranges in tooltips and tables', () => {
  it('words a range with the minus sign the headline uses', () => {
    expect(runsRange({ p5: -4e5, p50: 1e6, p95: 2.1e6 })).toBe('−£400k to £2.1m');
  });

  it("words an area's range of net savings for a tooltip or a ranked bar, or nothing without one", () => {
    const [code, u] = Object.entries(byId).find(([id]) => id !== 'london')!;
    expect(netRangeText(byId, code)).toBe(runsRange(u.net));
    expect(netRangeNote(byId, code)).toBe(`90% of runs ${runsRange(u.net)}`);
    expect(netRangeText(null, code)).toBeNull();
    expect(netRangeNote(byId, 'no such area')).toBeNull();
  });

  it("adds every borough's range of net savings to the map and ranked tables", () => {
    const r = result('evidence-central');
    const s = summaries(r);
    const extra = netRangeColumns(byId);
    const map = mapTable(data, s, METRIC_DEFS.net, 'london', extra);
    expect(map.columns.map((c) => c.key).slice(-3)).toEqual(['netLow', 'netHigh', 'code']);
    for (const row of map.rows) {
      const u = byId[row['code'] as string]!;
      expect([row['netLow'], row['netHigh']]).toEqual([u.net.p5, u.net.p95]);
    }
    const ranked = rankedTable(
      rankAreas(r.boroughs, s, METRIC_DEFS.net),
      METRIC_DEFS.net,
      'london',
      { Area: 'Borough', Areas: 'Boroughs', code: 'GSS code' },
      extra,
    );
    expect(ranked.rows.every((row) => row['netLow'] === byId[row['code'] as string]!.net.p5)).toBe(true);
    // Without a current result, the tables are as before.
    expect(mapTable(data, s, METRIC_DEFS.net, 'london').columns.some((c) => c.key === 'netLow')).toBe(false);
  });
});
