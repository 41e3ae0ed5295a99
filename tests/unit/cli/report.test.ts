import { describe, expect, it } from 'vitest';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { parseArgs, type RunOptions } from '../../../scripts/cli/args.ts';
import { reportTable } from '../../../scripts/cli/format.ts';
import { buildReports } from '../../../scripts/cli/report.ts';

const data = loadDatasetFromDisk();

describe('model CLI table with --uncertainty and --tornado', () => {
  it('prints the 90% range line and the top 10 tornado rows', () => {
    const opts = parseArgs([
      '--preset',
      'evidence-central',
      '--uncertainty',
      '--draws',
      '400',
      '--seed',
      '3',
      '--tornado',
      '--years',
      '2018-2020',
    ]) as RunOptions;
    const [report] = buildReports(opts, data);
    const text = reportTable(report!);
    expect(text).toMatch(
      /NHS net present value, 90% of 400 runs: -?£[\d.]+m to -?£[\d.]+m \(median -?£[\d.]+m\); positive in \d+% of runs \(seed 3\)/,
    );
    const lines = text.trimEnd().split('\n');
    const header = lines.findIndex((l) => l.startsWith('Parameter'));
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1)).toHaveLength(10);
    expect(lines[header - 1]).toContain(`top 10 of ${report!.tornado!.length}`);
    // The window 2018/19-2020/21 is what the percentiles describe: the deterministic net is inside.
    const u = report!.uncertainty!;
    expect(report!.totals.net).toBeGreaterThanOrEqual(u.net.p5);
    expect(report!.totals.net).toBeLessThanOrEqual(u.net.p95);
    // One cumulative range per reported year, and every draw in the benefit-cost ratio histogram.
    expect(u.cumulativeNetByYear).toHaveLength(report!.years.length);
    expect(u.bcrHistogram!.counts.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('gives the benefit-cost ratio histogram of the area asked for', () => {
    const opts = parseArgs([
      '--preset',
      'evidence-central',
      '--area',
      'E09000012',
      '--uncertainty',
      '--draws',
      '300',
    ]) as RunOptions;
    const [report] = buildReports(opts, data);
    const u = report!.uncertainty!;
    const h = u.bcrHistogram!;
    expect(h.edges[0]!).toBeLessThanOrEqual(u.bcrNhs!.p5);
    expect(h.edges[h.edges.length - 1]!).toBeGreaterThanOrEqual(u.bcrNhs!.p95);
    // The last cumulative range is the whole horizon's, summed year by year.
    const last = u.cumulativeNetByYear.at(-1)!;
    for (const k of ['p5', 'p50', 'p95'] as const) expect(last[k]).toBeCloseTo(u.net[k], 0);
  });

  it('leaves the report unchanged without the new flags', () => {
    const [report] = buildReports(parseArgs(['--preset', 'hlp2017']) as RunOptions, data);
    expect(report!.uncertainty).toBeUndefined();
    expect(report!.tornado).toBeUndefined();
    expect(reportTable(report!)).not.toContain('90%');
  });
});

describe('model CLI year windows', () => {
  it('counts people who could benefit from the first modelled year whatever --years shows', () => {
    const data = loadDatasetFromDisk();
    const all = buildReports(parseArgs(['--preset', 'hlp2017']) as RunOptions, data)[0]!;
    const window = buildReports(
      parseArgs(['--preset', 'hlp2017', '--years', '2019-2020']) as RunOptions,
      data,
    )[0]!;
    expect(window.years).toEqual(['2019/20', '2020/21']);
    expect(window.totals.peopleCouldBenefit).toBe(all.totals.peopleCouldBenefit);
    expect(window.totals.perThousandAdults).toBe(all.totals.perThousandAdults);
    expect(window.totals.gross).toBeLessThan(all.totals.gross);
  });

  it('runs evidence-2026 from 2026/27 to 2040/41 with the contract other tools read', () => {
    const [r] = buildReports(
      parseArgs(['--preset', 'evidence-2026', '--years', '2026-2040']) as RunOptions,
      data,
    );
    expect(r!.startYear).toBe(2026);
    expect(r!.years).toHaveLength(15);
    expect(r!.years.at(-1)).toBe('2040/41');
    const t = r!.totals;
    for (const k of [
      'hospital',
      'primaryCare',
      'wellbeing',
      'wellbys',
      'gpAppointments',
      'peopleSupported',
      'linkWorkerFte',
    ] as const)
      expect(t[k]).toEqual(expect.any(Number));
    expect(t.gross).toBeCloseTo(t.hospital + t.primaryCare, 2);
    expect(t.bcrNhs).toBeCloseTo(t.gross / t.cost, 12);
    expect(t.bcrSocietal).toBeCloseTo((t.gross + t.wellbeing) / t.cost, 12);
    for (const k of ['gross', 'cost', 'net', 'wellbeing', 'peopleSupported', 'linkWorkerFte'] as const)
      expect(r![k]).toHaveLength(15);
  });

  it('refuses --years before the first year, and a --start moves the horizon with it', () => {
    expect(() => buildReports(parseArgs(['--years', '2017-2020']) as RunOptions, data)).toThrow(
      /starts before the scenario's first year 2026\/27: add --start 2017/,
    );
    const [r] = buildReports(parseArgs(['--start', '2028']) as RunOptions, data);
    expect(r!.years[0]).toBe('2028/29');
    expect(r!.years).toHaveLength(15);
  });
});
