import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaReport } from '../../../scripts/cli/report.ts';

const TSX = 'node_modules/.bin/tsx';
const cli = (...args: string[]) => spawnSync(TSX, ['scripts/model-cli.ts', ...args], { encoding: 'utf8' });

describe('model CLI end to end', () => {
  it('gives London gross 2017/18-2020/21 within 1% of £533m, with 33 boroughs that sum to it', () => {
    const out = execFileSync(TSX, ['scripts/model-cli.ts', '--preset', 'hlp2017', '--format', 'json'], {
      encoding: 'utf8',
    });
    const r = JSON.parse(out) as AreaReport;
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

  it('stops quietly when its reader stops early, as `| head -c 50` does', async () => {
    const child = spawn(TSX, ['scripts/model-cli.ts', '--params', '--format', 'csv']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
    expect(first.length).toBeGreaterThan(0);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says in one line, with no stack trace, when the data file is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    try {
      const script = join(process.cwd(), 'scripts/model-cli.ts');
      const run = () => spawnSync(join(process.cwd(), TSX), [script], { cwd: dir, encoding: 'utf8' });
      const missing = run();
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(
        /^model: public\/data\/boroughs\.json not found: run npm run data first.*\n$/,
      );
      mkdirSync(join(dir, 'public/data'), { recursive: true });
      writeFileSync(join(dir, 'public/data/boroughs.json'), '{"vintages": 7}');
      const broken = run();
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
