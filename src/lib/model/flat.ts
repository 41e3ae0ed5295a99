/**
 * One area's results held flat: every array of an AreaResult laid end to end in a
 * Float64Array, so a run computes thousands of areas into a few buffers it reuses and
 * builds nested arrays only for the areas a view asks for. The arithmetic, and its order,
 * is that of the nested form: the numbers are the same to the last bit.
 */
import { COHORTS, SERVICES, SERVICE_INFO } from './dimensions.ts';
import type { AreaInfo, Plan } from './core/plan.ts';
import type { DrawTerms } from './core/terms.ts';
import { boroughCapacity } from './core/capacity.ts';
import { eligibleScale } from './core/terms.ts';
import { flowProfile, makeFlow, makeFlowWork, type Flow, type FlowWork } from './core/flow.ts';
import type { AreaResult, CapNote } from './results.ts';

const S = SERVICES.length;
const IS_PRIMARY = Uint8Array.from(SERVICES, (s) => (SERVICE_INFO[s].payer === 'primary' ? 1 : 0));

/** Offsets of each array in one area's block of K values, for T years and C cohorts. */
export interface Layout {
  T: number;
  C: number;
  /** [c * T + t] */
  eligible: number;
  demand: number;
  starts: number;
  active: number;
  /** [(c * S + s) * T + t] */
  gross: number;
  /** [c * T + t] */
  cost: number;
  /** [t] */
  workforceCost: number;
  fte: number;
  gpAppointments: number;
  wellbys: number;
  wellbeing: number;
  grossCash: number;
  costCash: number;
  adults: number;
  residents: number;
  /** Values per area. */
  K: number;
}

export function layoutOf(T: number, C: number): Layout {
  const CT = C * T;
  const gross = 4 * CT;
  const cost = gross + C * S * T;
  const year = cost + CT;
  return {
    T,
    C,
    eligible: 0,
    demand: CT,
    starts: 2 * CT,
    active: 3 * CT,
    gross,
    cost,
    workforceCost: year,
    fte: year + T,
    gpAppointments: year + 2 * T,
    wellbys: year + 3 * T,
    wellbeing: year + 4 * T,
    grossCash: year + 5 * T,
    costCash: year + 6 * T,
    adults: year + 7 * T,
    residents: year + 7 * T + 1,
    K: year + 7 * T + 2,
  };
}

/** Buffers one leaf computation works in: reused from area to area, never kept by a result. */
export interface LeafWork {
  sp: Flow;
  epp: Flow;
  flow: FlowWork;
  u: Float64Array;
  spStarts: Float64Array;
  scale: Float64Array;
  capacity: Float64Array;
  capScale: Float64Array;
  capCohort: Float64Array;
  fte: Float64Array;
}

export function makeLeafWork(T: number): LeafWork {
  return {
    sp: makeFlow(T, 1),
    epp: makeFlow(T, 1),
    flow: makeFlowWork(1),
    u: new Float64Array(T),
    spStarts: new Float64Array(T),
    scale: new Float64Array(1),
    capacity: new Float64Array(1),
    capScale: new Float64Array(1),
    capCohort: new Float64Array(1),
    fte: new Float64Array(T),
  };
}

/**
 * Leaf area b's people into out[off ..]: the eligible, demand, starts and active of each
 * cohort and year, link workers, adults and residents (the basis every other result is
 * worked out from, expandInto). Notes where the cap on the eligible bound bit go to
 * `capped` when given.
 */
