/**
 * The model for many parameter draws at once, on typed arrays: the same plan, terms
 * and people flow as run(), summed rather than expanded. What is exactly linear is
 * used: a cohort's starts and benefit are its eligible scale A[b,c] times a profile
 * per unit of it (shared by all boroughs when their population paths are the same
 * and link workers do not limit starts), so each borough's totals are weights times
 * sums of the profiles over the years. Roll-ups are sums of their boroughs within
 * each draw.
 */
import { areaIndex, type Plan } from '../core/plan.ts';
import { drawTerms, eligibleScale, type DrawTerms, type ParamColumns } from '../core/terms.ts';
import { flowProfile, makeFlow, makeFlowWork, type Flow, type FlowWork } from '../core/flow.ts';
import { boroughCapacity } from '../core/capacity.ts';
import { SERVICES, SERVICE_INFO } from '../dimensions.ts';
import { MEASURES, makeMeasures, makeYearly, type Measures, type YearlyDraws } from './measures.ts';

/** Receives each area (index into plan.areas) once, with its totals over the window and, if asked, its years. */
export type AreaSink = (area: number, totals: Measures, yearly: YearlyDraws | null) => void;

export interface SimulateOptions {
  /** First year index counted in the totals. */
  from: number;
  /** Areas (indices into plan.areas) whose yearly values are kept. */
  yearly: ReadonlySet<number>;
  /** Areas whose every measure is summed; the others get NHS benefits, cost and net only. */
  detail: ReadonlySet<number>;
}

const S = SERVICES.length;
const BASIC = ['gross', 'cost', 'net'] as const satisfies readonly (keyof Measures)[];

/** Per-programme weights of one borough: sums over its cohorts of A x a per-unit term. */
interface Weights {
  /** Eligible scale, hospital £, primary care £, GP appointments, WELLBYs and per-start cost per unit of profile. */
  scale: Float64Array;
  hospital: Float64Array;
  primary: Float64Array;
  gp: Float64Array;
  wellbys: Float64Array;
  perStart: Float64Array;
}

const makeWeights = (D: number): Weights => ({
  scale: new Float64Array(D),
  hospital: new Float64Array(D),
  primary: new Float64Array(D),
  gp: new Float64Array(D),
  wellbys: new Float64Array(D),
  perStart: new Float64Array(D),
});

/** £ per participant-year of hospital and of primary care, by cohort, [c * D + d]: the same for every borough. */
function payerValues(plan: Plan, terms: DrawTerms): { hospital: Float64Array; primary: Float64Array } {
  const { D, value } = terms;
  const hospital = new Float64Array(plan.C * D);
  const primary = new Float64Array(plan.C * D);
  const primaryService = SERVICES.map((s) => SERVICE_INFO[s].payer === 'primary');
  for (let c = 0; c < plan.C; c++)
    for (let s = 0; s < S; s++) {
      const target = primaryService[s] ? primary : hospital;
      const off = (c * S + s) * D;
      for (let d = 0; d < D; d++) target[c * D + d]! += value[off + d]!;
    }
  return { hospital, primary };
}

function fillWeights(
  plan: Plan,
  terms: DrawTerms,
  payer: { hospital: Float64Array; primary: Float64Array },
  b: number,
  sp: boolean,
  w: Weights,
  cohortA: Float64Array,
  pathScale: number,
): void {
  const { D, gpAppointments, wellbys, costPerStart } = terms;
  const { scale: ws, hospital: wh, primary: wp, gp: wg, wellbys: ww, perStart: wc } = w;
  const A = cohortA;
  ws.fill(0);
  wh.fill(0);
  wp.fill(0);
  wg.fill(0);
  ww.fill(0);
  wc.fill(0);
  for (let c = 0; c < plan.C; c++) {
    if ((plan.isSp[c] === 1) !== sp) continue;
    eligibleScale(plan, terms, b, c, A);
    const off = c * D;
    for (let d = 0; d < D; d++) {
      const a = A[d]! * pathScale;
      ws[d]! += a;
      wh[d]! += a * payer.hospital[off + d]!;
      wp[d]! += a * payer.primary[off + d]!;
      wg[d]! += a * gpAppointments[off + d]!;
      ww[d]! += a * wellbys[off + d]!;
      wc[d]! += a * costPerStart[off + d]!;
    }
  }
}

