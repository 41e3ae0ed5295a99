import { describe, expect, it } from 'vitest';
import { PARAMS, paramDef, type ParamDef } from '../../../src/lib/model/index.ts';
import { snapToStep } from '../../../src/lib/state/url.ts';
import {
  affixes,
  decimalsOf,
  displayRange,
  evidenceText,
  numberText,
  parseDisplay,
  position,
  stepValue,
  toDisplay,
  toModel,
  valueLabel,
} from '../../../src/lib/ui/assumptions/display-units.ts';

const points = (p: ParamDef) =>
  [
    ['min', p.min],
    ['default', p.default],
    ['max', p.max],
    ['low', p.low],
    ['high', p.high],
  ] as const;

/** Equal up to floating-point noise in the register (e.g. 0.2 * 3 = 0.6000000000000001). */
function expectSame(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(expected)),
  );
}

describe('display units round trip for every parameter', () => {
  it.each(PARAMS.map((p) => [p.id, p] as const))('%s', (id, p) => {
    for (const [at, v] of points(p)) {
      expectSame(toModel(p, toDisplay(p, v)), v, `${id} at ${at}`);
      // The number box text reads back as the same model value.
      const parsed = parseDisplay(p, numberText(p, v));
      expect(parsed.ok, `${id} at ${at}: "${numberText(p, v)}"`).toBe(true);
      if (parsed.ok) expectSame(parsed.value, v, `${id} at ${at} typed`);
      // So does the slider's value string (what the browser hands back on input).
      expectSame(toModel(p, Number(String(toDisplay(p, v)))), v, `${id} at ${at} slider`);
      expect(valueLabel(p, v)).not.toMatch(/NaN|Infinity|undefined|e[+-]/);
    }
  });

  it('gives exact model values for values on the decimal grid', () => {
    for (const p of PARAMS) {
      expect(toModel(p, toDisplay(p, p.default)), p.id).toBe(p.default);
      expect(toModel(p, toDisplay(p, p.min)), p.id).toBe(p.min);
    }
  });

  it('covers all 64 parameters', () => {
    expect(PARAMS).toHaveLength(64);
  });

  it('keeps the slider range on the step grid in display units', () => {
    for (const p of PARAMS) {
      const r = displayRange(p);
      const steps = (r.max - r.min) / r.step;
      expect(Math.abs(steps - Math.round(steps)), p.id).toBeLessThan(1e-9);
      expect(r.step, p.id).toBeGreaterThan(0);
    }
  });
});

describe('display conversions', () => {
  it('shows percentages as numbers of per cent with as many decimals as the step needs', () => {
    expect(toDisplay(paramDef('eff_sp_gp'), 0.2)).toBe(20);
    expect(numberText(paramDef('eff_sp_gp'), 0.2)).toBe('20');
    expect(numberText(paramDef('growth'), 0.009)).toBe('0.9');
    expect(numberText(paramDef('growth'), -0.01)).toBe('-1.0');
    expect(numberText(paramDef('discount'), 0.035)).toBe('3.5');
    expect(numberText(paramDef('startRate'), 0.15)).toBe('15');
    expect(toModel(paramDef('growth'), 0.9)).toBe(0.009);
  });

  it('labels values with their units', () => {
    expect(valueLabel(paramDef('eff_sp_gp'), 0.2)).toBe('20%');
    expect(valueLabel(paramDef('growth'), -0.01)).toBe('−1.0%');
    expect(valueLabel(paramDef('cost_nel'), 1600)).toBe('£1,600');
    expect(valueLabel(paramDef('duration'), 1)).toBe('1 year');
    expect(valueLabel(paramDef('duration'), 14)).toBe('14 years');
    expect(valueLabel(paramDef('alpha'), 1)).toBe('1.00');
    expect(valueLabel(paramDef('use_sp_ltc_gp'), 12)).toBe('12.0 a year');
    // The short form, for the reset button beside "Source".
    expect(valueLabel(paramDef('use_sp_ltc_gp'), 12, true)).toBe('12.0/yr');
    expect(valueLabel(paramDef('duration'), 1, true)).toBe('1 yr');
    expect(valueLabel(paramDef('duration'), 14, true)).toBe('14 yrs');
    expect(valueLabel(paramDef('cost_nel'), 1600, true)).toBe('£1,600');
  });

  it('names the units around the box', () => {
    expect(affixes('percent').suffix).toBe('%');
    expect(affixes('gbp').prefix).toBe('£');
    expect(affixes('ratio')).toEqual({ prefix: '', suffix: '', spoken: '' });
  });

  it('counts decimals of a step', () => {
    expect(decimalsOf(1)).toBe(0);
    expect(decimalsOf(0.5)).toBe(1);
    expect(decimalsOf(0.005)).toBe(3);
    expect(decimalsOf(1e-7)).toBe(7);
  });
});

