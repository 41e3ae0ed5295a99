/**
 * Which parameters the Monte Carlo varies, and the draws themselves, stored as
 * one Float64Array per parameter (a column per parameter, a row per draw).
 */
import { PARAMS, type ParamId, type ParamValues } from '../parameters.ts';
import { seededUniforms, triangular } from './random.ts';

/** One column of draws per parameter; fixed parameters repeat their value. */
export type ParamColumns = Record<ParamId, Float64Array>;

/** A parameter the Monte Carlo varies: triangular(low, mode, high), mode = the current value. */
export interface VariedParam {
  id: ParamId;
  low: number;
  mode: number;
  high: number;
  /** Whole years (rampYears, duration): a draw is rounded to the nearest integer. */
  whole: boolean;
}

/**
 * Parameters with an evidence range (low < high in the register), except the
 * calibration factor k. Where the current value lies outside [low, high] the
 * range is extended to include it, so the mode is always inside.
 */
export function variedParams(values: ParamValues): VariedParam[] {
  return PARAMS.filter((p) => p.id !== 'k' && p.low < p.high).map((p) => {
    const mode = values[p.id];
    return {
      id: p.id,
      low: Math.min(p.low, mode),
      mode,
      high: Math.max(p.high, mode),
      whole: p.unit === 'years',
    };
  });
}

/** Columns holding the given parameter sets, one draw each. */
export function columnsOf(sets: readonly ParamValues[]): ParamColumns {
  const cols = {} as ParamColumns;
  for (const p of PARAMS) cols[p.id] = Float64Array.from(sets, (v) => v[p.id]);
  return cols;
}

/**
 * `draws` independent draws of every varied parameter; the others stay at their
 * current value. Draw-major order (draw 1 takes its parameters in register order,
 * then draw 2 ...), so the first n draws do not depend on how many follow.
 */
export function sampleColumns(values: ParamValues, draws: number, seed: number): ParamColumns {
  const cols = {} as ParamColumns;
  for (const p of PARAMS) cols[p.id] = new Float64Array(draws).fill(values[p.id]);
  const varied = variedParams(values);
  const n = varied.length;
  const u = seededUniforms(seed, draws * n);
  varied.forEach(({ id, low, mode, high, whole }, i) => {
    const column = cols[id];
    for (let d = 0; d < draws; d++) {
      const x = triangular(u[d * n + i]!, low, mode, high);
      column[d] = whole ? Math.min(high, Math.max(low, Math.round(x))) : x;
    }
  });
  return cols;
}
