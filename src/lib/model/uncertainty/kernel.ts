/**
 * The model for many parameter draws at once, on typed arrays: the same plan, terms
 * and people flow as run(), summed rather than expanded. What is exactly linear is
 * used: a cohort's starts and benefit are its eligible scale A[b,c] times a flow per
 * unit of it, the same for every cohort of a programme, so a borough's totals are its
 * weights times sums of the flow over the years. When the boroughs' population paths
 * are multiples of one another the flow is shared: borough b's is its multiple of the
 * shared one, and an area's years are the shared flow times its boroughs' summed
 * weights. A borough-draw pair has its own flow only where the paths differ or where
 * its link workers limit starts in some year (capacity-led delivery). Roll-ups are sums
 * of their boroughs within each draw.
 *
 * Draws are worked through in blocks, so that a block's years stay in the processor's
 * cache; the results are the same whatever the block. Work arrays are laid out as
 * layout.ts says.
 */
import { areaIndex, type Plan } from '../core/plan.ts';
import { drawTerms, type DrawTerms, type ParamColumns } from '../core/terms.ts';
import { flowProfile, makeFlow, makeFlowWork, type Flow, type FlowWork } from '../core/flow.ts';
import { MEASURES, makeMeasures, makeYearly, type Measures, type YearlyDraws } from './measures.ts';
import { spreadSums, sumFlow } from './flow-sums.ts';
import { TABLE, cohortTable, fillPairs } from './weights.ts';
import { OwnFlowWork, ownFlows } from './own-flows.ts';
import { Buffers } from './buffers.ts';
import {
  applyLinear,
  backRatios,
  LinearWork,
  linearFlows,
  responseTable,
  uncappedDraws,
  type LinearInput,
} from './linear-flows.ts';
import {
  addSharedWeights,
  applyShared,
  clearAreaYears,
  copyYears,
  makeAreaYears,
  type AreaYears,
} from './area-years.ts';
import {
  FACTOR_EPP,
  FACTOR_SP,
  CAPACITY,
  PAIR,
  PER_PROGRAMME,
  PER_SUM,
  SUMS,
  S_ACTIVE,
  S_ACTIVE_PLAIN,
  S_STARTS,
  S_STARTS_PAY,
  S_STARTS_PLAIN,
  WEIGHTS,
  W_GP,
  W_HOSPITAL,
  W_PER_START,
  W_PRIMARY,
  W_SCALE,
  W_WELLBYS,
} from './layout.ts';

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

/** Draws per block: a block's 15 years of flows and areas' years fit the cache. */
export const BLOCK = 256;

const BASIC = ['gross', 'cost', 'net'] as const satisfies readonly (keyof Measures)[];
/** Every measure of a block's totals, [(area * size + d) * M + m], in MEASURES order. */
const M = MEASURES.length;

/** Work space for one block, reused from block to block and from call to call. */
class Workspace {
  /** The shared flow (borough 0's path, starts not limited by link workers) and its sums. */
  readonly flow: Flow;
  readonly work: FlowWork;
  readonly shared: Float64Array;
  /** The least capacity with which the shared flow is never limited, per draw. */
  readonly unlimited: Float64Array;
  readonly table: Float64Array;
  readonly pairs: Float64Array;
  readonly weights: Float64Array;
  readonly sums: Float64Array;
  readonly own: OwnFlowWork;
  readonly linear: LinearWork;
  /** Link worker cost per unit of the shared path over the counted years, and a borough's. */
  readonly pathPay: Float64Array;
  readonly adultsPay: Float64Array;
  /** Every area's totals in the block. */
  readonly totals: Float64Array;
  /** Paths of their own: the draws where nothing limits starts (and the others), and the response per unit of path. */
  readonly marked: Uint8Array;
  readonly capped: Uint8Array;
  readonly response: Float64Array;
  /** The last block's terms, whose arrays the next block's reuse. */
  terms: DrawTerms | null = null;

  constructor(
    readonly size: number,
    plan: Plan,
  ) {
    const { T, B, C } = plan;
    const pairs = B * size;
    this.flow = makeFlow(T, size);
    this.work = makeFlowWork(size);
    this.shared = new Float64Array(size * PER_SUM);
    this.unlimited = new Float64Array(size);
    this.table = new Float64Array(size * C * TABLE);
    this.pairs = new Float64Array(pairs * PAIR);
    this.weights = new Float64Array(pairs * WEIGHTS);
    this.sums = new Float64Array(pairs * SUMS);
    this.own = new OwnFlowWork(T, B);
    this.linear = new LinearWork(T, B);
    this.pathPay = new Float64Array(size);
    this.adultsPay = new Float64Array(size);
    this.totals = new Float64Array(plan.areas.length * size * M);
    this.marked = new Uint8Array(size);
    this.capped = new Uint8Array(size);
    this.response = new Float64Array(size * T * PER_SUM);
  }
}

