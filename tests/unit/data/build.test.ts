import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONDON_CODES, VINTAGES } from '../../../scripts/data/london.ts';
import { buildData, pageDataset } from '../../../scripts/data/build.ts';
import { areasTemplate } from '../../../scripts/data/template.ts';
import { runBuildData } from '../../../scripts/data/main.ts';
import { checkMap } from '../../../scripts/map/check.ts';
import { COHORT_NEED, weightedMean } from '../../../src/lib/data/read/need-index.ts';
import { DEFLATOR_EDITION } from '../../../scripts/data/yearly-tables.ts';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { parseDataset } from '../../../src/lib/data/parse.ts';
import { COHORTS, type BoroughPopulation } from '../../../src/lib/data/types.ts';
import { mainGrouping } from '../../../src/lib/data/geography.ts';
import type { BoroughFacts as Borough } from '../../../scripts/data/facts.ts';
import { ROOT, getCell, realInputs, replaceOnce, setCell } from './fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error(`the real data must build:\n${built.issues.map((i) => i.message).join('\n')}`);
const { dataset, map } = built;
const byCode = new Map(dataset.boroughs.map((b) => [b.code, b]));
const icbs = () => mainGrouping(dataset.geography).groups;

/** A borough's population in vintage `vi`; throws rather than let a missing one read as NaN. */
function population(b: Borough | undefined, vi: number): BoroughPopulation {
  const p = b?.populations[vi];
  if (!p) throw new Error(`no population ${vi} for ${b?.code ?? 'a missing borough'}`);
  return p;
}
const sum = (f: (b: Borough) => number) => dataset.boroughs.reduce((s, b) => s + f(b), 0);
/** London sums of vintage vi: each all-ages year, adults 18+ and residents 65+. */
function londonSums(vi: number) {
  const years = dataset.vintages[vi]?.years ?? [];
  return {
    allAges: years.map((_, y) => sum((b) => population(b, vi).allAges[y] ?? NaN)),
    adults18: sum((b) => population(b, vi).adults18),
    older65: sum((b) => population(b, vi).older65),
  };
}