export function basisInto(
  plan: Plan,
  terms: DrawTerms,
  L: Layout,
  b: number,
  out: Float64Array,
  off: number,
  w: LeafWork,
  capped: CapNote[] | null,
): void {
  const { T, C } = plan;
  const u = leafFlows(plan, terms, b, w);
  const spStarts = w.spStarts.fill(0);
  for (let c = 0; c < C; c++) {
    const sp = plan.isSp[c] === 1;
    const flow = sp ? w.sp : w.epp;
    const fStarts = flow.starts;
    const fDemand = flow.demand;
    const fActive = flow.active;
    const A = eligibleScale(plan, terms, b, c, w.scale)[0]!;
    const eAt = off + L.eligible + c * T;
    const dAt = off + L.demand + c * T;
    const sAt = off + L.starts + c * T;
    const aAt = off + L.active + c * T;
    for (let t = 0; t < T; t++) {
      const s = A * fStarts[t]!;
      out[eAt + t] = A * u[t]!;
      out[dAt + t] = A * fDemand[t]!;
      out[sAt + t] = s;
      out[aAt + t] = A * fActive[t]!;
      if (sp) spStarts[t] = spStarts[t]! + s;
    }
    if (capped !== null && A > 0) noteCap(plan, terms, b, c, flow, u, capped);
  }
  fteInto(plan, terms, b, u, spStarts, out, off + L.fte);
  out[off + L.adults] = plan.adults[b]! * u[0]!;
  out[off + L.residents] = plan.residents[b]! * u[0]!;
}

/** Area b's flows (social prescribing, capped by its link workers; the expert patient programme) and its population path u, into w. */
export function leafFlows(plan: Plan, terms: DrawTerms, b: number, w: LeafWork): Float64Array {
  const { T } = plan;
  const capacity = boroughCapacity(plan, terms, b, w.capacity, w.capScale, w.capCohort);
  flowProfile(plan, terms, b, capacity, w.sp, w.flow);
  flowProfile(plan, terms, b, null, w.epp, w.flow);
  const row = b * T;
  const u = w.u;
  for (let t = 0; t < T; t++) u[t] = plan.popRatio[row + t]! * terms.growthPow[plan.growthPower[row + t]!]!;
  return u;
}

/** Would the start rate alone have asked for more? Then the cap on the eligible bound, from its first year. */
export function noteCap(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  c: number,
  flow: Flow,
  u: Float64Array,
  capped: CapNote[],
): void {
  for (let t = 0; t < plan.T; t++)
    if (flow.demand[t]! < u[t]! * terms.startShare[t]! * (1 - 1e-12)) {
      capped.push({
        borough: plan.areas[plan.boroughArea + b]!.id,
        cohort: COHORTS[c] as string,
        firstYear: plan.years[t] as string,
      });
      return;
    }
}

/** Link workers each year: in post for the area's adults (capacity-led), or needed for its social prescribing starts. */
export function fteInto(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  u: Float64Array,
  spStarts: Float64Array,
  out: Float64Array,
  at: number,
): void {
  const capacityLed = plan.settings.delivery === 'capacityLed';
  for (let t = 0; t < plan.T; t++)
    out[at + t] = capacityLed
      ? terms.ftePerAdult[0]! * plan.lwBase[b]! * u[t]!
      : spStarts[t]! / terms.caseload[0]!;
}

/**
 * Money, appointments and wellbeing from the people in out[off ..] (basisInto's, or a
 * group's sums of them), cohort by cohort and service by service.
 */
export function expandInto(plan: Plan, terms: DrawTerms, L: Layout, out: Float64Array, off: number): void {
  const { T, C } = plan;
  const gpAt = off + L.gpAppointments;
  const wbyAt = off + L.wellbys;
  const wbAt = off + L.wellbeing;
  const grossCashAt = off + L.grossCash;
  const costCashAt = off + L.costCash;
  out.fill(0, gpAt, costCashAt + T);
  const wellbyValue = terms.wellbyValue[0]!;
  const discount = terms.discount;
  for (let c = 0; c < C; c++) {
    const perStart = terms.costPerStart[c]!;
    const gp = terms.gpAppointments[c]!;
    const wb = terms.wellbys[c]!;
    const sAt = off + L.starts + c * T;
    const aAt = off + L.active + c * T;
    const cAt = off + L.cost + c * T;
    for (let t = 0; t < T; t++) {
      const s = out[sAt + t]!;
      const a = out[aAt + t]!;
      out[gpAt + t] = out[gpAt + t]! + a * gp;
      const x = a * wb;
      out[wbyAt + t] = out[wbyAt + t]! + x;
      out[wbAt + t] = out[wbAt + t]! + x * wellbyValue * discount[t]!;
      const cash = s * perStart;
      out[costCashAt + t] = out[costCashAt + t]! + cash;
      out[cAt + t] = cash * discount[t]!;
    }
    for (let s = 0; s < S; s++) {
      const perYear = terms.value[c * S + s]!;
      const gAt = off + L.gross + (c * S + s) * T;
      for (let t = 0; t < T; t++) {
        const cash = out[aAt + t]! * perYear;
        out[grossCashAt + t] = out[grossCashAt + t]! + cash;
        out[gAt + t] = cash * discount[t]!;
      }
    }
  }
  const fteAt = off + L.fte;
  const wfAt = off + L.workforceCost;
  for (let t = 0; t < T; t++) {
    const cash = out[fteAt + t]! * terms.fteCost[t]!;
    out[costCashAt + t] = out[costCashAt + t]! + cash;
    out[wfAt + t] = cash * discount[t]!;
  }
}