/**
 * Arrays lent from one call to the next (see buffers.ts). A caller may take its own
 * from `scratch` (the parameter draws): all are reclaimed when simulate() returns.
 */
export const scratch = new Buffers();
const buffers = scratch;
let kept: { key: string; ws: Workspace } | null = null;

function workspaceFor(plan: Plan, size: number): Workspace {
  const key = `${plan.T} ${plan.B} ${plan.C} ${plan.areas.length} ${size}`;
  if (kept?.key !== key) kept = { key, ws: new Workspace(size, plan) };
  return kept.ws;
}

/** Where each borough's totals go in a block: its own slot, and its group's in each grouping. */
interface Slots {
  own: number;
  groups: Int32Array;
}

/** Evaluate D draws (cols[param][d]) and hand every area to the sink. */
export function simulate(
  plan: Plan,
  cols: ParamColumns,
  D: number,
  options: SimulateOptions,
  sink: AreaSink,
): void {
  const { T, B } = plan;
  const R = plan.rollups;
  const areaCount = plan.areas.length;
  const rollAreas = Array.from(plan.rollupArea);
  const wholeParts = Array.from(plan.wholeParts, (r) => rollAreas[r]!);
  const groupAreas = (b: number) =>
    Array.from(plan.groupOf.subarray(b * plan.G, (b + 1) * plan.G), (r) => rollAreas[r]!);
  const size = Math.min(D, BLOCK);
  // Every measure for the areas shown in full; NHS benefits, cost and net for the rest.
  const keysOf = (a: number) => (options.detail.has(a) ? MEASURES : BASIC);
  const alloc = (n: number) => buffers.take(n);
  const totals = Array.from({ length: areaCount }, (_, a) => makeMeasures(D, keysOf(a), alloc));
  const yearly = Array.from({ length: areaCount }, (_, a) =>
    options.yearly.has(a) ? makeYearly(T, D, alloc) : null,
  );
  const blockYears = Array.from({ length: areaCount }, (_, a) =>
    options.yearly.has(a) ? makeAreaYears(T, size, alloc) : null,
  );
  // The areas whose years each borough is part of: itself, its group in each grouping, the whole.
  const parts = Array.from({ length: B }, (_, b) =>
    [plan.boroughArea + b, ...groupAreas(b), 0].flatMap((a) => blockYears[a] ?? []),
  );
  const slots: Slots[] = Array.from({ length: B }, (_, b) => ({
    own: plan.boroughArea + b,
    groups: Int32Array.from(groupAreas(b)),
  }));
  const ws = workspaceFor(plan, size);
  const london = blockYears[0];
  const everyone = new Set(london ? [london] : []);
  const back = backRatios(plan);

  for (let d0 = 0; d0 < D; d0 += size) {
    const n = Math.min(size, D - d0);
    const block = {} as ParamColumns;
    for (const id of Object.keys(cols) as (keyof ParamColumns)[]) block[id] = cols[id].subarray(d0, d0 + n);
    simulateBlock(plan, block, n, options.from, ws, parts, everyone, slots, back);
    // The whole (London) is the sum of the first grouping's groups (Inner plus Outer).
    const bt = ws.totals;
    for (let d = 0; d < n; d++)
      for (let m = 0; m < M; m++) {
        let sum = 0;
        for (const a of wholeParts) sum += bt[(a * size + d) * M + m]!;
        bt[d * M + m] = sum;
      }
    totals.forEach((t, a) => {
      for (const key of keysOf(a)) {
        const m = MEASURES.indexOf(key);
        const to = t[key];
        for (let d = 0; d < n; d++) to[d0 + d] = bt[(a * size + d) * M + m]!;
      }
    });
    blockYears.forEach((y, a) => {
      if (y) copyYears(y.years, T, n, yearly[a]!, d0);
    });
  }
  for (let b = 0; b < B; b++) {
    const area = plan.boroughArea + b;
    sink(area, totals[area]!, yearly[area] ?? null);
  }
  sink(0, totals[0]!, yearly[0] ?? null);
  for (let r = 0; r < R; r++) {
    const area = plan.rollupArea[r]!;
    sink(area, totals[area]!, yearly[area] ?? null);
  }
  // The sink has had the arrays, the caller its draws: they can serve the next call.
  buffers.reclaim();
}

/**
 * The n draws of one block: every area's totals into ws.totals, and every borough's part
 * in the years of the areas it belongs to (`parts`, by borough; `everyone`, the areas
 * every borough is part of).
 */
