/**
 * Switching values (MODEL.md section 6): the value of one parameter, the others
 * at their current values, at which cumulative net savings are zero.
 */
import type { Dataset } from '../../data/types.ts';
import { paramDef, type ParamId } from '../parameters.ts';
import type { Scenario } from '../scenario.ts';
import { areaEvaluator, type Totals } from './evaluate.ts';
import type { SensitivityOptions } from './types.ts';

/** Evenly spaced values scanned for a change of sign before refining (also stated on the methodology page). */
export const SWITCHING_GRID = 64;
const RELATIVE_TOLERANCE = 1e-6;
/** A root must bring net savings this close to zero, relative to gross and cost there. */
const ROOT_CHECK = 1e-3;

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/**
 * The value in [min, max] of the parameter at which the area's cumulative net
 * savings are zero, or null where net savings keep one sign over the range.
 * Net savings are not monotone in every parameter, so a grid of 64 points is
 * scanned for sign changes; of several, the one nearest the current value is
 * refined (Illinois false position, bisection as a safeguard) to 1e-6 relative.
 * Also null where the sign changes by a jump rather than through zero (duration
 * acts in whole years), since no value then gives zero.
 */
export function switchingValue(
  scenario: Scenario,
  data: Dataset,
  areaId: string,
  paramId: ParamId,
  options: SensitivityOptions = {},
): number | null {
  const def = paramDef(paramId);
  const evaluate = areaEvaluator(scenario, data, areaId, options.from ?? 0);
  const at = (xs: number[]): Totals[] => evaluate(xs.map((x) => ({ ...scenario.values, [paramId]: x })));
  const xs = Array.from({ length: SWITCHING_GRID }, (_, i) =>
    i === SWITCHING_GRID - 1 ? def.max : def.min + ((def.max - def.min) * i) / (SWITCHING_GRID - 1),
  );
  const nets = at(xs).map((t) => t.net);

  // Sign changes between consecutive grid points with a non-zero net.
  const brackets: [number, number][] = [];
  let previous = -1;
  nets.forEach((n, i) => {
    if (sign(n) === 0) return;
    if (previous >= 0 && sign(nets[previous]!) !== sign(n)) brackets.push([previous, i]);
    previous = i;
  });
  if (brackets.length === 0) return null;
  const current = scenario.values[paramId];
  const distance = ([i, j]: [number, number]) => Math.max(0, xs[i]! - current, current - xs[j]!);
  const [i, j] = brackets.reduce((best, b) => (distance(b) < distance(best) ? b : best));

  const root = refine((x) => at([x])[0]!.net, xs[i]!, nets[i]!, xs[j]!, nets[j]!, def.max - def.min);
  const check = at([root])[0]!;
  return Math.abs(check.net) <= ROOT_CHECK * Math.max(check.gross, check.cost) ? root : null;
}

/**
 * A zero of f in [a, b], where f(a) and f(b) have opposite signs: Illinois false
 * position, with a bisection step whenever the last step did not halve the bracket.
 */
function refine(
  f: (x: number) => number,
  a: number,
  fa: number,
  b: number,
  fb: number,
  range: number,
): number {
  let side = 0;
  let previousWidth = Infinity;
  for (let iteration = 0; iteration < 200; iteration++) {
    const width = b - a;
    if (width <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-9 * range)) break;
    let c = width > 0.5 * previousWidth ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
    if (!(c > a && c < b)) c = 0.5 * (a + b);
    previousWidth = width;
    const fc = f(c);
    if (fc === 0) return c;
    if (sign(fc) === sign(fb)) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return 0.5 * (a + b);
}
