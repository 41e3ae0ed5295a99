import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONDON_CODES } from '../../../scripts/data/boroughs.ts';
import { buildData } from '../../../scripts/data/build.ts';
import { checkMap } from '../../../scripts/map/check.ts';
import { COHORT_NEED, weightedMean } from '../../../scripts/data/need-index.ts';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { COHORTS, type Borough } from '../../../src/lib/data/types.ts';
import { ROOT, realInputs, setCell } from './fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error(`the real data must build:\n${built.issues.map((i) => i.message).join('\n')}`);
const { dataset, map } = built;
const byCode = new Map(dataset.boroughs.map((b) => [b.code, b]));

describe('the real data', () => {
  it('has the 33 London boroughs, sorted by code, with five population years from 2016', () => {
    expect(dataset.boroughs.map((b) => b.code)).toEqual(LONDON_CODES);
    expect(dataset.baseYear).toBe(2016);
    expect(dataset.popYears).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(byCode.get('E09000001')?.name).toBe('City of London');
    expect(byCode.get('E09000033')?.name).toBe('Westminster');
  });

  it('adds up to the ONS London totals', () => {
    const sum = (f: (b: Borough) => number) => dataset.boroughs.reduce((s, b) => s + f(b), 0);
    expect(dataset.popYears.map((_, i) => sum((b) => b.popAllAges[i] ?? NaN))).toEqual([
      8_787_892, 8_825_001, 8_908_081, 8_961_989, 9_002_488,
    ]);
    expect(sum((b) => b.adults18)).toBe(6_803_159);
    expect(sum((b) => b.older65)).toBe(1_021_124);
    expect(sum((b) => (b.innerOuter === 'Inner London' ? (b.popAllAges[0] ?? NaN) : 0))).toBe(3_529_346);
  });

  it('has five STPs of 8/5/8/6/6 boroughs, each borough in exactly one', () => {
    expect(dataset.stps.map((s) => [s.code, s.name, s.boroughs.length])).toEqual([
      ['E54000027', 'North West London', 8],
      ['E54000028', 'North Central London', 5],
      ['E54000029', 'North East London', 8],
      ['E54000030', 'South East London', 6],
      ['E54000031', 'South West London', 6],
    ]);
    const members = dataset.stps.flatMap((s) => s.boroughs);
    expect([...members].sort()).toEqual(LONDON_CODES);
    for (const s of dataset.stps) {
      expect(s.boroughs).toEqual([...s.boroughs].sort());
      for (const code of s.boroughs) expect(byCode.get(code)?.stpCode).toBe(s.code);
    }
  });

  it('has need indices whose population-weighted London mean is 1 within 1e-12', () => {
    for (const cohort of COHORTS) {
      const weight = COHORT_NEED[cohort].weight;
      const mean = weightedMean(
        dataset.boroughs.map((b) => b.needIndex[cohort]),
        dataset.boroughs.map((b) => b[weight]),
      );
      expect(Math.abs(mean - 1), cohort).toBeLessThanOrEqual(1e-12);
    }
    expect(dataset.boroughs.every((b) => b.needIndex.sp_iso === 1)).toBe(true);
    expect(dataset.boroughs.every((b) => b.missingIndicators.length === 0)).toBe(true);
  });

  it('derives each need index from the raw indicators as MODEL.md section 5 says', () => {
    const adults = dataset.boroughs.map((b) => b.adults18);
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
      const ltc =
        ((i.qofDiabetes ?? NaN) / dia + (i.qofCopd ?? NaN) / copd + (i.qofHypertension ?? NaN) / hyp) / 3;
      expect(b.needIndex.sp_ltc).toBeCloseTo(ltc, 12);
      expect(b.needIndex.epp_ltc).toBe(b.needIndex.sp_ltc);
      expect(b.needIndex.sp_fa).toBeCloseTo((i.imd2015 ?? NaN) / imd, 12);
      expect(b.needIndex.sp_mh).toBeCloseTo(
        ((i.qofDepression ?? NaN) / dep + (i.imd2015 ?? NaN) / imd) / 2,
        12,
      );
    }
  });

  it('draws one shape and one tile per borough, keyed by code, and an outline per STP and Inner/Outer London', () => {
    expect(map.boroughs.map((b) => b.code)).toEqual(LONDON_CODES);
    expect([...map.tiles.tiles.map((t) => t.code)].sort()).toEqual(LONDON_CODES);
    expect(Object.keys(map.groups)).toEqual([
      ...dataset.stps.map((s) => s.code),
      'Inner London',
      'Outer London',
    ]);
    expect(checkMap(map, dataset)).toEqual([]);
  });

  // The compiled reference table lives outside the repository, so this only runs where it exists.
  const reference = '/work/shared/reference/london-boroughs.csv';
  it.skipIf(!existsSync(reference))(
    'copies data/boroughs.csv exactly from the shared reference table',
    () => {
      const parse = (text: string) => {
        const [header = [], ...rows] = text
          .trim()
          .split(/\r?\n/)
          .map((l) => l.split(','));
        return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
      };
      const ours = parse(realInputs().boroughs.text);
      const theirs = parse(readFileSync(reference, 'utf8'));
      expect(ours.length).toBe(33);
      ours.forEach((row, i) => {
        for (const [column, value] of Object.entries(row))
          expect(value, `${column} row ${i + 1}`).toBe(theirs[i]?.[column]);
      });
    },
  );
});

describe('scripts/build-data.ts end to end', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lspe-build-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/build-data.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('fails on a broken copy, names the problem, and leaves existing output untouched', () => {
    const dataDir = join(tmp, 'broken');
    const outDir = join(tmp, 'out-broken');
    cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
    const file = join(dataDir, 'boroughs.csv');
    writeFileSync(file, setCell(readFileSync(file, 'utf8'), 7, 'pop_2017', 'abc'));
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'boroughs.json'), 'previous output\n');
    writeFileSync(join(outDir, 'boroughs.topo.json'), 'an older build\n');

    const result = run('--data-dir', dataDir, '--out-dir', outDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} row 7 (E09000007), column pop_2017: "abc" is not a number`);
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(outDir, 'boroughs.json'), 'utf8')).toBe('previous output\n');
    expect(readdirSync(outDir).sort()).toEqual(['boroughs.json', 'boroughs.topo.json']);
  }, 30_000);

  it('writes the same dataset and map as the pure build, removes the old TopoJSON, and prints one line', () => {
    const outDir = join(tmp, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'boroughs.topo.json'), 'an older build\n');
    const result = run('--out-dir', outDir);
    expect(result.stderr).not.toMatch(/problem|failed/);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(
      /^data: 33 boroughs, 5 STPs -> \S+boroughs\.json \([\d.]+ KB\), \S+map\.json \([\d.]+ KB\) in \d+ ms$/,
    );
    expect(loadDatasetFromDisk(outDir)).toEqual(dataset);
    expect(JSON.parse(readFileSync(join(outDir, 'map.json'), 'utf8'))).toEqual(map);
    expect(readdirSync(outDir).sort()).toEqual(['boroughs.json', 'map.json']);
  }, 30_000);
});
