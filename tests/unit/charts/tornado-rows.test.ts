import { describe, expect, it } from 'vitest';
import { paramDef, switchingValue, tornado } from '../../../src/lib/model/index.ts';
import {
  TOP,
  switchingLabel,
  tornadoBars,
  tornadoDomain,
  tornadoTable,
  tornadoTitle,
} from '../../../src/lib/charts/tornado/rows.ts';
import type { SensitivityRow } from '../../../src/workers/monte-carlo.protocol.ts';
import { valueLabel } from '../../../src/lib/ui/assumptions/display-units.ts';
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

  it('rounds a switching value as its slider steps, in the chart and the table alike', () => {
    expect(switchingLabel(paramDef('cost_gp'), 740.834)).toBe('about £741');
    expect(switchingLabel(paramDef('eff_sp_nel'), 0.32547)).toBe('about 33%');
    const table = tornadoTable('Hackney', rows);
    const bars = tornadoBars(rows, rows.length);
    rows.forEach((r, i) => {
      if (r.switching === null) return;
      const def = paramDef(r.param);
      const shown = table.rows[i]!.switching as string;
      expect(bars[i]!.switchingText).toBe(`Breaks even at ${shown}`);
      // No more decimals than the slider's step has.
      const decimals = (shown.match(/\.(\d+)/)?.[1] ?? '').length;
      expect(decimals).toBeLessThanOrEqual((valueLabel(def, def.step).match(/\.(\d+)/)?.[1] ?? '').length);
    });
  });
});
