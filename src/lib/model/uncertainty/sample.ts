/**
 * Which parameters the Monte Carlo varies, and the draws themselves, stored as
 * one Float64Array per parameter (a column per parameter, a row per draw).
 */
import { PARAMS, paramApplies, type ParamId, type ParamValues } from '../parameters.ts';
import type { ScenarioSettings } from '../scenario.ts';
import type { ParamColumns } from '../core/terms.ts';
import { seededUniforms, triangular } from './random.ts';

export type { ParamColumns };

/** A parameter the Monte Carlo varies: triangular(low, mode, high), mode = the current value. */
export interface VariedParam {
  id: ParamId;
  low: number;
  mode: number;
  high: number;
  /** Whole years (rampYears, duration, reReferralYears): a draw is rounded to the nearest integer. */
  whole: boolean;
}

/** Parameters with an evidence range that can change the results: not k, a calibration. */
export function uncertainParams(settings: Pick<ScenarioSettings, 'delivery' | 'unitCosts'>) {
  return PARAMS.filter((p) => p.id !== 'k' && p.low < p.high && paramApplies(p.id, settings));
}

/**
 * The uncertain parameters, with each range extended to include the current value
 * where that lies outside it, so the mode is always inside.
 */
export function variedParams(
  values: ParamValues,
  settings: Pick<ScenarioSettings, 'delivery' | 'unitCosts'>,
): VariedParam[] {
  return uncertainParams(settings).map((p) => {
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

/**
 * `draws` independent draws of every varied parameter; the others stay at their
 * current value. Draw-major order (draw 1 takes its parameters in register order,
 * then draw 2 ...), so the first n draws do not depend on how many follow.
 */
export function sampleColumns(
  values: ParamValues,
  settings: Pick<ScenarioSettings, 'delivery' | 'unitCosts'>,
  draws: number,
  seed: number,
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
): ParamColumns {
  const cols = {} as ParamColumns;
  for (const p of PARAMS) cols[p.id] = alloc(draws).fill(values[p.id]);
  const varied = variedParams(values, settings);
  const n = varied.length;
  const u = seededUniforms(seed, draws * n, alloc(draws * n));
  varied.forEach(({ id, low, mode, high, whole }, i) => {
    const column = cols[id];
    for (let d = 0; d < draws; d++) {
      const x = triangular(u[d * n + i]!, low, mode, high);
      column[d] = whole ? Math.min(high, Math.max(low, Math.round(x))) : x;
    }
  });
  return cols;
}