function simulateBlock(
  plan: Plan,
  cols: ParamColumns,
  n: number,
  from: number,
  ws: Workspace,
  parts: readonly (readonly AreaYears[])[],
  everyone: ReadonlySet<AreaYears>,
  slots: readonly Slots[],
  back: Float64Array,
): void {
  const terms = drawTerms(plan, cols, n, ws.terms ?? undefined);
  ws.terms = terms;
  const { T, B, shared } = plan;
  const { size, pairs, weights, sums } = ws;
  const capacityLed = plan.settings.delivery === 'capacityLed';
  const table = cohortTable(plan, terms, ws.table);
  for (const y of new Set(parts.flat())) clearAreaYears(y, T, n);
  for (let b = 0; b < B; b++) fillPairs(plan, terms, table, b, size, weights, pairs);

  // Without a limit on starts the flow per unit is the same for both programmes: when the
  // boroughs' paths are multiples of one another it is worked out once for all of them.
  if (shared) {
    flowProfile(plan, terms, 0, null, ws.flow, ws.work);
    sumFlow(terms, ws.flow, T, from, ws.shared);
    if (capacityLed) unlimitedCapacity(plan, terms, ws.flow, ws.unlimited);
  } else ws.shared.fill(0);
  for (let b = 0; b < B; b++) {
    const scale = shared ? plan.pathScale[b]! : 0;
    for (let d = 0; d < n; d++) {
      const q = (b * size + d) * PAIR;
      // A pair keeps the shared flow unless link workers would limit its starts.
      const free = !capacityLed || pairs[q + CAPACITY]! >= ws.unlimited[d]!;
      pairs[q + FACTOR_SP] = free ? scale : 0;
      pairs[q + FACTOR_EPP] = scale;
    }
  }
  spreadSums(ws.shared, pairs, B, n, size, sums);

  // The pairs with flows of their own.
  const all = [...everyone].map((y) => y.years);
  const targets = parts.map((p) => p.filter((y) => !everyone.has(y)).map((y) => y.years));
  // Pairs not on the shared flow: linear in their starts in the draws where the people
  // supported lately never leave too few to start, step by step in the others.
  const ownPairs = !shared || capacityLed;
  if (ownPairs) {
    const { marked, capped, response } = ws;
    uncappedDraws(plan, terms, back, marked);
    for (let d = 0; d < n; d++) capped[d] = 1 - marked[d]!;
    responseTable(plan, terms, from, response);
    const linearAll = [...everyone].map((y) => y.linear);
    const linear = parts.map((p) => p.filter((y) => !everyone.has(y)).map((y) => y.linear));
    const flows = (
      f: Omit<LinearInput, 'stride' | 'weights' | 'pairs' | 'sums' | 'marked' | 'all' | 'areas'>,
    ) => {
      linearFlows(
        plan,
        terms,
        response,
        { ...f, stride: size, weights, pairs, sums, marked, all: linearAll, areas: linear },
        ws.linear,
      );
      ownFlows(
        plan,
        terms,
        { ...f, only: capped, stride: size, weights, pairs, sums, all, targets },
        from,
        ws.own,
      );
    };
    // Social prescribing limited by link workers: where that limit binds (shared paths), or everywhere.
    if (capacityLed)
      flows({ programmes: 'sp', everyPair: !shared, limited: true, ftePerStart: false, ftePerPath: !shared });
    // Unlimited flows of paths of their own: both programmes, or the expert patients'.
    if (!shared)
      flows({
        programmes: capacityLed ? 'epp' : 'both',
        everyPair: true,
        limited: false,
        ftePerStart: !capacityLed,
        ftePerPath: false,
      });
    for (const y of new Set(parts.flat())) applyLinear(plan, terms, y.linear, marked, y.years);
  }

  // The shared flow's part in the areas' years.
  if (shared) {
    for (let b = 0; b < B; b++)
      for (const y of parts[b]!)
        addSharedWeights(
          y,
          terms,
          b,
          size,
          weights,
          pairs,
          capacityLed,
          plan.lwBase[b]! * plan.pathScale[b]!,
        );
    for (const y of new Set(parts.flat())) applyShared(plan, terms, y, ws.flow);
  }

  // Every area's totals: the roll-ups are sums of their boroughs.
  for (let r = 0; r < plan.rollups; r++) {
    const a = plan.rollupArea[r]!;
    ws.totals.fill(0, a * size * M, (a + 1) * size * M);
  }
  if (capacityLed && shared) pathPay(plan, terms, 0, from, ws.pathPay);
  for (let b = 0; b < B; b++) {
    let adultsPay: Float64Array | null = null;
    if (capacityLed) {
      // Link workers in proportion to adults (Plan.lwBase), on the borough's path.
      adultsPay = ws.adultsPay;
      if (shared) adultsPay.set(ws.pathPay.subarray(0, n));
      else pathPay(plan, terms, b, from, adultsPay);
      const perPath = plan.lwBase[b]! * (shared ? plan.pathScale[b]! : 1);
      for (let d = 0; d < n; d++) adultsPay[d] = adultsPay[d]! * terms.ftePerAdult[d]! * perPath;
    }
    addTotals(terms, ws, b, adultsPay, slots[b]!);
  }
}

