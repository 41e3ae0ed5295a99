/**
 * Starts and active participant-years per unit of eligible population (the
 * borough- and cohort-specific scale A cancels in the cap on cumulative starts).
 */
import type { DrawTerms } from './draw-terms.ts';
import type { Plan } from './plan.ts';

/** Draws per block: a block's work arrays stay in the processor's cache. */
const BLOCK = 256;

/**
 * Work space for unitProfiles: cumulative starts of a block of draws, row T + t
 * holding the starts before year t, rows 0..T-1 zeros so that "before year
 * t - later" needs no test for t - later < 0 (later <= T).
 */
export function profileWorkspace(T: number): Float64Array {
  return new Float64Array((2 * T + 1) * BLOCK);
}

/**
 * Discounted active participant-years and starts per unit of A for one
 * population path (row = b * T), every draw, written to [t * D + d]; a block
 * of draws at a time, with `prefix` from profileWorkspace.
 */
export function unitProfiles(
  plan: Plan,
  terms: DrawTerms,
  D: number,
  row: number,
  active: Float64Array,
  starts: Float64Array,
  prefix: Float64Array,
): void {
  const { T, popRatio, growthPower } = plan;
  const { growthPow, startShare, discount, firstYear, laterYears } = terms;
  for (let d0 = 0; d0 < D; d0 += BLOCK) {
    const n = Math.min(BLOCK, D - d0);
    for (let t = 0; t < T; t++) {
      const off = t * D + d0;
      const ratio = popRatio[row + t]!;
      const g = growthPower[row + t]! * D + d0;
      const p = (T + t) * BLOCK;
      for (let i = 0; i < n; i++) {
        const eligible = ratio * growthPow[g + i]!;
        const wanted = eligible * startShare[off + i]!;
        const before = prefix[p + i]!;
        // Cumulative starts never exceed the eligible (MODEL.md section 3).
        const excess = eligible - before;
        const room = excess > 0 ? excess : 0;
        const s = wanted < room ? wanted : room;
        starts[off + i] = s;
        prefix[p + BLOCK + i] = before + s;
      }
    }
    // active[t] = w(0) starts[t] + starts[t - later .. t - 1], from the cumulative starts.
    for (let t = 0; t < T; t++) {
      const off = t * D + d0;
      const p = (T + t) * BLOCK;
      for (let i = 0; i < n; i++) {
        const d = d0 + i;
        const window = prefix[p + i]! - prefix[p - laterYears[d]! * BLOCK + i]!;
        const k = discount[off + i]!;
        active[off + i] = (window + starts[off + i]! * firstYear[d]!) * k;
        starts[off + i] = starts[off + i]! * k;
      }
    }
  }
}

/** The unit profile of a kernel run, with its sums over years kept for reuse. */
export class Profile {
  private totalsFrom = -1;
  private readonly activeTotal: Float64Array;
  private readonly startsTotal: Float64Array;

  constructor(
    readonly active: Float64Array,
    readonly starts: Float64Array,
    readonly D: number,
  ) {
    this.activeTotal = new Float64Array(D);
    this.startsTotal = new Float64Array(D);
  }

  /** Call when active and starts have been rewritten. */
  changed(): void {
    this.totalsFrom = -1;
  }

  /** Sums over years from..T-1 of the active and starts profiles, per draw. */
  totals(from: number): [Float64Array, Float64Array] {
    if (this.totalsFrom !== from) {
      sumYears(this.active, this.D, from, this.activeTotal);
      sumYears(this.starts, this.D, from, this.startsTotal);
      this.totalsFrom = from;
    }
    return [this.activeTotal, this.startsTotal];
  }
}

/** out[d] = sum over t >= from of values[t * D + d], in year order. */
export function sumYears(values: Float64Array, D: number, from: number, out: Float64Array): void {
  out.fill(0);
  for (let off = from * D; off < values.length; off += D) {
    for (let d = 0; d < D; d++) out[d] = out[d]! + values[off + d]!;
  }
}
