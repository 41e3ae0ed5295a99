/** One area's draws, as the kernel hands them to a consumer: by year or summed over years. */
import { sumYears, type Profile } from './unit-profile.ts';

/** Gross savings, programme cost and net savings per draw. */
export interface DrawValues {
  gross: Float64Array;
  cost: Float64Array;
  net: Float64Array;
}

/** One area's draws, at the scenario's discount rate. Returned arrays are valid until the next call. */
export interface AreaDraws {
  /** Year t (0-based). */
  year(t: number): DrawValues;
  /** Sums over the years from `from` to the last. */
  total(from: number): DrawValues;
}

/** Buffers of length D for one area's values, reused from area to area. */
export function drawValues(D: number): DrawValues {
  return { gross: new Float64Array(D), cost: new Float64Array(D), net: new Float64Array(D) };
}

/** out.gross[d] = active[off + d] x wSaving[d], out.cost[d] = starts[off + d] x wCost[d], out.net = the difference. */
export function fillWeighted(
  active: Float64Array,
  starts: Float64Array,
  off: number,
  wSaving: Float64Array,
  wCost: Float64Array,
  out: DrawValues,
): DrawValues {
  const { gross, cost, net } = out;
  const D = wSaving.length;
  for (let d = 0; d < D; d++) {
    const g = active[off + d]! * wSaving[d]!;
    const c = starts[off + d]! * wCost[d]!;
    gross[d] = g;
    cost[d] = c;
    net[d] = g - c;
  }
  return out;
}

/** An area whose values are a unit profile times per-draw weights. */
export class Weighted implements AreaDraws {
  constructor(
    private readonly profile: Profile,
    private readonly wSaving: Float64Array,
    private readonly wCost: Float64Array,
    private readonly out: DrawValues,
  ) {}

  year(t: number): DrawValues {
    const { active, starts, D } = this.profile;
    return fillWeighted(active, starts, t * D, this.wSaving, this.wCost, this.out);
  }

  total(from: number): DrawValues {
    const [active, starts] = this.profile.totals(from);
    return fillWeighted(active, starts, 0, this.wSaving, this.wCost, this.out);
  }
}

/** An area whose yearly values are stored, [t * D + d]. */
export class Stored implements AreaDraws {
  constructor(
    private readonly gross: Float64Array,
    private readonly cost: Float64Array,
    private readonly out: DrawValues,
  ) {}

  year(t: number): DrawValues {
    const { gross, cost, net } = this.out;
    const D = net.length;
    gross.set(this.gross.subarray(t * D, (t + 1) * D));
    cost.set(this.cost.subarray(t * D, (t + 1) * D));
    for (let d = 0; d < D; d++) net[d] = gross[d]! - cost[d]!;
    return this.out;
  }

  total(from: number): DrawValues {
    const { gross, cost, net } = this.out;
    const D = net.length;
    sumYears(this.gross, D, from, gross);
    sumYears(this.cost, D, from, cost);
    for (let d = 0; d < D; d++) net[d] = gross[d]! - cost[d]!;
    return this.out;
  }
}