/** Sums over years from..T-1 of a flow: discounted and plain benefit and starts. */
interface FlowSums {
  active: Float64Array;
  activePlain: Float64Array;
  starts: Float64Array;
  startsPlain: Float64Array;
  /** Starts x link worker cost x discount (demand-led pay). */
  startsPay: Float64Array;
}

const makeSums = (D: number): FlowSums => ({
  active: new Float64Array(D),
  activePlain: new Float64Array(D),
  starts: new Float64Array(D),
  startsPlain: new Float64Array(D),
  startsPay: new Float64Array(D),
});

function sumFlow(terms: DrawTerms, flow: Flow, T: number, from: number, out: FlowSums): void {
  const { D, discount, fteCost } = terms;
  for (const a of Object.values(out)) a.fill(0);
  for (let t = from; t < T; t++) {
    const off = t * D;
    for (let d = 0; d < D; d++) {
      const k = discount[off + d]!;
      const a = flow.active[off + d]!;
      const s = flow.starts[off + d]!;
      out.active[d]! += a * k;
      out.activePlain[d]! += a;
      out.starts[d]! += s * k;
      out.startsPlain[d]! += s;
      out.startsPay[d]! += s * fteCost[off + d]! * k;
    }
  }
}

/** Work space for one evaluation, reused from borough to borough. */
class Workspace {
  readonly sp: Flow;
  readonly epp: Flow;
  readonly work: FlowWork;
  readonly capacity: Float64Array;
  readonly cohortA: Float64Array;
  readonly benefitSp: Float64Array;
  readonly benefitEpp: Float64Array;
  readonly fteScale: Float64Array;
  readonly wSp: Weights;
  readonly wEpp: Weights;
  readonly sumSp: FlowSums;
  readonly sumEpp: FlowSums;
  /** Link worker cost per adult (capacity-led) over the window, and u[t] x that, per draw. */
  readonly perAdultPay: Float64Array;
  readonly totals: Measures;
  readonly yearly: YearlyDraws;

  constructor(T: number, D: number) {
    this.sp = makeFlow(T, D);
    this.epp = makeFlow(T, D);
    this.work = makeFlowWork(D);
    this.capacity = new Float64Array(D);
    this.cohortA = new Float64Array(D);
    this.benefitSp = new Float64Array(D);
    this.benefitEpp = new Float64Array(D);
    this.fteScale = new Float64Array(D);
    this.wSp = makeWeights(D);
    this.wEpp = makeWeights(D);
    this.sumSp = makeSums(D);
    this.sumEpp = makeSums(D);
    this.perAdultPay = new Float64Array(D);
    this.totals = makeMeasures(D);
    this.yearly = makeYearly(T, D);
  }
}