describe('parseDisplay', () => {
  const eff = paramDef('eff_sp_nel');
  const gp = paramDef('cost_gp');
  const growth = paramDef('growth');

  it.each(['', '   ', 'abc', 'lots', '1e400', '1e2', '12abc', '--1', '1.2.3', 'NaN', 'Infinity', '0x10'])(
    'rejects %j',
    (text) => {
      const r = parseDisplay(eff, text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/0% to 60%/);
    },
  );

  it('rejects values outside min..max, in display units', () => {
    expect(parseDisplay(eff, '61').ok).toBe(false);
    expect(parseDisplay(eff, '-1').ok).toBe(false);
    expect(parseDisplay(eff, '0.61').ok).toBe(true); // 0.61%, not 61%
    expect(parseDisplay(gp, '9').ok).toBe(false);
    expect(parseDisplay(gp, '81').ok).toBe(false);
    expect(parseDisplay(growth, '-1.1').ok).toBe(false);
    const r = parseDisplay(eff, '70');
    expect(r.ok ? '' : r.message).toBe('70 is outside the allowed range, 0% to 60%.');
  });

  it('accepts the forms people type', () => {
    expect(parseDisplay(eff, '10')).toEqual({ ok: true, value: 0.1 });
    expect(parseDisplay(eff, ' 10 % ')).toEqual({ ok: true, value: 0.1 });
    expect(parseDisplay(eff, '10.')).toEqual({ ok: true, value: 0.1 });
    expect(parseDisplay(eff, '.5')).toEqual({ ok: true, value: 0.005 });
    expect(parseDisplay(gp, '£40')).toEqual({ ok: true, value: 40 });
    expect(parseDisplay(paramDef('cost_nel'), '£1,600')).toEqual({ ok: true, value: 1600 });
    expect(parseDisplay(growth, '−0.5')).toEqual({ ok: true, value: -0.005 });
    expect(parseDisplay(paramDef('duration'), '3 years')).toEqual({ ok: true, value: 3 });
  });
});

describe('stepValue', () => {
  it('moves one step and clamps to the range', () => {
    const eff = paramDef('eff_sp_nel');
    expect(stepValue(eff, 0.1, 1)).toBe(0.11);
    expect(stepValue(eff, 0.1, -1)).toBe(0.09);
    expect(stepValue(eff, 0, -1)).toBe(0);
    expect(stepValue(eff, 0.6, 1)).toBe(0.6);
    const growth = paramDef('growth');
    expect(stepValue(growth, 0.009, 1)).toBe(0.01);
    expect(stepValue(growth, -0.01, -1)).toBe(-0.01);
  });

  it('lands on values the explorer keeps as they are, for every parameter', () => {
    for (const p of PARAMS) {
      for (const dir of [1, -1] as const) {
        const v = stepValue(p, p.default, dir);
        expect(snapToStep(p.id, v), p.id).toBe(v);
        expect(v).toBeGreaterThanOrEqual(p.min);
        expect(v).toBeLessThanOrEqual(p.max);
      }
    }
  });
});

describe('track positions and evidence text', () => {
  it('places values along the track', () => {
    const eff = paramDef('eff_sp_gp');
    expect(position(eff, 0)).toBe(0);
    expect(position(eff, 0.6)).toBe(1);
    expect(position(eff, 0.3)).toBeCloseTo(0.5, 12);
    expect(position(eff, 5)).toBe(1);
    expect(position({ min: 1, max: 1 }, 1)).toBe(0);
  });

  it('describes the evidence range in words', () => {
    expect(evidenceText(paramDef('eff_sp_gp'))).toBe('Evidence range 0% to 40%');
    expect(evidenceText(paramDef('cost_gp'))).toBe('Evidence range £31 to £44');
    expect(evidenceText(paramDef('discount'))).toBe('A setting, not an estimate: no evidence range');
  });
});
