/**
 * Every leaf area at once when the areas' population paths are one path times a constant
 * (plan.shared: projected populations, or every year after the last ONS estimate).
 *
 * Each area's flow is then its path's scale times the flow of the shared path u0, and that
 * flow is piecewise affine in the area's capacity κ (link workers' places per unit of
 * eligible scale): min, max and the recurrences are affine on each side of every
 * comparison, so once it is known which side each year takes (the area's pattern), the
 * flow is P + κ Q, with P and Q worked out once per pattern from u0. A group's people are
 * then sums over the patterns its areas take of (Σ A ps) P + (Σ A ps κ) Q: two numbers per
 * area and cohort instead of a block of years. Areas still run their own flow, year by
 * year, to find their pattern and their own figures (the same sums, in the same order, as
 * leaves.ts). The recurrences' clamps at 0 only catch rounding (the sums they keep are of
 * non-negative terms), so the pieces leave them out; at a tie either side gives the same
 * value (the flow is continuous in κ). So groups agree with the area-by-area sums to
 * rounding, and the property tests hold them to 1e-12.
 */
import { COHORTS } from './dimensions.ts';
import type { Plan } from './core/plan.ts';
import type { DrawTerms } from './core/terms.ts';
import type { AreaColumns, Layout } from './flat.ts';
import type { CohortValues } from './leaves.ts';
import type { CapNote } from './results.ts';

/** Which side each comparison takes in a year: the start wanted (0), the room left (1) or none (2), times 2, plus 1 when capacity binds. */
const SIDES = 6;

/** An open-addressing table from non-negative integer keys (below 2^53) to indices 0, 1, ..., reused from run to run. */
class KeyTable {
  keys = new Float64Array(64).fill(-1);
  values = new Int32Array(64);
  size = 0;

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  /** The key's index, or -1 after adding it as index `size - 1`. */
  find(key: number): number {
    if (2 * (this.size + 1) > this.keys.length) this.#grow();
    const mask = this.keys.length - 1;
    let i = (Math.imul(key >>> 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) >>> 0, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k < 0) {
        this.keys[i] = key;
        this.values[i] = this.size++;
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  #grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    const order = new Int32Array(values.length).fill(-1);
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) order[values[i]!] = i;
    for (const i of order) if (i >= 0) this.find(keys[i]!);
  }
}