/** Evaluate D draws (cols[param][d]) and hand every area to the sink. */
export function simulate(
  plan: Plan,
  cols: ParamColumns,
  D: number,
  options: SimulateOptions,
  sink: AreaSink,
): void {
  const terms = drawTerms(plan, cols, D);
  const { T } = plan;
  const { from } = options;
  const ws = new Workspace(T, D);
  const payer = payerValues(plan, terms);
  const capacityLed = plan.settings.delivery === 'capacityLed';
  const perUnitFte = plan.settings.delivery !== 'capacityLed';
  const R = plan.rollups;
  // Roll-up totals: the ICBs, Inner, Outer, then London; yearly where asked for.
  const rollTotals = Array.from({ length: R + 1 }, () => makeMeasures(D));
  const rollAreas = [...Array.from(plan.rollupArea), 0];
  // Every measure for the areas shown in full; NHS benefits, cost and net for the rest.
  const rollKeys = rollAreas.map((a) => (options.detail.has(a) ? MEASURES : BASIC));
  const rollYearly: (YearlyDraws | null)[] = rollAreas.map((a) =>
    options.yearly.has(a) ? makeYearly(T, D) : null,
  );

  // Flows that every borough shares are worked out once.
  const sharedEpp = plan.shared;
  const sharedSp = plan.shared && !capacityLed;
  if (sharedEpp) {
    flowProfile(plan, terms, 0, null, ws.epp, ws.work);
    sumFlow(terms, ws.epp, T, from, ws.sumEpp);
  }
  if (sharedSp) {
    flowProfile(plan, terms, 0, null, ws.sp, ws.work);
    sumFlow(terms, ws.sp, T, from, ws.sumSp);
  }

  for (let b = 0; b < plan.B; b++) {
    const area = plan.boroughArea + b;
    // A shared flow is borough 0's: scale it to this borough's population path.
    fillWeights(plan, terms, payer, b, true, ws.wSp, ws.cohortA, sharedSp ? plan.pathScale[b]! : 1);
    fillWeights(plan, terms, payer, b, false, ws.wEpp, ws.cohortA, sharedEpp ? plan.pathScale[b]! : 1);
    if (!sharedSp) {
      flowProfile(plan, terms, b, boroughCapacity(plan, terms, b, ws.capacity), ws.sp, ws.work);
      sumFlow(terms, ws.sp, T, from, ws.sumSp);
    }
    if (!sharedEpp) {
      flowProfile(plan, terms, b, null, ws.epp, ws.work);
      sumFlow(terms, ws.epp, T, from, ws.sumEpp);
    }
    const adultsPay = capacityLed ? capacityPay(plan, terms, b, from, ws.perAdultPay) : null;
    const t = ws.totals;
    const { wSp, wEpp, sumSp, sumEpp } = ws;
    totalsOf(terms, wSp, wEpp, sumSp, sumEpp, adultsPay, perUnitFte, t);
    const targets = [plan.stpOf[b]!, plan.innerOuterOf[b]!, R];
    for (const r of targets) addMeasures(rollTotals[r]!, t, rollKeys[r]!);
    const yearlyTargets = targets.flatMap((r) => rollYearly[r] ?? []);
    const own = options.yearly.has(area);
    if (own) {
      for (const key of YEARLY_KEYS) ws.yearly[key].fill(0);
      yearlyTargets.push(ws.yearly);
    }
    if (yearlyTargets.length > 0) boroughYears(plan, terms, b, ws, yearlyTargets);
    sink(area, t, own ? ws.yearly : null);
  }
  sink(0, rollTotals[R]!, rollYearly[R] ?? null);
  for (let r = 0; r < R; r++) sink(plan.rollupArea[r]!, rollTotals[r]!, rollYearly[r] ?? null);
}

/** A borough's totals over the window from its weights and flow sums. */
function totalsOf(
  terms: DrawTerms,
  wSp: Weights,
  wEpp: Weights,
  sumSp: FlowSums,
  sumEpp: FlowSums,
  adultsPay: Float64Array | null,
  perUnitFte: boolean,
  t: Measures,
): void {
  const { D, wellbyValue, caseload } = terms;
  const { hospital, primaryCare, gross, wellbeing, cost, net, netSocietal, starts, gpAppointments, wellbys } =
    t;
  const aSp = sumSp.active;
  const aEpp = sumEpp.active;
  const pSp = sumSp.activePlain;
  const pEpp = sumEpp.activePlain;
  for (let d = 0; d < D; d++) {
    const h = wSp.hospital[d]! * aSp[d]! + wEpp.hospital[d]! * aEpp[d]!;
    const p = wSp.primary[d]! * aSp[d]! + wEpp.primary[d]! * aEpp[d]!;
    hospital[d] = h;
    primaryCare[d] = p;
    gross[d] = h + p;
    const w = (wSp.wellbys[d]! * aSp[d]! + wEpp.wellbys[d]! * aEpp[d]!) * wellbyValue[d]!;
    wellbeing[d] = w;
    wellbys[d] = wSp.wellbys[d]! * pSp[d]! + wEpp.wellbys[d]! * pEpp[d]!;
    const workforce = adultsPay
      ? adultsPay[d]!
      : perUnitFte
        ? (wSp.scale[d]! * sumSp.startsPay[d]!) / caseload[d]!
        : 0;
    const c = wSp.perStart[d]! * sumSp.starts[d]! + wEpp.perStart[d]! * sumEpp.starts[d]! + workforce;
    cost[d] = c;
    net[d] = h + p - c;
    netSocietal[d] = h + p - c + w;
    starts[d] = wSp.scale[d]! * sumSp.startsPlain[d]! + wEpp.scale[d]! * sumEpp.startsPlain[d]!;
    gpAppointments[d] = wSp.gp[d]! * pSp[d]! + wEpp.gp[d]! * pEpp[d]!;
  }
}