describe('the real data', () => {
  it('has the 33 London boroughs, sorted by code, with the two ONS vintages', () => {
    expect(dataset.boroughs.map((b) => b.code)).toEqual(LONDON_CODES);
    expect(dataset.vintages.map(({ id, baseYear, years }) => ({ id, baseYear, years }))).toEqual([
      { id: 'mid2016', baseYear: 2016, years: [2016, 2017, 2018, 2019, 2020] },
      { id: 'mid2024', baseYear: 2024, years: [2024, 2025] },
    ]);
    expect(dataset.vintages.map((v) => v.label)).toEqual(VINTAGES.map((v) => v.label));
    for (const b of dataset.boroughs) {
      expect(
        b.populations.map((p) => p.allAges.length),
        b.code,
      ).toEqual([5, 2]);
    }
    expect(byCode.get('E09000001')?.name).toBe('City of London');
    expect(byCode.get('E09000033')?.name).toBe('Westminster');
  });

  it('adds up to the ONS London totals in the mid-2016 vintage', () => {
    const { allAges, adults18, older65 } = londonSums(0);
    expect(allAges).toEqual([8_787_892, 8_825_001, 8_908_081, 8_961_989, 9_002_488]);
    expect(adults18).toBe(6_803_159);
    expect(older65).toBe(1_021_124);
    expect(sum((b) => (b.innerOuter === 'Inner London' ? (population(b, 0).allAges[0] ?? NaN) : 0))).toBe(
      3_529_346,
    );
  });

  it('adds up to the ONS London totals in the mid-2024 vintage', () => {
    const { allAges, adults18, older65 } = londonSums(1);
    expect(allAges).toEqual([9_089_736, 9_122_909]);
    expect(adults18).toBe(7_173_650);
    expect(older65).toBe(1_115_497);
  });

  it('copies the mid-2024 vintage cell for cell from data/boroughs.csv', () => {
    const csv = realInputs().boroughs.text;
    dataset.boroughs.forEach((b, i) => {
      const row = i + 1;
      expect(getCell(csv, row, 'code')).toBe(b.code);
      const p = population(b, 1);
      expect(p.allAges.map(String), b.code).toEqual([
        getCell(csv, row, 'pop_2024'),
        getCell(csv, row, 'pop_2025'),
      ]);
      expect(String(p.adults18), b.code).toBe(getCell(csv, row, 'pop_18plus_2024'));
      expect(String(p.older65), b.code).toBe(getCell(csv, row, 'pop_65plus_2024'));
    });
    // Spot checks against the ONS mid-2024 MYE2 Persons sheet (data/SOURCES.md).
    expect(population(byCode.get('E09000001'), 1)).toMatchObject({
      allAges: [15_111, 15_631],
      adults18: 14_264,
      older65: 1_399,
    });
    expect(population(byCode.get('E09000033'), 1)).toMatchObject({
      allAges: [209_996, 212_367],
      adults18: 180_162,
      older65: 26_528,
    });
  });

  it('has five ICBs of 8/5/8/6/6 boroughs with their ODS codes, each borough in exactly one', () => {
    expect(icbs().map((s) => [s.code, s.ods, s.name, s.members.length])).toEqual([
      ['E54000027', 'QRV', 'North West London', 8],
      ['E54000028', 'QMJ', 'North Central London', 5],
      ['E54000029', 'QMF', 'North East London', 8],
      ['E54000030', 'QKK', 'South East London', 6],
      ['E54000031', 'QWE', 'South West London', 6],
    ]);
    const members = icbs().flatMap((s) => s.members);
    expect([...members].sort()).toEqual(LONDON_CODES);
    for (const s of icbs()) {
      expect(s.members).toEqual([...s.members].sort());
      for (const code of s.members) expect(byCode.get(code)?.stpCode).toBe(s.code);
    }
  });

  it('has need indices whose population-weighted London mean is 1 within 1e-12 in each vintage', () => {
    dataset.vintages.forEach((v, vi) => {
      for (const cohort of COHORTS) {
        const weight = COHORT_NEED[cohort].weight;
        const mean = weightedMean(
          dataset.boroughs.map((b) => population(b, vi).needIndex[cohort]),
          dataset.boroughs.map((b) => population(b, vi)[weight]),
        );
        expect(Math.abs(mean - 1), `${v.id} ${cohort}`).toBeLessThanOrEqual(1e-12);
      }
      expect(dataset.boroughs.every((b) => population(b, vi).needIndex.sp_iso === 1)).toBe(true);
    });
    expect(dataset.boroughs.every((b) => b.missingIndicators.length === 0)).toBe(true);
  });

  it("weights each vintage's need index with that vintage's base populations", () => {
    // Same indicators, different weights: the indices differ, but only slightly.
    let largest = 0;
    for (const b of dataset.boroughs) {
      const [old, latest] = [population(b, 0).needIndex, population(b, 1).needIndex];
      for (const cohort of COHORTS) largest = Math.max(largest, Math.abs(old[cohort] - latest[cohort]));
    }
    expect(largest).toBeGreaterThan(1e-6);
    expect(largest).toBeLessThan(0.1);
  });

  it('derives each need index from the raw indicators as MODEL.md section 5 says, in each vintage', () => {
    dataset.vintages.forEach((v, vi) => {
      const adults = dataset.boroughs.map((b) => population(b, vi).adults18);
      const londonMean = (f: (b: Borough) => number | null) =>
        weightedMean(
          dataset.boroughs.map((b) => f(b) ?? NaN),
          adults,
        );
      const imd = londonMean((b) => b.indicators.imd2015);
      const dep = londonMean((b) => b.indicators.qofDepression);
      const dia = londonMean((b) => b.indicators.qofDiabetes);
      const copd = londonMean((b) => b.indicators.qofCopd);
      const hyp = londonMean((b) => b.indicators.qofHypertension);
      for (const b of dataset.boroughs) {
        const i = b.indicators;
        const need = population(b, vi).needIndex;
        const ltc =
          ((i.qofDiabetes ?? NaN) / dia + (i.qofCopd ?? NaN) / copd + (i.qofHypertension ?? NaN) / hyp) / 3;
        const where = `${v.id} ${b.code}`;
        expect(need.sp_ltc, where).toBeCloseTo(ltc, 12);
        expect(need.epp_ltc, where).toBe(need.sp_ltc);
        expect(need.sp_fa, where).toBeCloseTo((i.imd2015 ?? NaN) / imd, 12);
        expect(need.sp_mh, where).toBeCloseTo(
          ((i.qofDepression ?? NaN) / dep + (i.imd2015 ?? NaN) / imd) / 2,
          12,
        );
      }
    });
  });

  it('carries the HM Treasury deflators: consecutive years, 2024-25 = 100, forecasts from 2025-26', () => {
    const { deflators } = dataset;
    expect(deflators.edition).toBe(DEFLATOR_EDITION);
    expect(deflators.years).toEqual(Array.from({ length: 16 }, (_, i) => 2015 + i));
    expect(deflators.index[deflators.years.indexOf(2024)]).toBe(100);
    expect(deflators.index[0]).toBe(74.5804);
    expect(deflators.index.at(-1)).toBe(113.6416);
    expect(deflators.forecastFrom).toBe(2025);
  });

  it('carries the ARRS link worker amounts found, leaving out the years not found', () => {
    expect(dataset.linkWorkerPay).toEqual([
      { year: 2019, amount: 34_113, appliesFrom: '2019-04-01' },
      { year: 2020, amount: 35_389, appliesFrom: '2020-04-01' },
      { year: 2022, amount: 36_428, appliesFrom: '2022-04-01' },
      { year: 2023, amount: 40_159, appliesFrom: '2023-07-01' },
    ]);
  });

  it('draws one shape and one tile per borough, keyed by code, and an outline per ICB and Inner/Outer London', () => {
    expect(map.boroughs.map((b) => b.code)).toEqual(LONDON_CODES);
    expect([...map.tiles.tiles.map((t) => t.code)].sort()).toEqual(LONDON_CODES);
    expect(Object.keys(map.groups)).toEqual(['inner', 'outer', ...icbs().map((s) => s.code)]);
    expect(checkMap(map, dataset)).toEqual([]);
  });
});

