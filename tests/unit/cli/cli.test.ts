import { execFileSync, spawnSync } from 'node:child_process';
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
    for (const k of ['gross', 'cost', 'net', 'roi', 'peopleCouldBenefit'] as const)
      expect(r.totals[k]).toEqual(expect.any(Number));
  });

  it.each([
    [['--preset', 'nope'], 'unknown preset'],
    [['--set', 'nope=1'], 'unknown parameter'],
    [['--area', 'E09000099'], 'unknown area "E09000099"'],
    [['--set', 'cost_gp=1e9'], 'out of range'],
    [['--set', 'cost_gp=lots'], 'is not a number'],
  ])('%j exits with code 2 and one line on stderr', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('prints the parameter register with sources as CSV', () => {
    const r = cli('--params', '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('id,group,label');
    expect(lines.some((l) => l.startsWith('cost_gp,unitCosts'))).toBe(true);
  });
});
