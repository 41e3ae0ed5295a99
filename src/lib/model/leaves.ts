/**
 * Every leaf area at once, the areas innermost (as the Monte Carlo's own-flows.ts runs its
 * boroughs): the people flow of each area (core/flow.ts's recurrences, the same sums in the
 * same order), its people added into its groups' blocks, and its scalar figures into the
 * columns. No array is made per area: a run of 5,000 areas works in a fixed set of buffers.
 */
import { COHORTS } from './dimensions.ts';
import type { Plan } from './core/plan.ts';
import type { DrawTerms } from './core/terms.ts';
import type { AreaColumns, Layout } from './flat.ts';
import type { CapNote } from './results.ts';

/** Buffers for B areas and T years, [b * T + t] or [c * B + b]; reused from run to run. */
export class LeafBuffers {
  readonly A: Float64Array;
  readonly u: Float64Array;
  readonly capacity: Float64Array;
  /** Per programme (0 social prescribing, 1 expert patients): starts, demand, active, [b * T + t]. */
  readonly starts: [Float64Array, Float64Array];
  readonly demand: [Float64Array, Float64Array];
  readonly active: [Float64Array, Float64Array];
  readonly recent: Float64Array;
  readonly history: Float64Array;
  readonly spStarts: Float64Array;
  readonly fte: Float64Array;
  /** Per programme, per area: starts, starts discounted, active discounted, over the years. */
  readonly sums: Float64Array;
  readonly firstCapped: Int32Array;
  readonly workforce: Float64Array;
  readonly ftePeak: Float64Array;

  constructor(
    readonly T: number,
    readonly B: number,
    C: number,
  ) {
    const f = (n: number) => new Float64Array(n);
    this.A = f(C * B);
    this.u = f(T * B);
    this.capacity = f(B);
    this.starts = [f(T * B), f(T * B)];
    this.demand = [f(T * B), f(T * B)];
    this.active = [f(T * B), f(T * B)];
    this.recent = f(B);
    this.history = f(B);
    this.spStarts = f(T * B);
    this.fte = f(T * B);
    this.sums = f(2 * 3 * B);
    this.firstCapped = new Int32Array(2 * B);
    this.workforce = f(B);
    this.ftePeak = f(B);
  }
}

let buffers: LeafBuffers | null = null;

function buffersFor(T: number, B: number, C: number): LeafBuffers {
  if (buffers?.T !== T || buffers.B !== B || buffers.A.length !== C * B) buffers = new LeafBuffers(T, B, C);
  return buffers;
}

/** The flow of programme p for every area: flowProfile's recurrences with the areas as lanes. */
function flows(plan: Plan, terms: DrawTerms, w: LeafBuffers, p: 0 | 1, capped: boolean): void {
  const { T, B } = w;
  const { startShare } = terms;
  const firstYear = terms.firstYear[0]!;
  const later = terms.later[0]!;
  const decay = terms.decay[0]!;
  const decayOut = terms.decayOut[0]!;
  const survive = terms.survive[0]!;
  const R = terms.reReferral[0]!;
  const surviveOut = terms.surviveOut[0]!;
  const starts = w.starts[p];
  const demand = w.demand[p];
  const active = w.active[p];
  const { recent, history, u, capacity } = w;
  recent.fill(0);
  history.fill(0);
  for (let t = 0; t < T; t++) {
    const share = startShare[t]!;
    for (let b = 0; b < B; b++) {
      const off = b * T + t;
      const eligible = u[off]!;
      const wanted = eligible * share;
      const free = eligible - recent[b]!;
      const room = free > 0 ? free : 0;
      const want = wanted < room ? wanted : room;
      let s = want;
      if (capped) {
        const most = capacity[b]! * eligible;
        if (s > most) s = most;
      }
      demand[off] = want;
      starts[off] = s;
      active[off] = firstYear * s + history[b]!;
    }
    if (t === T - 1) break;
    const outR = t + 1 - R;
    const L = later + 1;
    const outL = t + 1 - L;
    for (let b = 0; b < B; b++) {
      const row = b * T;
      const s = starts[row + t]!;
      let r = survive * (recent[b]! + s);
      if (outR >= 0) r -= starts[row + outR]! * surviveOut;
      recent[b] = r > 0 ? r : 0;
      let h = decay * (history[b]! + s);
      if (outL >= 0) h -= starts[row + outL]! * decayOut;
      history[b] = h > 0 ? h : 0;
    }
  }
}