describe('scripts/build-data.ts end to end', () => {
  const TSX = join(ROOT, 'node_modules/.bin/tsx');
  const tmp = mkdtempSync(join(tmpdir(), 'lspe-build-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** `npm run data -- ...args`, run in this process: its exit code and what it printed. */
  const run = (...args: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const status = runBuildData(args, {
      log: (line) => stdout.push(`${line}\n`),
      error: (line) => stderr.push(`${line}\n`),
    });
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  };

  it('fails on a broken copy, names the problem, and leaves existing output untouched', () => {
    const dataDir = join(tmp, 'broken');
    const outDir = join(tmp, 'out-broken');
    cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
    const file = join(dataDir, 'boroughs.csv');
    writeFileSync(file, setCell(readFileSync(file, 'utf8'), 7, 'pop_2017', 'abc'));
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'boroughs.json'), 'previous output\n');
    writeFileSync(join(outDir, 'boroughs.topo.json'), 'an older build\n');

    // The one build run as its own process, as `npm run data` runs it: the script and its exit code.
    const result = spawnSync(TSX, ['scripts/build-data.ts', '--data-dir', dataDir, '--out-dir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file} row 7 (E09000007), column pop_2017: "abc" is not a number`);
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(outDir, 'boroughs.json'), 'utf8')).toBe('previous output\n');
    expect(readdirSync(outDir).sort()).toEqual(['boroughs.json', 'boroughs.topo.json']);
  }, 30_000);

  /** A copy of data/ with `edit` applied, and an output folder holding an earlier build. */
  function brokenCopy(name: string, edit: (dataDir: string) => void): { dataDir: string; outDir: string } {
    const dataDir = join(tmp, name);
    const outDir = join(tmp, `out-${name}`);
    cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
    edit(dataDir);
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'boroughs.json'), 'previous output\n');
    writeFileSync(join(outDir, 'map.json'), 'previous map\n');
    return { dataDir, outDir };
  }
  function expectUntouched(outDir: string): void {
    expect(readFileSync(join(outDir, 'boroughs.json'), 'utf8')).toBe('previous output\n');
    expect(readFileSync(join(outDir, 'map.json'), 'utf8')).toBe('previous map\n');
    expect(readdirSync(outDir).sort()).toEqual(['boroughs.json', 'map.json']);
  }

  it('fails on a broken deflators.csv and link-worker-pay.csv, naming both, and writes nothing', () => {
    const { dataDir, outDir } = brokenCopy('broken-yearly', (dir) => {
      const deflators = join(dir, 'deflators.csv');
      writeFileSync(deflators, replaceOnce(readFileSync(deflators, 'utf8'), '2019-20,', '2019/20,'));
      const pay = join(dir, 'link-worker-pay.csv');
      writeFileSync(pay, replaceOnce(readFileSync(pay, 'utf8'), ',2023-07-01,', ',2024-07-01,'));
    });
    const result = run('--data-dir', dataDir, '--out-dir', outDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${join(dataDir, 'deflators.csv')} row 5 (2019/20), column financial_year: "2019/20": expected a financial year such as 2019-20`,
    );
    expect(result.stderr).toContain(
      `${join(dataDir, 'link-worker-pay.csv')} row 4, column applies_from: "2024-07-01" is not within the financial year (2023-04-01 to 2024-03-31)`,
    );
    expect(result.stderr).toContain('nothing was written');
    expectUntouched(outDir);
  });

  it('fails when deflators.csv is missing, and writes nothing', () => {
    const { dataDir, outDir } = brokenCopy('no-deflators', (dir) => rmSync(join(dir, 'deflators.csv')));
    const result = run('--data-dir', dataDir, '--out-dir', outDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dataDir, 'deflators.csv')}: cannot be read (ENOENT)`);
    expectUntouched(outDir);
  });

  it('writes the same dataset and map as the pure build, removes the old TopoJSON, and prints one line', () => {
    const outDir = join(tmp, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'boroughs.topo.json'), 'an older build\n');
    const result = run('--out-dir', outDir);
    expect(result.stderr).not.toMatch(/problem|failed/);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(
      /^data: 33 boroughs, 5 ICBs -> \S+boroughs\.json \([\d.]+ KB\), \S+map\.json \([\d.]+ KB\) in \d+ ms$/,
    );
    const loaded = loadDatasetFromDisk(outDir);
    expect(loaded).toEqual(parseDataset(pageDataset(dataset)));
    // The page works out the build's need index again from the indicators, to the last bit.
    loaded.boroughs.forEach((b, i) => {
      expect(b.populations.map((p) => p.needIndex)).toEqual(
        dataset.boroughs[i]!.populations.map((p) => p.needIndex),
      );
      expect(b.missingIndicators).toEqual(dataset.boroughs[i]!.missingIndicators);
    });
    // The page gets what the model reads: the need indicators, not the need index, CCGs or areas.
    const written = readFileSync(join(outDir, 'boroughs.json'), 'utf8');
    expect(written).not.toMatch(/needIndex|imd2015Rank|ccg2016|inlandAreaHectares/);
    expect(JSON.parse(readFileSync(join(outDir, 'map.json'), 'utf8'))).toEqual(map);
    expect(readdirSync(outDir).sort()).toEqual(['areas-template.csv', 'boroughs.json', 'map.json']);
    expect(readFileSync(join(outDir, 'areas-template.csv'), 'utf8')).toBe(areasTemplate(dataset));
  });
});