/** Grows a Float64Array to hold n values, keeping what it holds. */
const room = (a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> => {
  if (a.length >= n) return a;
  const b = new Float64Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
};
const roomInt = (a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> => {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
};

/** Buffers for one shape of run (T years, C cohorts), reused from run to run. */
class PieceWork {
  readonly u0: Float64Array;
  /** A flow's starts per programme, [p * T + t], and the sides it took. */
  readonly starts: Float64Array;
  readonly sides: Uint8Array;
  /** Per programme: starts, discounted starts and discounted active over the years; the first year capped by the eligible. */
  readonly totals = new Float64Array(6);
  readonly first = new Int32Array(2);
  readonly A: Float64Array;
  /** The area's piece and capacity, per programme. */
  readonly piece = new Int32Array(2);
  readonly kappa = new Float64Array(2);
  readonly lastBucket = new Float64Array(4);
  /** Patterns: key -> piece; piece i's P and Q of demand, starts and active at i * 6T. */
  readonly patterns = new KeyTable();
  pieces = new Float64Array(0);
  /** (piece, group) -> bucket; bucket j's piece, group, and cohort weights Σ A ps and Σ A ps κ at j * 2C. */
  readonly buckets = new KeyTable();
  bucketPiece = new Int32Array(64);
  bucketGroup = new Int32Array(64);
  weights = new Float64Array(0);
  /** Per group: Σ link workers' adults (Plan.lwBase) x ps, for link workers in post. */
  adultsPs = new Float64Array(0);

  constructor(
    readonly T: number,
    readonly C: number,
  ) {
    this.u0 = new Float64Array(T);
    this.starts = new Float64Array(2 * T);
    this.sides = new Uint8Array(T);
    this.A = new Float64Array(C);
  }
}

let work: PieceWork | null = null;

/**
 * The flow of programme p (at p * T in w's arrays) on the shared path u0, limited to
 * κ x eligible when capped: flows() in leaves.ts for one area, per unit of its path's
 * scale. Its totals over the years (starts, discounted starts and active) go to w.totals
 * and the first year the cap on the eligible binds (or -1) to w.first[p]. Returns the
 * pattern's key.
 */
function areaFlow(terms: DrawTerms, w: PieceWork, p: number, capacity: number, capped: boolean): number {
  const { T, u0, sides, totals } = w;
  const { startShare, discount } = terms;
  const firstYear = terms.firstYear[0]!;
  const later = terms.later[0]!;
  const decay = terms.decay[0]!;
  const decayOut = terms.decayOut[0]!;
  const survive = terms.survive[0]!;
  const R = terms.reReferral[0]!;
  const surviveOut = terms.surviveOut[0]!;
  const L = later + 1;
  const at = p * T;
  const { starts } = w;
  let recent = 0;
  let history = 0;
  let key = 0;
  let n = 0;
  let pv = 0;
  let activePv = 0;
  let first = -1;
  for (let t = 0; t < T; t++) {
    const eligible = u0[t]!;
    const share = startShare[t]!;
    const wanted = eligible * share;
    const free = eligible - recent;
    const room = free > 0 ? free : 0;
    const want = wanted < room ? wanted : room;
    let side = wanted < room ? 0 : free > 0 ? 2 : 4;
    let s = want;
    if (capped) {
      const most = capacity * eligible;
      if (s > most) {
        s = most;
        side += 1;
      }
    }
    sides[t] = side;
    key = key * SIDES + side;
    starts[at + t] = s;
    const d = discount[t]!;
    n += s;
    pv += s * d;
    activePv += (firstYear * s + history) * d;
    if (first < 0 && want < eligible * share * (1 - 1e-12)) first = t;
    if (t === T - 1) break;
    let r = survive * (recent + s);
    if (t + 1 - R >= 0) r -= starts[at + t + 1 - R]! * surviveOut;
    recent = r > 0 ? r : 0;
    let h = decay * (history + s);
    if (t + 1 - L >= 0) h -= starts[at + t + 1 - L]! * decayOut;
    history = h > 0 ? h : 0;
  }
  totals[3 * p] = n;
  totals[3 * p + 1] = pv;
  totals[3 * p + 2] = activePv;
  w.first[p] = first;
  return key;
}

/**
 * The piece of the pattern in w.sides on the shared path u0: P and Q of demand, starts and
 * active, [field * 2T + (0 for P, T for Q) + t], into out at `at`.
 */
export function pieceInto(
  terms: DrawTerms,
  u0: Float64Array,
  sides: Uint8Array,
  out: Float64Array,
  at: number,
): void {
  const T = u0.length;
  const { startShare } = terms;
  const firstYear = terms.firstYear[0]!;
  const later = terms.later[0]!;
  const decay = terms.decay[0]!;
  const decayOut = terms.decayOut[0]!;
  const survive = terms.survive[0]!;
  const R = terms.reReferral[0]!;
  const surviveOut = terms.surviveOut[0]!;
  const L = later + 1;
  const dP = at;
  const dQ = at + T;
  const sP = at + 2 * T;
  const sQ = at + 3 * T;
  const aP = at + 4 * T;
  const aQ = at + 5 * T;
  let rP = 0;
  let rQ = 0;
  let hP = 0;
  let hQ = 0;
  for (let t = 0; t < T; t++) {
    const side = sides[t]!;
    const want = side >> 1;
    let wP = 0;
    let wQ = 0;
    if (want === 0) wP = u0[t]! * startShare[t]!;
    else if (want === 1) {
      wP = u0[t]! - rP;
      wQ = -rQ;
    }
    out[dP + t] = wP;
    out[dQ + t] = wQ;
    const sp = (side & 1) === 1 ? 0 : wP;
    const sq = (side & 1) === 1 ? u0[t]! : wQ;
    out[sP + t] = sp;
    out[sQ + t] = sq;
    out[aP + t] = firstYear * sp + hP;
    out[aQ + t] = firstYear * sq + hQ;
    if (t === T - 1) break;
    rP = survive * (rP + sp);
    rQ = survive * (rQ + sq);
    if (t + 1 - R >= 0) {
      rP -= out[sP + t + 1 - R]! * surviveOut;
      rQ -= out[sQ + t + 1 - R]! * surviveOut;
    }
    hP = decay * (hP + sp);
    hQ = decay * (hQ + sq);
    if (t + 1 - L >= 0) {
      hP -= out[sP + t + 1 - L]! * decayOut;
      hQ -= out[sQ + t + 1 - L]! * decayOut;
    }
  }
}

/**
 * Every leaf of a plan whose paths are shared, as runLeaves (leaves.ts) does it: people
 * into `acc` at the offsets blockOf[b * N + k], scalar figures into `columns`, cap notes
 * into `capped` in area then cohort order.
 */
export function runSharedLeaves(
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
  const { T, B, C, isSp, popRatio, growthPower, pathScale } = plan;
  if (work?.T !== T || work.C !== C) work = new PieceWork(T, C);
  const w = work;
  const { u0, A, starts, totals, first, piece, kappa } = w;
  const { growthPow, discount, fteCost } = terms;
  const alpha = terms.alpha[0]!;
  const caseload = terms.caseload[0]!;
  const ftePerAdult = terms.ftePerAdult[0]!;
  const capacityLed = plan.settings.delivery === 'capacityLed';
  for (let t = 0; t < T; t++) u0[t] = popRatio[t]! * growthPow[growthPower[t]!]!;
  // Link workers per unit of path: in post, per adult (capacity-led); their cost and most in a year.
  let u0Cost = 0;
  let u0Peak = 0;
  for (let t = 0; t < T; t++) {
    u0Cost += u0[t]! * fteCost[t]! * discount[t]!;
    u0Peak = Math.max(u0Peak, u0[t]!);
  }

  const { patterns, buckets } = w;
  patterns.clear();
  buckets.clear();
  // Blocks are areas' (the whole and the groups), K values each: group r's is at r * K.
  const R = acc.length / L.K;
  w.adultsPs = room(w.adultsPs, R);
  const adultsPs = w.adultsPs.fill(0, 0, R);

  /** The piece of the pattern areaFlow has just found, made on first sight. */
  const pieceOf = (key: number): number => {
    let j = patterns.find(key);
    if (j < 0) {
      j = patterns.size - 1;
      w.pieces = room(w.pieces, (j + 1) * 6 * T);
      pieceInto(terms, u0, w.sides, w.pieces, j * 6 * T);
    }
    return j;
  };
  // Flows not limited by link workers are the same for every area, per unit of path.
  const eppPiece = pieceOf(areaFlow(terms, w, 1, Infinity, false));
  const nEpp0 = totals[3]!;
  const pvEpp0 = totals[4]!;
  const actEpp0 = totals[5]!;
  const eppFirst = first[1]!;
  let spCost = 0;
  let spPeak = 0;
  if (!capacityLed) {
    const spPiece = pieceOf(areaFlow(terms, w, 0, Infinity, false));
    piece[0] = spPiece;
    for (let t = 0; t < T; t++) {
      spCost += starts[t]! * fteCost[t]! * discount[t]!;
      spPeak = Math.max(spPeak, starts[t]!);
    }
  }
  const nSp0 = totals[0]!;
  const pvSp0 = totals[1]!;
  const actSp0 = totals[2]!;
  const spFirst = first[0]!;
  piece[1] = eppPiece;
  kappa[0] = 0;
  kappa[1] = 0;
  // Per programme: the last bucket and its key.
  const lastBucket = w.lastBucket.fill(-1);
  let lastKey = -1;
  let lastPiece = -1;
  // Capacity-led, most areas' flows are one of two pieces, known without running them:
  // free (κ at least what the free flow asks of any year: the cap never binds) or bound
  // (κ so small that it binds every year, and the cap on the eligible never does).
  let kappaFree = Infinity;
  let kappaBound = 0;
  let freePiece = -1;
  let boundPiece = -1;
  let nFree = 0;
  let pvFree = 0;
  let actFree = 0;
  let firstFree = -1;
  let nBound = 0;
  let pvBound = 0;
  let actBound = 0;
  if (capacityLed) {
    freePiece = pieceOf(areaFlow(terms, w, 0, Infinity, false));
    nFree = totals[0]!;
    pvFree = totals[1]!;
    actFree = totals[2]!;
    firstFree = first[0]!;
    let most = 0;
    for (let t = 0; t < T; t++) most = Math.max(most, starts[t]! / u0[t]!);
    kappaFree = most * (1 + 1e-9);
    let key = 0;
    for (let t = 0; t < T; t++) key = key * SIDES + 1;
    w.sides.fill(1);
    boundPiece = pieceOf(key);
    const at = boundPiece * 6 * T;
    const { pieces } = w;
    // Per unit of κ: starts u0 each year; those recently supported, recent, leave room.
    let bound = Infinity;
    let recent = 0;
    const R = terms.reReferral[0]!;
    const survive = terms.survive[0]!;
    const surviveOut = terms.surviveOut[0]!;
    for (let t = 0; t < T; t++) {
      const q = pieces[at + 3 * T + t]!;
      const d = discount[t]!;
      nBound += q;
      pvBound += q * d;
      actBound += pieces[at + 5 * T + t]! * d;
      const share = terms.startShare[t]!;
      bound = Math.min(bound, share);
      if (recent > 0) bound = Math.min(bound, (u0[t]! * (1 - share)) / recent);
      recent = survive * (recent + q);
      if (t + 1 - R >= 0) recent -= pieces[at + 3 * T + t + 1 - R]! * surviveOut;
    }
    kappaBound = bound * (1 - 1e-9);
  }

  for (let b = 0; b < B; b++) {
    let spScale = 0;
    for (let c = 0; c < C; c++) {
      const i = b * C + c;
      A[c] = plan.basePop[i]! * (1 + alpha * plan.needDelta[i]!) * terms.scale[c]!;
      if (isSp[c]) spScale += A[c]!;
    }
    const adults = plan.adults[b]!;
    // The adults its link workers in post are counted on (its own, or its registered patients' share).
    const lwAdults = plan.lwBase[b]!;
    const ps = pathScale[b]!;
    let workforce: number;
    let ftePeak: number;
    let nSp: number;
    let pvSp: number;
    let actSp: number;
    let firstSp: number;
    if (capacityLed) {
      // Social prescribing limited by the area's link workers: its own flow and piece.
      const places = ftePerAdult * lwAdults * caseload;
      const capacity = spScale > 0 ? places / spScale : Infinity;
      if (capacity >= kappaFree) {
        piece[0] = freePiece;
        kappa[0] = 0;
        nSp = nFree * ps;
        pvSp = pvFree * ps;
        actSp = actFree * ps;
        firstSp = firstFree;
      } else if (capacity < kappaBound) {
        piece[0] = boundPiece;
        kappa[0] = capacity;
        const x = capacity * ps;
        nSp = nBound * x;
        pvSp = pvBound * x;
        actSp = actBound * x;
        firstSp = -1;
      } else {
        const key = areaFlow(terms, w, 0, capacity, true);
        if (key !== lastKey) {
          lastKey = key;
          lastPiece = pieceOf(key);
        }
        piece[0] = lastPiece;
        kappa[0] = Number.isFinite(capacity) ? capacity : 0;
        nSp = totals[0]! * ps;
        pvSp = totals[1]! * ps;
        actSp = totals[2]! * ps;
        firstSp = first[0]!;
      }
      const perPath = ftePerAdult * lwAdults * ps;
      workforce = perPath * u0Cost;
      ftePeak = perPath * u0Peak;
    } else {
      nSp = nSp0 * ps;
      pvSp = pvSp0 * ps;
      actSp = actSp0 * ps;
      firstSp = spFirst;
      const perPath = (spScale * ps) / caseload;
      workforce = perPath * spCost;
      ftePeak = perPath * spPeak;
    }
    const nEpp = nEpp0 * ps;
    const pvEpp = pvEpp0 * ps;
    const actEpp = actEpp0 * ps;
    const u1 = popRatio[b * T]! * growthPow[growthPower[b * T]!]!;

    // Scalar figures, and cap notes in area then cohort order.
    let supported = 0;
    let hospital = 0;
    let primaryCare = 0;
    let cohortCost = 0;
    let wellbeing = 0;
    let people = 0;
    for (let c = 0; c < C; c++) {
      const sp = isSp[c] === 1;
      const a = A[c]!;
      people += a * u1;
      supported += a * (sp ? nSp : nEpp);
      cohortCost += a * (sp ? pvSp : pvEpp) * cv.perStart[c]!;
      const act = a * (sp ? actSp : actEpp);
      hospital += act * cv.hospital[c]!;
      primaryCare += act * cv.primary[c]!;
      wellbeing += act * cv.wellbeing[c]!;
      const firstCapped = sp ? firstSp : eppFirst;
      if (firstCapped >= 0 && a > 0)
        capped.push({
          borough: plan.areas[plan.boroughArea + b]!.id,
          cohort: COHORTS[c] as string,
          firstYear: plan.years[firstCapped] as string,
        });
    }
    const adultsNow = adults * u1;
    const residents = plan.residents[b]! * u1;
    const i = plan.boroughArea + b;
    const gross = hospital + primaryCare;
    const cost = cohortCost + workforce;
    columns.peopleCouldBenefit[i] = people;
    columns.perThousandAdults[i] = adultsNow > 0 ? (people / adultsNow) * 1000 : 0;
    columns.peopleSupported[i] = supported;
    columns.ftePeak[i] = ftePeak;
    columns.hospital[i] = hospital;
    columns.primaryCare[i] = primaryCare;
    columns.gross[i] = gross;
    columns.cost[i] = cost;
    columns.net[i] = gross - cost;
    columns.netPerHead[i] = residents > 0 ? (gross - cost) / residents : 0;
    columns.wellbeing[i] = wellbeing;

    // The area's weights in its groups' buckets.
    for (let k = 0; k < N; k++) {
      const at = blockOf[b * N + k]!;
      const r = (at / L.K) | 0;
      acc[at + L.adults] = acc[at + L.adults]! + adultsNow;
      acc[at + L.residents] = acc[at + L.residents]! + residents;
      adultsPs[r] = adultsPs[r]! + lwAdults * ps;
      for (let p = 0; p < 2; p++) {
        // Neighbouring areas mostly share a group and a piece: the last bucket, before the table.
        const bucketKey = piece[p]! * R + r;
        let j = lastBucket[2 * p + 1] === bucketKey ? lastBucket[2 * p]! : buckets.find(bucketKey);
        lastBucket[2 * p] = j;
        lastBucket[2 * p + 1] = bucketKey;
        if (j < 0) {
          j = buckets.size - 1;
          w.bucketPiece = roomInt(w.bucketPiece, j + 1);
          w.bucketGroup = roomInt(w.bucketGroup, j + 1);
          w.weights = room(w.weights, (j + 1) * 2 * C);
          w.bucketPiece[j] = piece[p]!;
          w.bucketGroup[j] = r;
          w.weights.fill(0, j * 2 * C, (j + 1) * 2 * C);
          lastBucket[2 * p] = j;
        }
        const wAt = j * 2 * C;
        const weights = w.weights;
        const kp = kappa[p]!;
        for (let c = 0; c < C; c++) {
          if ((isSp[c] === 1) !== (p === 0)) continue;
          const x = A[c]! * ps;
          weights[wAt + c] = weights[wAt + c]! + x;
          weights[wAt + C + c] = weights[wAt + C + c]! + x * kp;
        }
      }
    }
  }

  // The groups' people: each bucket's weights times its piece.
  const { pieces, weights, bucketPiece, bucketGroup } = w;
  for (let j = 0; j < buckets.size; j++) {
    const at = bucketGroup[j]! * L.K;
    const pAt = bucketPiece[j]! * 6 * T;
    const wAt = j * 2 * C;
    for (let c = 0; c < C; c++) {
      const x = weights[wAt + c]!;
      const xk = weights[wAt + C + c]!;
      if (x === 0 && xk === 0) continue;
      const cT = c * T;
      const eAt = at + L.eligible + cT;
      const dAt = at + L.demand + cT;
      const sAt = at + L.starts + cT;
      const aAt = at + L.active + cT;
      for (let t = 0; t < T; t++) {
        acc[eAt + t] = acc[eAt + t]! + x * u0[t]!;
        acc[dAt + t] = acc[dAt + t]! + x * pieces[pAt + t]! + xk * pieces[pAt + T + t]!;
        acc[sAt + t] = acc[sAt + t]! + x * pieces[pAt + 2 * T + t]! + xk * pieces[pAt + 3 * T + t]!;
        acc[aAt + t] = acc[aAt + t]! + x * pieces[pAt + 4 * T + t]! + xk * pieces[pAt + 5 * T + t]!;
      }
    }
  }
  // The groups' link workers: in post for their adults, or for their social prescribing starts.
  for (let r = 0; r < R; r++) {
    const at = r * L.K;
    for (let t = 0; t < T; t++) {
      let f: number;
      if (capacityLed) f = ftePerAdult * adultsPs[r]! * u0[t]!;
      else {
        let s = 0;
        for (let c = 0; c < C; c++) if (isSp[c]) s += acc[at + L.starts + c * T + t]!;
        f = s / caseload;
      }
      acc[at + L.fte + t] = f;
    }
  }
}