/** Capacity-led link worker cost over the window per draw: FTE per adult x adults x u[t] x cost x discount. */
function capacityPay(plan: Plan, terms: DrawTerms, b: number, from: number, out: Float64Array): Float64Array {
  const { D, discount, fteCost, growthPow, ftePerAdult } = terms;
  const row = b * plan.T;
  out.fill(0);
  for (let t = from; t < plan.T; t++) {
    const ratio = plan.popRatio[row + t]!;
    const g = plan.growthPower[row + t]! * D;
    for (let d = 0; d < D; d++)
      out[d]! += ratio * growthPow[g + d]! * fteCost[t * D + d]! * discount[t * D + d]!;
  }
  const adults = plan.adults[b]!;
  for (let d = 0; d < D; d++) out[d] = out[d]! * ftePerAdult[d]! * adults;
  return out;
}

/**
 * A borough's NHS benefits, cost, link workers and starts in each year, per draw,
 * added into each of `targets` (zeroed first where `own` is one of them).
 */
function boroughYears(
  plan: Plan,
  terms: DrawTerms,
  b: number,
  ws: Workspace,
  targets: readonly YearlyDraws[],
): void {
  const { D, discount, fteCost, growthPow, ftePerAdult, caseload } = terms;
  const { sp, epp, wSp, wEpp } = ws;
  const capacityLed = plan.settings.delivery === 'capacityLed';
  const row = b * plan.T;
  const adults = plan.adults[b]!;
  const benefitSp = ws.benefitSp;
  const benefitEpp = ws.benefitEpp;
  const fteScale = ws.fteScale;
  for (let d = 0; d < D; d++) {
    benefitSp[d] = wSp.hospital[d]! + wSp.primary[d]!;
    benefitEpp[d] = wEpp.hospital[d]! + wEpp.primary[d]!;
    fteScale[d] = capacityLed ? ftePerAdult[d]! * adults : wSp.scale[d]! / caseload[d]!;
  }
  const perStartSp = wSp.perStart;
  const perStartEpp = wEpp.perStart;
  const scaleSp = wSp.scale;
  const scaleEpp = wEpp.scale;
  for (let t = 0; t < plan.T; t++) {
    const off = t * D;
    const u = plan.popRatio[row + t]!;
    const g = plan.growthPower[row + t]! * D;
    for (const y of targets) {
      const { gross, cost, fte, starts } = y;
      for (let d = 0; d < D; d++) {
        const i = off + d;
        const k = discount[i]!;
        const sSp = sp.starts[i]!;
        const sEpp = epp.starts[i]!;
        const f = fteScale[d]! * (capacityLed ? u * growthPow[g + d]! : sSp);
        gross[i]! += (sp.active[i]! * benefitSp[d]! + epp.active[i]! * benefitEpp[d]!) * k;
        cost[i]! += (sSp * perStartSp[d]! + sEpp * perStartEpp[d]! + f * fteCost[i]!) * k;
        fte[i]! += f;
        starts[i]! += sSp * scaleSp[d]! + sEpp * scaleEpp[d]!;
      }
    }
  }
}

function addMeasures(target: Measures, source: Measures, keys: readonly (keyof Measures)[]): void {
  for (const m of keys) {
    const a = target[m];
    const s = source[m];
    for (let d = 0; d < a.length; d++) a[d]! += s[d]!;
  }
}

const YEARLY_KEYS = ['gross', 'cost', 'fte', 'starts'] as const;

/** Area indices to keep yearly values for: London and, when given, one more. */
export function yearlyAreas(plan: Plan, ids: readonly string[]): Set<number> {
  return new Set([0, ...ids.map((id) => areaIndex(plan, id))]);
}