/** Per cohort, what a unit of discounted active or starts is worth or costs. */
export interface CohortValues {
  hospital: Float64Array;
  primary: Float64Array;
  perStart: Float64Array;
  wellbeing: Float64Array;
}

/**
 * Every leaf: people into `acc` at the offsets `blockOf[b * N + k]` (N blocks per area,
 * its groups), scalar figures into `columns` at plan.boroughArea + b, cap notes into
 * `capped` in area then cohort order. The figures are sums over cohorts of the eligible
 * scale times the flow's totals over the years: the amounts summarise() adds up year by
 * year, equal to within rounding (the property tests hold them to 1e-12).
 */
export function runLeaves(
  plan: Plan,
  terms: DrawTerms,
  L: Layout,
  cv: CohortValues,
  acc: Float64Array,
  blockOf: Int32Array,
  N: number,
  columns: AreaColumns,
  capped: CapNote[],
): void {
  const { T, B, C, isSp } = plan;
  const w = buffersFor(T, B, C);
  const { A, u, capacity, fte, spStarts, sums } = w;
  const alpha = terms.alpha[0]!;
  for (let c = 0; c < C; c++) {
    const scale = terms.scale[c]!;
    for (let b = 0; b < B; b++) {
      const i = b * C + c;
      A[c * B + b] = plan.basePop[i]! * (1 + alpha * plan.needDelta[i]!) * scale;
    }
  }
  for (let b = 0; b < B; b++)
    for (let t = 0; t < T; t++)
      u[b * T + t] = plan.popRatio[b * T + t]! * terms.growthPow[plan.growthPower[b * T + t]!]!;
  const capacityLed = plan.settings.delivery === 'capacityLed';
  if (capacityLed) {
    for (let b = 0; b < B; b++) {
      let scale = 0;
      for (let c = 0; c < C; c++) if (isSp[c]) scale += A[c * B + b]!;
      const places = terms.ftePerAdult[0]! * plan.lwBase[b]! * terms.caseload[0]!;
      capacity[b] = scale > 0 ? places / scale : Infinity;
    }
  }
  flows(plan, terms, w, 0, capacityLed);
  flows(plan, terms, w, 1, false);

  // Totals over the years and the first capped year, per programme and area.
  const { discount, startShare } = terms;
  sums.fill(0);
  w.firstCapped.fill(-1);
  for (let p = 0; p < 2; p++) {
    const starts = w.starts[p as 0 | 1];
    const demand = w.demand[p as 0 | 1];
    const active = w.active[p as 0 | 1];
    const at = p * 3 * B;
    for (let b = 0; b < B; b++) {
      const row = b * T;
      let n = 0;
      let pv = 0;
      let activePv = 0;
      let first = -1;
      for (let t = 0; t < T; t++) {
        const s = starts[row + t]!;
        const d = discount[t]!;
        n += s;
        pv += s * d;
        activePv += active[row + t]! * d;
        if (first < 0 && demand[row + t]! < u[row + t]! * startShare[t]! * (1 - 1e-12)) first = t;
      }
      sums[at + b] = n;
      sums[at + B + b] = pv;
      sums[at + 2 * B + b] = activePv;
      w.firstCapped[p * B + b] = first;
    }
  }

  // Social prescribing starts and link workers, by year and area.
  spStarts.fill(0);
  const sp = w.starts[0];
  for (let c = 0; c < C; c++) {
    if (!isSp[c]) continue;
    for (let b = 0; b < B; b++) {
      const a = A[c * B + b]!;
      for (let t = b * T; t < (b + 1) * T; t++) spStarts[t] = spStarts[t]! + a * sp[t]!;
    }
  }
  for (let b = 0; b < B; b++)
    for (let t = b * T; t < (b + 1) * T; t++)
      fte[t] = capacityLed
        ? terms.ftePerAdult[0]! * plan.lwBase[b]! * u[t]!
        : spStarts[t]! / terms.caseload[0]!;

  // People into the groups' blocks, area by area in order (the order of the nested roll-ups).
  for (let k = 0; k < N; k++) {
    for (let c = 0; c < C; c++) {
      const p = isSp[c] ? 0 : 1;
      const fs = w.starts[p];
      const fd = w.demand[p];
      const fa = w.active[p];
      const cT = c * T;
      for (let b = 0; b < B; b++) {
        const a = A[c * B + b]!;
        const at = blockOf[b * N + k]!;
        const eAt = at + L.eligible + cT;
        const dAt = at + L.demand + cT;
        const sAt = at + L.starts + cT;
        const aAt = at + L.active + cT;
        const row = b * T;
        for (let t = 0; t < T; t++) {
          const i = row + t;
          acc[eAt + t] = acc[eAt + t]! + a * u[i]!;
          acc[dAt + t] = acc[dAt + t]! + a * fd[i]!;
          acc[sAt + t] = acc[sAt + t]! + a * fs[i]!;
          acc[aAt + t] = acc[aAt + t]! + a * fa[i]!;
        }
      }
    }
    for (let b = 0; b < B; b++) {
      const at = blockOf[b * N + k]!;
      const row = b * T;
      for (let t = 0; t < T; t++) acc[at + L.fte + t] = acc[at + L.fte + t]! + fte[row + t]!;
      acc[at + L.adults] = acc[at + L.adults]! + plan.adults[b]! * u[row]!;
      acc[at + L.residents] = acc[at + L.residents]! + plan.residents[b]! * u[row]!;
    }
  }

  // Link worker cost and the most link workers in a year, by area.
  const { workforce, ftePeak } = w;
  workforce.fill(0);
  ftePeak.fill(0);
  for (let b = 0; b < B; b++) {
    let cost = 0;
    let peak = 0;
    for (let t = 0; t < T; t++) {
      const f = fte[b * T + t]!;
      cost += f * terms.fteCost[t]! * discount[t]!;
      peak = Math.max(peak, f);
    }
    workforce[b] = cost;
    ftePeak[b] = peak;
  }

  // Scalar figures, and cap notes in area then cohort order.
  for (let b = 0; b < B; b++) {
    let people = 0;
    let supported = 0;
    let hospital = 0;
    let primaryCare = 0;
    let cohortCost = 0;
    let wellbeing = 0;
    for (let c = 0; c < C; c++) {
      const at = (isSp[c] ? 0 : 3) * B + b;
      const a = A[c * B + b]!;
      people += a * u[b * T]!;
      supported += a * sums[at]!;
      cohortCost += a * sums[at + B]! * cv.perStart[c]!;
      const active = a * sums[at + 2 * B]!;
      hospital += active * cv.hospital[c]!;
      primaryCare += active * cv.primary[c]!;
      wellbeing += active * cv.wellbeing[c]!;
      const first = w.firstCapped[(isSp[c] ? 0 : 1) * B + b]!;
      if (first >= 0 && a > 0)
        capped.push({
          borough: plan.areas[plan.boroughArea + b]!.id,
          cohort: COHORTS[c] as string,
          firstYear: plan.years[first] as string,
        });
    }
    const adults = plan.adults[b]! * u[b * T]!;
    const residents = plan.residents[b]! * u[b * T]!;
    const i = plan.boroughArea + b;
    const gross = hospital + primaryCare;
    const cost = cohortCost + workforce[b]!;
    columns.peopleCouldBenefit[i] = people;
    columns.perThousandAdults[i] = adults > 0 ? (people / adults) * 1000 : 0;
    columns.peopleSupported[i] = supported;
    columns.ftePeak[i] = ftePeak[b]!;
    columns.hospital[i] = hospital;
    columns.primaryCare[i] = primaryCare;
    columns.gross[i] = gross;
    columns.cost[i] = cost;
    columns.net[i] = gross - cost;
    columns.netPerHead[i] = residents > 0 ? (gross - cost) / residents : 0;
    columns.wellbeing[i] = wellbeing;
  }
}