/**
 * Per draw, the least capacity (per unit of eligible scale and of the path) that never
 * limits the shared flow: its largest share of the path starting in a year.
 */
function unlimitedCapacity(plan: Plan, terms: DrawTerms, flow: Flow, out: Float64Array): void {
  const { D, growthPow } = terms;
  out.fill(0, 0, D);
  for (let t = 0; t < plan.T; t++) {
    const ratio = plan.popRatio[t]!;
    const g = plan.growthPower[t]! * D;
    for (let d = 0; d < D; d++) {
      const share = flow.starts[t * D + d]! / (ratio * growthPow[g + d]!);
      if (share > out[d]!) out[d] = share;
    }
  }
}

/**
 * Borough b's totals over the window, every measure, from its weights and flow sums:
 * set in its own slot of ws.totals, added into its ICB's and Inner's or Outer's.
 */
function addTotals(
  terms: DrawTerms,
  ws: Workspace,
  b: number,
  adultsPay: Float64Array | null,
  slots: Slots,
): void {
  const { D, wellbyValue, caseload } = terms;
  const { size, weights, sums, totals } = ws;
  const perAdult = adultsPay !== null;
  const E = PER_PROGRAMME;
  const P = PER_SUM;
  for (let d = 0; d < D; d++) {
    const p = b * size + d;
    const w = p * WEIGHTS;
    const s = p * SUMS;
    const aSp = sums[s + S_ACTIVE]!;
    const aEpp = sums[s + P + S_ACTIVE]!;
    const apSp = sums[s + S_ACTIVE_PLAIN]!;
    const apEpp = sums[s + P + S_ACTIVE_PLAIN]!;
    const hospital = weights[w + W_HOSPITAL]! * aSp + weights[w + E + W_HOSPITAL]! * aEpp;
    const primary = weights[w + W_PRIMARY]! * aSp + weights[w + E + W_PRIMARY]! * aEpp;
    const gross = hospital + primary;
    const wellbeing = (weights[w + W_WELLBYS]! * aSp + weights[w + E + W_WELLBYS]! * aEpp) * wellbyValue[d]!;
    // Link workers: in proportion to adults (capacity-led) or to starts (the others; 0 per start).
    const workforce = perAdult
      ? adultsPay[d]!
      : (weights[w + W_SCALE]! * sums[s + S_STARTS_PAY]!) / caseload[d]!;
    const cost =
      weights[w + W_PER_START]! * sums[s + S_STARTS]! +
      weights[w + E + W_PER_START]! * sums[s + P + S_STARTS]! +
      workforce;
    const net = gross - cost;
    const people =
      weights[w + W_SCALE]! * sums[s + S_STARTS_PLAIN]! +
      weights[w + E + W_SCALE]! * sums[s + P + S_STARTS_PLAIN]!;
    const gp = weights[w + W_GP]! * apSp + weights[w + E + W_GP]! * apEpp;
    const wellbys = weights[w + W_WELLBYS]! * apSp + weights[w + E + W_WELLBYS]! * apEpp;
    // In MEASURES order: hospital, primaryCare, gross, wellbeing, cost, net, netSocietal, starts, gpAppointments, wellbys.
    const o = (slots.own * size + d) * M;
    totals[o] = hospital;
    totals[o + 1] = primary;
    totals[o + 2] = gross;
    totals[o + 3] = wellbeing;
    totals[o + 4] = cost;
    totals[o + 5] = net;
    totals[o + 6] = net + wellbeing;
    totals[o + 7] = people;
    totals[o + 8] = gp;
    totals[o + 9] = wellbys;
    for (let g = 0; g < slots.groups.length; g++) {
      const r = (slots.groups[g]! * size + d) * M;
      for (let m = 0; m < M; m++) totals[r + m]! += totals[o + m]!;
    }
  }
}

/** Link worker cost per unit of borough b's population path over the counted years: u[t] x cost x discount, per draw. */
function pathPay(plan: Plan, terms: DrawTerms, b: number, from: number, out: Float64Array): void {
  const { D, discount, fteCost, growthPow } = terms;
  const row = b * plan.T;
  out.fill(0, 0, D);
  for (let t = from; t < plan.T; t++) {
    const ratio = plan.popRatio[row + t]!;
    const g = plan.growthPower[row + t]! * D;
    const off = t * D;
    for (let d = 0; d < D; d++) out[d]! += ratio * growthPow[g + d]! * fteCost[off + d]! * discount[off + d]!;
  }
}

/** Area indices to keep yearly values for: London and, when given, one more. */
export function yearlyAreas(plan: Plan, ids: readonly string[]): Set<number> {
  return new Set([0, ...ids.map((id) => areaIndex(plan, id))]);
}
