import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliPlaces } from '../../../scripts/cli/main.ts';
import type { AreaReport } from '../../../scripts/cli/report.ts';

/** A command line run here, in this process, as scripts/model-cli.ts runs it: its exit code and output. */
function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  return cliWith({}, ...args);
}
function cliWith(places: CliPlaces, ...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, places);
  return { status, stdout, stderr };
}

describe('model CLI end to end', () => {
  it('runs as `npm run -s model`, prints clean output, and stops quietly when its reader stops early', async () => {
    // The one command line run in its own process: the script, its streams and its exit code.
    // The 33 boroughs' reports (about 1 MB) are more than the pipe holds, so the CLI is still
    // writing when the reader goes, as with `| head -c 50`.
    const boroughs = Array.from({ length: 33 }, (_, i) => [
      '--area',
      `E090000${String(i + 1).padStart(2, '0')}`,
    ]);
    const child = spawn('npm', ['run', '-s', 'model', '--', '--format', 'json', ...boroughs.flat()]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
    // No npm lines before the output.
    expect(first.toString()).toMatch(/^\[\n {2}\{\n {4}"preset": "evidence-2026"/);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);

  it('gives London gross 2017/18-2020/21 within 1% of £533m, with 33 boroughs that sum to it', () => {
    const run = cli('--preset', 'hlp2017', '--format', 'json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as AreaReport;
    expect(r.preset).toBe('hlp2017');
    expect(r.area).toBe('london');
    expect(r.years).toEqual(['2017/18', '2018/19', '2019/20', '2020/21']);
    expect(Math.abs(r.totals.gross - 533e6) / 533e6).toBeLessThan(0.01);
    expect(r.gross.reduce((a, b) => a + b, 0)).toBeCloseTo(r.totals.gross, 2);
    expect(r.boroughs).toHaveLength(33);
    const sum = r.boroughs.reduce((a, b) => a + b.totals.gross, 0);
    expect(Math.abs(sum - r.totals.gross) / r.totals.gross).toBeLessThan(1e-9);
    for (const k of ['gross', 'hospital', 'cost', 'net', 'bcrNhs', 'peopleCouldBenefit'] as const)
      expect(r.totals[k]).toEqual(expect.any(Number));
  });

  it('writes its output to the file --out names, exactly as it would print it, and prints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    try {
      const file = join(dir, 'london.json');
      const r = cli('--format', 'json', '--out', file);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(cli('--format', 'json').stdout);
      const bad = cli('--format', 'json', '--out', join(dir, 'no', 'such', 'dir.json'));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^model: could not write .*: ENOENT\n$/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('says in one line, with no stack trace, when the data file is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    try {
      const dataDir = join(dir, 'public/data');
      const missing = cliWith({ dataDir });
      expect(missing.status).toBe(1);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toBe(
        `model: ${join(dataDir, 'boroughs.json')} not found: run npm run data first to build it from data/*.csv\n`,
      );
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'boroughs.json'), '{"vintages": 7}');
      const broken = cliWith({ dataDir });
      expect(broken.status).toBe(1);
      expect(broken.stderr.trim().split('\n')).toHaveLength(1);
      expect(broken.stderr).toMatch(/^model: .*vintages/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('gives the numbers the page gives for an off-step value, and says it rounded it', () => {
    const page = JSON.parse(cli('--set', 'startRate=0.12', '--format', 'json').stdout) as AreaReport;
    const r = cli('--set', 'startRate=0.123', '--format', 'json');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as AreaReport).totals).toEqual(page.totals);
    expect(r.stderr).toBe(
      "model: startRate = 0.123 was rounded to the slider's step, 0.12, as the page does\n",
    );
  });

  it("leaves npm's own messages on: a mistake in an npm command says what went wrong", () => {
    const r = spawnSync('npm', ['run', 'no-such-script'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Missing script: "no-such-script"');
  });

  it.each([
    [['--preset', 'nope'], 'unknown preset'],
    [['--set', 'nope=1'], 'unknown parameter'],
    [['--area', 'E09000099'], 'unknown area "E09000099"'],
    [['--set', 'cost_gp=1e9'], 'out of range'],
    [['--set', 'cost_gp=lots'], 'is not a number'],
    [['--uncertainty', '--draws', '50'], '--draws must be a whole number from 100 to 100000'],
    [['--uncertainty', '--seed', 'x'], '--seed must be a whole number'],
  ])('%j exits with code 2 and one line on stderr', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('adds Monte Carlo percentiles and a tornado with --uncertainty --draws 500 --seed 7 --tornado', () => {
    const args = ['--preset', 'evidence-central', '--area', 'E09000008', '--format', 'json'];
    const run = (...extra: string[]) =>
      cli(...args, '--uncertainty', '--draws', '500', '--seed', '7', ...extra);
    const out = run('--tornado');
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout) as AreaReport;
    const u = r.uncertainty!;
    expect(u.draws).toBe(500);
    expect(u.seed).toBe(7);
    for (const i of [u.gross, u.cost, u.net, u.bcrNhs!]) {
      expect(Object.keys(i).sort()).toEqual(['p5', 'p50', 'p95']);
      expect(i.p5).toBeLessThanOrEqual(i.p50);
      expect(i.p50).toBeLessThanOrEqual(i.p95);
    }
    expect(u.probNetPositive).toBeGreaterThanOrEqual(0);
    expect(u.probNetPositive).toBeLessThanOrEqual(1);
    // The deterministic result of the same run lies inside the 90% range.
    expect(r.totals.net).toBeGreaterThanOrEqual(u.net.p5);
    expect(r.totals.net).toBeLessThanOrEqual(u.net.p95);

    const t = r.tornado!;
    expect(t.length).toBeGreaterThan(20);
    for (const row of t) {
      expect(Object.keys(row).sort()).toEqual([
        'high',
        'low',
        'netAtHigh',
        'netAtLow',
        'param',
        'switchingValue',
      ]);
      expect(row.switchingValue === null || typeof row.switchingValue === 'number').toBe(true);
    }
    const swings = t.map((row) => Math.abs(row.netAtHigh - row.netAtLow));
    for (let i = 1; i < swings.length; i++) expect(swings[i]!).toBeLessThanOrEqual(swings[i - 1]!);
    expect(t.some((row) => row.switchingValue !== null)).toBe(true);

    // Same seed, same numbers.
    const again = JSON.parse(run().stdout) as AreaReport;
    expect(again.uncertainty).toEqual(u);
    expect(again.tornado).toBeUndefined();
  });

  it('prints the parameter register with sources as CSV', () => {
    const r = cli('--params', '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('id,group,label');
    expect(lines.some((l) => l.startsWith('cost_gp,unitCosts'))).toBe(true);
  });
});

describe("model CLI on one's own areas", () => {
  const template = () => readFileSync('public/data/areas-template.csv', 'utf8');

  it('--template prints the template the page offers', () => {
    const r = cli('--template');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(template());
    expect(r.stdout.split('\r\n')[0]).toMatch(/^area_code,area_name,short_name,group_code,group_name,/);
  });

  it('--data with the template gives the built-in numbers, area by area', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-areas-'));
    try {
      const file = join(dir, 'mine.csv');
      writeFileSync(file, template());
      const args = ['--preset', 'hlp2017', '--area', 'E09000012', '--area', 'E54000029', '--format', 'json'];
      const mine = cli(...args, '--data', file);
      const london = cli(...args);
      expect(mine.stderr).toBe('');
      expect(mine.status).toBe(0);
      // The same figures: the reconstruction stays calibrated on London.
      expect(JSON.parse(mine.stdout)).toEqual(JSON.parse(london.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--data runs a small file of PCNs, and names every problem in a broken one with exit 1', () => {
    const small = 'tests/e2e/fixtures/own-areas-small.csv';
    const r = cli('--data', small, '--area', 'ICB-A', '--area', 'P05', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^evidence-2026,ICB-A,Test ICB A,2026\/27,/m);
    expect(r.stdout).toMatch(/^evidence-2026,P05,Meadow PCN,/m);
    const dir = mkdtempSync(join(tmpdir(), 'own-areas-'));
    try {
      const broken = join(dir, 'broken.csv');
      writeFileSync(broken, readFileSync(small, 'utf8').replace('P02,', 'P01,').replace(',26000,', ',x,'));
      const bad = cli('--data', broken);
      expect(bad.status).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain('broken.csv: 2 problems, nothing was run');
      expect(bad.stderr).toContain('row 2 (P01), column area_code: P01 is on row 1 too');
      expect(bad.stderr).toContain('row 3 (P03), column pop_18plus_2025: "x" is not a number');
      expect(cli('--data', small, '--area', 'E09000001').stderr).toContain(
        'unknown area "E09000001" (london for all the file\'s areas',
      );
      expect(cli('--data', join(dir, 'none.csv')).stderr).toMatch(/none\.csv cannot be read \(ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
