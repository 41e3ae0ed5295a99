import { describe, expect, it } from 'vitest';
import {
  boroughDiffs,
  headlineRows,
  scenarioLabel,
  signed,
  yearPairs,
} from '../../../src/lib/compare/diff.ts';
import { boroughDiffTable, yearlyPairTable } from '../../../src/lib/compare/tables.ts';
import { money, ratio } from '../../../src/lib/format.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import { PRESETS, run, type AreaSummary } from '../../../src/lib/model/index.ts';
import { summariesById } from '../../../src/lib/state/indexes.ts';
import { data, scenario } from '../model/fixtures.ts';

const a = summariesById(run(scenario('hlp2017'), data));
const b = summariesById(run(scenario('evidence-central'), data));
const years = run(scenario('hlp2017'), data).years;
const londonA = a.get('london') as AreaSummary;
const londonB = b.get('london') as AreaSummary;

describe('scenario labels and signed differences', () => {
  it('names each scenario by letter and preset, with its changes', () => {
    expect(scenarioLabel('A', PRESETS.hlp2017, 0)).toBe('A: HLP 2017 headline (reconstructed)');
    expect(scenarioLabel('B', PRESETS['evidence-central'], 1)).toBe('B: Evidence: central, with 1 change');
    expect(scenarioLabel('B', PRESETS['green-book'], 3)).toBe('B: Green Book appraisal, with 3 changes');
  });

  it('writes the sign in front of the size', () => {
    expect(signed(money)(1.25e6)).toBe('+£1.3m');
    expect(signed(money)(-1.25e6)).toBe('−£1.3m');
    expect(signed(money)(0)).toBe('£0');
    expect(signed(ratio)(-0.5)).toBe('−£0.50');
  });
});

describe('headline differences', () => {
  const rows = headlineRows(londonA, londonB, years);
  const row = (key: string) => rows.find((r) => r.key === key);

  it('are B minus A, for every money figure and for people', () => {
    expect(row('hospital')?.delta).toBe(londonB.hospital - londonA.hospital);
    expect(row('cost')?.delta).toBe(londonB.cost - londonA.cost);
    expect(row('net')?.delta).toBe(londonB.net - londonA.net);
    expect(row('people')?.delta).toBe(londonB.peopleCouldBenefit - londonA.peopleCouldBenefit);
    expect(row('supported')?.delta).toBe(londonB.peopleSupported - londonA.peopleSupported);
    expect(row('wellbeing')?.delta).toBe(londonB.wellbys - londonA.wellbys);
    expect(row('bcr')?.delta).toBeCloseTo((londonB.bcrNhs as number) - (londonA.bcrNhs as number), 12);
    expect(row('net')?.diff).toBe(signed(money)(londonB.net - londonA.net));
    expect(row('hospital')?.a).toBe(money(londonA.hospital));
    expect(row('hospital')?.b).toBe(money(londonB.hospital));
  });

  it('comparing a scenario with itself gives no difference anywhere', () => {
    const same = headlineRows(londonA, londonA, years);
    expect(same.filter((r) => r.key !== 'payback').map((r) => r.delta)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(same.find((r) => r.key === 'payback')?.diff).toMatch(/Same year|Neither/);
  });

  it('says in words how the payback year moves', () => {
    const at = (i: number | null): AreaSummary => ({ ...londonA, paybackIndex: i });
    const payback = (x: number | null, y: number | null) =>
      headlineRows(at(x), at(y), years).find((r) => r.key === 'payback');
    expect(payback(1, 3)).toMatchObject({ diff: '2 years later', delta: 2 });
    expect(payback(2, 1)).toMatchObject({ diff: '1 year sooner', delta: -1 });
    expect(payback(2, null)?.diff).toBe(`B does not cover its cost by ${years[years.length - 1]}`);
    expect(payback(null, 0)?.diff).toMatch(/^B covers its cost; A does not/);
    expect(payback(null, null)?.diff).toMatch(/^Neither covers its cost/);
  });
});

describe('borough differences', () => {
  const net = boroughDiffs(data, a, b, METRIC_DEFS.net);

  it('has every borough once, with B − A, largest increase first', () => {
    expect(net).toHaveLength(33);
    expect(new Set(net.map((r) => r.code)).size).toBe(33);
    for (const r of net) {
      // The difference map reads the runs' columns, totals over the years worked out cohort by
      // cohort; the summaries add the same amounts year by year. They agree but for rounding.
      const near = (x: number, y: number) => Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
      expect(near(r.a, a.get(r.code)!.net)).toBe(true);
      expect(near(r.b, b.get(r.code)!.net)).toBe(true);
      expect(r.diff).toBe(r.b - r.a);
    }
    for (let i = 1; i < net.length; i++) expect(net[i - 1]!.diff).toBeGreaterThanOrEqual(net[i]!.diff);
  });

  it('adds up to the London difference', () => {
    const total = net.reduce((s, r) => s + r.diff, 0);
    expect(total).toBeCloseTo(londonB.net - londonA.net, 0);
  });

  it('makes a table labelled with both scenarios, raw numbers for the CSV', () => {
    const table = boroughDiffTable(net, METRIC_DEFS.net, 'A: x', 'B: y', 'E09000007', {
      area: 'borough',
      Area: 'Borough',
      Group: 'ICB',
      code: 'GSS code',
    });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Borough',
      'ICB',
      'A: x',
      'B: y',
      'Difference (B − A)',
      'GSS code',
    ]);
    expect(table.rows.map((r) => r.code)).toEqual(net.map((r) => r.code));
    expect(typeof table.rows[0]?.diff).toBe('number');
    expect(table.highlight).toBe('E09000007');
  });
});

describe('years side by side', () => {
  it('pairs each year of A and B, and the table adds up to the whole-period totals', () => {
    const pairs = yearPairs(londonA, londonB, years);
    expect(pairs.map((p) => p.year)).toEqual(years);
    expect(pairs.map((p) => p.a)).toEqual(londonA.netByYear);
    expect(pairs.map((p) => p.b)).toEqual(londonB.netByYear);
    const table = yearlyPairTable('London', londonA, londonB, years);
    const sum = (k: string) => table.rows.reduce((s, r) => s + (r[k] as number), 0);
    expect(sum('aGross')).toBeCloseTo(londonA.gross, 0);
    expect(sum('bCost')).toBeCloseTo(londonB.cost, 0);
    expect(sum('diff')).toBeCloseTo(londonB.net - londonA.net, 0);
  });
});