/** Leaf area b's full results into out[off .. off + K). */
export function leafInto(
  plan: Plan,
  terms: DrawTerms,
  L: Layout,
  b: number,
  out: Float64Array,
  off: number,
  w: LeafWork,
  capped: CapNote[] | null,
): void {
  basisInto(plan, terms, L, b, out, off, w, capped);
  expandInto(plan, terms, L, out, off);
}

/** to[toOff ..] = from[fromOff ..] (first) or += (the rest), K values: a roll-up's step. */
export function addArea(
  to: Float64Array,
  toOff: number,
  from: Float64Array,
  fromOff: number,
  K: number,
  first: boolean,
): void {
  if (first) to.set(from.subarray(fromOff, fromOff + K), toOff);
  else for (let i = 0; i < K; i++) to[toOff + i] = to[toOff + i]! + from[fromOff + i]!;
}

/** The scalar figures every area has, one Float64Array each, indexed by area (the plan's order). */
export interface AreaColumns {
  peopleCouldBenefit: Float64Array;
  perThousandAdults: Float64Array;
  peopleSupported: Float64Array;
  ftePeak: Float64Array;
  hospital: Float64Array;
  primaryCare: Float64Array;
  gross: Float64Array;
  cost: Float64Array;
  net: Float64Array;
  netPerHead: Float64Array;
  wellbeing: Float64Array;
}

export const COLUMN_KEYS = [
  'peopleCouldBenefit',
  'perThousandAdults',
  'peopleSupported',
  'ftePeak',
  'hospital',
  'primaryCare',
  'gross',
  'cost',
  'net',
  'netPerHead',
  'wellbeing',
] as const satisfies readonly (keyof AreaColumns)[];

export function makeColumns(n: number): AreaColumns {
  const cols = {} as AreaColumns;
  for (const k of COLUMN_KEYS) cols[k] = new Float64Array(n);
  return cols;
}

/** Year-long scratch arrays for scalarsInto. */
export interface ScalarWork {
  hospital: Float64Array;
  primary: Float64Array;
  cost: Float64Array;
  starts: Float64Array;
}

export function makeScalarWork(T: number): ScalarWork {
  return {
    hospital: new Float64Array(T),
    primary: new Float64Array(T),
    cost: new Float64Array(T),
    starts: new Float64Array(T),
  };
}

/**
 * Area i's scalar figures from its flat results, into the columns: the same sums, in
 * the same order, as summarise() makes of the nested form, so the two agree exactly.
 */
