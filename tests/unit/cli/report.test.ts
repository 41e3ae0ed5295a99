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
      /Net savings, 90% of 400 runs: -?£[\d.]+m to -?£[\d.]+m \(median -?£[\d.]+m\); positive in \d+% of runs \(seed 3\)/,
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
    // One cumulative range per reported year, and every draw in the ROI histogram.
    expect(u.cumulativeNetByYear).toHaveLength(report!.years.length);
    expect(u.roiHistogram!.counts.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('gives the ROI histogram of the area asked for', () => {
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
    const h = u.roiHistogram!;
    expect(h.edges[0]!).toBeLessThanOrEqual(u.roi!.p5);
    expect(h.edges[h.edges.length - 1]!).toBeGreaterThanOrEqual(u.roi!.p95);
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
    const all = buildReports(parseArgs([]) as RunOptions, data)[0]!;
    const window = buildReports(parseArgs(['--years', '2019-2020']) as RunOptions, data)[0]!;
    expect(window.years).toEqual(['2019/20', '2020/21']);
    expect(window.totals.peopleCouldBenefit).toBe(all.totals.peopleCouldBenefit);
    expect(window.totals.perThousandAdults).toBe(all.totals.perThousandAdults);
    expect(window.totals.gross).toBeLessThan(all.totals.gross);
  });
});
