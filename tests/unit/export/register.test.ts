import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS, registerCsv, registerRows } from '../../../src/lib/export/register.ts';
import { PARAMS, SOURCES, presetValues } from '../../../src/lib/model/index.ts';
import { data } from '../model/fixtures.ts';

describe('assumption register CSV', () => {
  const preset = presetValues('evidence-conservative', data);
  const values = { ...preset, cost_gp: 40, eff_sp_nel: 0.12 };
  const text = registerCsv(registerRows(values, preset));
  const rows = aq.fromCSV(text, { autoType: false }).objects() as Record<string, string>[];

  it('has every parameter once, with the documented columns', () => {
    expect(text.split('\r\n')[0]).toBe(REGISTER_COLUMNS.join(','));
    expect(rows.map((r) => r.id)).toEqual(PARAMS.map((p) => p.id));
  });

  it('gives current and preset values, ranges, source and grade from the register', () => {
    for (const p of PARAMS) {
      const r = rows.find((x) => x.id === p.id)!;
      expect(Number(r.value)).toBe(values[p.id]);
      expect(Number(r.preset_value)).toBe(preset[p.id]);
      expect([Number(r.low), Number(r.high), Number(r.min), Number(r.max)]).toEqual([
        p.low,
        p.high,
        p.min,
        p.max,
      ]);
      expect(r.grade).toBe(p.grade);
      expect(r.verified).toBe(String(p.verified));
      expect(r.source).toBe(SOURCES[p.source].short);
      expect(r.label).toBe(p.label);
    }
    const gp = rows.find((r) => r.id === 'cost_gp')!;
    expect([gp.value, gp.preset_value, gp.unit, gp.group]).toEqual([
      '40',
      '36',
      'GBP (2015/16 prices)',
      'unitCosts',
    ]);
  });

  it('gives each value in the unit it is written in: a percentage as a fraction', () => {
    const eff = rows.find((r) => r.id === 'eff_sp_nel')!;
    expect([eff.value, eff.unit]).toEqual(['0.12', 'fraction (0.2 = 20%)']);
    for (const p of PARAMS.filter((d) => d.unit === 'percent')) {
      const r = rows.find((x) => x.id === p.id)!;
      expect(r.unit).not.toMatch(/percent/);
      expect(Number(r.value)).toBeGreaterThanOrEqual(-1);
      expect(Number(r.value)).toBeLessThanOrEqual(1);
    }
  });
});