export function scalarsInto(
  buf: Float64Array,
  off: number,
  L: Layout,
  cols: AreaColumns,
  i: number,
  w: ScalarWork,
): void {
  const { T, C } = L;
  const hosp = w.hospital.fill(0);
  const prim = w.primary.fill(0);
  const costY = w.cost;
  const sup = w.starts.fill(0);
  const wfAt = off + L.workforceCost;
  for (let t = 0; t < T; t++) costY[t] = buf[wfAt + t]!;
  let peopleCouldBenefit = 0;
  for (let c = 0; c < C; c++) {
    for (let s = 0; s < S; s++) {
      const target = IS_PRIMARY[s] === 1 ? prim : hosp;
      const gAt = off + L.gross + (c * S + s) * T;
      for (let t = 0; t < T; t++) target[t] = target[t]! + buf[gAt + t]!;
    }
    const cAt = off + L.cost + c * T;
    const sAt = off + L.starts + c * T;
    for (let t = 0; t < T; t++) {
      costY[t] = costY[t]! + buf[cAt + t]!;
      sup[t] = sup[t]! + buf[sAt + t]!;
    }
    peopleCouldBenefit += buf[off + L.eligible + c * T]!;
  }
  let hospital = 0;
  let primaryCare = 0;
  let cost = 0;
  let supported = 0;
  let wellbeing = 0;
  let ftePeak = 0;
  const wbAt = off + L.wellbeing;
  const fteAt = off + L.fte;
  for (let t = 0; t < T; t++) hospital += hosp[t]!;
  for (let t = 0; t < T; t++) primaryCare += prim[t]!;
  for (let t = 0; t < T; t++) cost += costY[t]!;
  for (let t = 0; t < T; t++) supported += sup[t]!;
  for (let t = 0; t < T; t++) wellbeing += buf[wbAt + t]!;
  for (let t = 0; t < T; t++) ftePeak = Math.max(ftePeak, buf[fteAt + t]!);
  const gross = hospital + primaryCare;
  const adults = buf[off + L.adults]!;
  const residents = buf[off + L.residents]!;
  cols.peopleCouldBenefit[i] = peopleCouldBenefit;
  cols.perThousandAdults[i] = adults > 0 ? (peopleCouldBenefit / adults) * 1000 : 0;
  cols.peopleSupported[i] = supported;
  cols.ftePeak[i] = ftePeak;
  cols.hospital[i] = hospital;
  cols.primaryCare[i] = primaryCare;
  cols.gross[i] = gross;
  cols.cost[i] = cost;
  cols.net[i] = gross - cost;
  cols.netPerHead[i] = residents > 0 ? (gross - cost) / residents : 0;
  cols.wellbeing[i] = wellbeing;
}

/** buf[at .. at + n) as an array (a loop: Array.from on a typed array goes through its iterator). */
const list = (buf: Float64Array, at: number, n: number): number[] => {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = buf[at + i]!;
  return out;
};

const rows = (buf: Float64Array, at: number, n: number, T: number): number[][] => {
  const out = new Array<number[]>(n);
  for (let r = 0; r < n; r++) out[r] = list(buf, at + r * T, T);
  return out;
};

const byCohort = (C: number, make: (c: number) => number[][]): number[][][] => {
  const out = new Array<number[][]>(C);
  for (let c = 0; c < C; c++) out[c] = make(c);
  return out;
};

/** The nested form of one area's flat results (what views of a single area read). */
export function toAreaResult(
  buf: Float64Array,
  off: number,
  L: Layout,
  info: AreaInfo,
  boroughs: string[],
): AreaResult {
  const { T, C } = L;
  const year = (at: number) => list(buf, off + at, T);
  return {
    id: info.id,
    name: info.name,
    kind: info.kind,
    boroughs,
    adults: buf[off + L.adults]!,
    residents: buf[off + L.residents]!,
    eligible: rows(buf, off + L.eligible, C, T),
    demand: rows(buf, off + L.demand, C, T),
    starts: rows(buf, off + L.starts, C, T),
    active: rows(buf, off + L.active, C, T),
    gross: byCohort(C, (c) => rows(buf, off + L.gross + c * S * T, S, T)),
    cost: rows(buf, off + L.cost, C, T),
    workforceCost: year(L.workforceCost),
    fte: year(L.fte),
    gpAppointments: year(L.gpAppointments),
    wellbys: year(L.wellbys),
    wellbeing: year(L.wellbeing),
    grossCash: year(L.grossCash),
    costCash: year(L.costCash),
  };
}
