import { describe, expect, it } from 'vitest';
import { switchingValue, tornado } from '../../../src/lib/model/index.ts';
import {
  TOP,
  tornadoBars,
  tornadoDomain,
  tornadoTable,
  tornadoTitle,
} from '../../../src/lib/charts/tornado/rows.ts';
import type { SensitivityRow } from '../../../src/workers/monte-carlo.protocol.ts';
import { data, scenario } from '../model/fixtures.ts';

const s = scenario('hlp2017');
const rows: SensitivityRow[] = tornado(s, data, 'E09000012').map((r) => ({
  ...r,
  switching: switchingValue(s, data, 'E09000012', r.param),
}));

describe('tornado rows', () => {
  it('keeps the top 12 by swing, in the model order, with the register label', () => {
    const bars = tornadoBars(rows);
    expect(bars).toHaveLength(Math.min(TOP, rows.length));
    expect(bars.map((b) => b.param)).toEqual(rows.slice(0, TOP).map((r) => r.param));
    expect(tornadoTitle(bars)).toMatch(/^The NHS net present value depends most on [a-z]/);
    expect(tornadoTitle([])).toBe('What the NHS net present value depends on');
  });

  it('says where a bar breaks even only where a switching value exists', () => {
    const bars = tornadoBars(rows, rows.length);
    rows.forEach((r, i) => expect(bars[i]!.switchingText === null).toBe(r.switching === null));
  });

  it('spans every bar end, the current net and zero', () => {
    const bars = tornadoBars(rows);
    const [lo, hi] = tornadoDomain(bars, 5);
    expect(lo).toBeLessThanOrEqual(Math.min(0, ...bars.map((b) => Math.min(b.netAtLow, b.netAtHigh))));
    expect(hi).toBeGreaterThanOrEqual(Math.max(5, ...bars.map((b) => Math.max(b.netAtLow, b.netAtHigh))));
  });

  it('lists every row in the table, with "none in range" where net savings keep one sign', () => {
    const table = tornadoTable('Hackney', rows);
    expect(table.rows).toHaveLength(rows.length);
    rows.forEach((r, i) => expect(table.rows[i]!.switching === 'none in range').toBe(r.switching === null));
  });
});
