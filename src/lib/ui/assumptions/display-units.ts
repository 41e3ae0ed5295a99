/**
 * Parameter values in the units people read and type: percentages as 20 (not
 * 0.2), money in pounds, years, plain ratios. Pure: no DOM, no Svelte. The
 * model keeps fractions; only the controls convert.
 */
import type { Grade, ParamDef, Unit } from '../../model/index.ts';

type Def = Pick<ParamDef, 'unit' | 'step' | 'min' | 'max'>;

/** Decimals needed to write a multiple of `step` exactly (0.005 -> 3). */
export function decimalsOf(step: number): number {
  const s = String(step);
  const exp = s.match(/e-(\d+)$/);
  if (exp) return Number(exp[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

const SCALE: Record<Unit, number> = {
  percent: 100,
  gbp: 1,
  years: 1,
  ratio: 1,
  perYear: 1,
  people: 1,
  points: 1,
};

/** Decimals shown in the number box (a 0.5% step shows one decimal). */
export function displayDecimals(p: Pick<ParamDef, 'unit' | 'step'>): number {
  return Math.max(0, decimalsOf(p.step) - (p.unit === 'percent' ? 2 : 0));
}

function round(x: number, decimals: number): number {
  const r = Number(x.toFixed(decimals));
  return r === 0 ? 0 : r; // never -0
}

/** Model value -> display number (0.2 -> 20 for a percent). */
export function toDisplay(p: Pick<ParamDef, 'unit' | 'step'>, v: number): number {
  return round(v * SCALE[p.unit], displayDecimals(p) + 3);
}

/** Display number -> model value (20 -> 0.2 for a percent). */
export function toModel(p: Pick<ParamDef, 'unit' | 'step'>, d: number): number {
  return round(d / SCALE[p.unit], decimalsOf(p.step) + 3);
}

/** Slider attributes in display units. */
export function displayRange(p: Def): { min: number; max: number; step: number } {
  return { min: toDisplay(p, p.min), max: toDisplay(p, p.max), step: toDisplay(p, p.step) };
}

/**
 * A display number with the step's decimals, or a few more when the value is
 * off the step grid (an evidence bound such as 0.075 on a 0.05 step).
 */
function fixed(p: Pick<ParamDef, 'unit' | 'step'>, d: number): string {
  const base = displayDecimals(p);
  for (let n = base; n < base + 3; n++) {
    if (Math.abs(Number(d.toFixed(n)) - d) < 1e-9) return d.toFixed(n);
  }
  return d.toFixed(base + 3);
}

/** The number box text: plain digits, no grouping, ASCII minus ("1600", "20", "0.9"). */
export function numberText(p: Pick<ParamDef, 'unit' | 'step'>, v: number): string {
  return fixed(p, toDisplay(p, v));
}

/** What sits before and after the number box, and its spoken name. */
export function affixes(unit: Unit): { prefix: string; suffix: string; spoken: string } {
  switch (unit) {
    case 'percent':
      return { prefix: '', suffix: '%', spoken: 'per cent' };
    case 'gbp':
      return { prefix: '£', suffix: '', spoken: 'pounds' };
    case 'years':
      return { prefix: '', suffix: 'yrs', spoken: 'years' };
    case 'perYear':
      return { prefix: '', suffix: '/yr', spoken: 'a year' };
    case 'ratio':
      return { prefix: '', suffix: '', spoken: '' };
    case 'people':
      return { prefix: '', suffix: '/yr', spoken: 'people a year' };
    case 'points':
      return { prefix: '', suffix: 'pts', spoken: 'points out of 10' };
  }
}

/**
 * A value with its unit, for reading: "20%", "−1.0%", "£1,600", "2 years", "12.0 a year", "1.05";
 * `short` gives "2 yrs" and "12.0/yr" for a tight space.
 */
export function valueLabel(p: Pick<ParamDef, 'unit' | 'step'>, v: number, short = false): string {
  const d = toDisplay(p, v);
  const [int = '', frac] = fixed(p, Math.abs(d)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  const n = (d < 0 ? '−' : '') + grouped;
  switch (p.unit) {
    case 'percent':
      return `${n}%`;
    case 'gbp':
      return d < 0 ? `−£${grouped}` : `£${grouped}`;
    case 'years':
      return `${n} ${short ? 'yr' : 'year'}${d === 1 ? '' : 's'}`;
    case 'perYear':
      return short ? `${n}/yr` : `${n} a year`;
    case 'ratio':
      return n;
    case 'people':
      return short ? `${n}/yr` : `${n} a year`;
    case 'points':
      return short ? `${n} pts` : `${n} point${d === 1 ? '' : 's'}`;
  }
}

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * Read what someone typed into a number box, in display units. Accepts "20",
 * "20%", "£1,600", " 0.5 ", "−1" (typographic minus); rejects empty text, words,
 * exponents ("1e400") and values outside the parameter's range.
 */
export function parseDisplay(p: Def, text: string): Parsed {
  const range = displayRange(p);
  const bounds = `${valueLabel(p, p.min)} to ${valueLabel(p, p.max)}`;
  const clean = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/^(-?)£/, '$1')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .replace(/\s*(%|years?|yrs?|\/yr|a year|people a year|points?|pts)$/i, '')
    .trim();
  if (clean === '') return { ok: false, message: `Enter a number from ${bounds}.` };
  if (!NUMBER.test(clean))
    return { ok: false, message: `"${text.trim()}" is not a number. Enter ${bounds}.` };
  const d = Number(clean);
  if (!Number.isFinite(d)) return { ok: false, message: `Enter a number from ${bounds}.` };
  if (d < range.min || d > range.max) {
    return { ok: false, message: `${clean} is outside the allowed range, ${bounds}.` };
  }
  return { ok: true, value: toModel(p, d) };
}

/** One step up (+1) or down (−1), on the step grid, clamped to min..max. */
export function stepValue(p: Def, v: number, direction: 1 | -1): number {
  const steps = Math.round((v - p.min) / p.step) + direction;
  const next = round(p.min + steps * p.step, decimalsOf(p.step) + 3);
  return Math.min(p.max, Math.max(p.min, next));
}

/** Where a value sits along the slider, 0..1 (for the evidence band and preset mark). */
export function position(p: Pick<ParamDef, 'min' | 'max'>, v: number): number {
  if (p.max === p.min) return 0;
  return Math.min(1, Math.max(0, (v - p.min) / (p.max - p.min)));
}

/** Text alternative for the evidence band. */
export function evidenceText(p: Pick<ParamDef, 'unit' | 'step' | 'low' | 'high'>): string {
  return p.low === p.high
    ? 'A setting, not an estimate: no evidence range'
    : `Evidence range ${valueLabel(p, p.low)} to ${valueLabel(p, p.high)}`;
}

/** What each confidence grade means. */
export const GRADE_MEANING: Record<Grade, string> = {
  A: 'strong evidence',
  B: 'reasonable evidence',
  C: 'weak evidence',
  D: 'assumption',
};
