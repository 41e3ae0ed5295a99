/**
 * The whole and the selected area worked out on classes of areas (merge.ts) must give
 * the full plan's numbers, draw by draw, to 1e-9 relative: on London's boroughs, and on
 * random splits of them into parts (proportional, so they merge even when link workers
 * cap starts) and into parts of their own (need indices and older residents changed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERIES, sampleColumns, type Scenario } from '../../../src/lib/model/index.ts';
import { makePlan, sharing, type Plan } from '../../../src/lib/model/core/plan.ts';
import { simulate } from '../../../src/lib/model/uncertainty/kernel.ts';
import { areaClasses, mergedPlan } from '../../../src/lib/model/uncertainty/merge.ts';
import { MEASURES } from '../../../src/lib/model/uncertainty/measures.ts';
import { scenarioArb } from './arbitraries.ts';
import { data, relClose, scenario } from './fixtures.ts';

/** Each borough cut into parts[b] areas with shares of its people; jitter > 0 gives each part data of its own. */
function splitPlan(plan: Plan, parts: number[][], jitter: number[][]): Plan {
  const { C, T, G } = plan;
  const rows = parts.flatMap((shares, b) => shares.map((share, k) => ({ b, share, jit: jitter[b]![k]! })));
  const B = rows.length;
  const basePop = new Float64Array(B * C);
  const needDelta = new Float64Array(B * C);
  const adults = new Float64Array(B);
  const residents = new Float64Array(B);
  const lwBase = new Float64Array(B);
  const popRatio = new Float64Array(B * T);
  const growthPower = new Int32Array(B * T);
  const groupOf = new Int32Array(B * G);
  rows.forEach(({ b, share, jit }, j) => {
    for (let c = 0; c < C; c++) {
      // A part of its own: more or fewer older residents and a different need.
      const older = plan.basePop[b * C + c] !== plan.adults[b];
      basePop[j * C + c] = plan.basePop[b * C + c]! * share * (older ? 1 + jit : 1);
      needDelta[j * C + c] = plan.needDelta[b * C + c]! + jit * (c + 1) * 0.1;
    }
    adults[j] = plan.adults[b]! * share;
    residents[j] = plan.residents[b]! * share;
    // Link workers shared by registered patients: a part of its own has more or fewer per adult.
    lwBase[j] = plan.lwBase[b]! * share * (1 + jit * 0.5);
    popRatio.set(plan.popRatio.subarray(b * T, (b + 1) * T), j * T);
    growthPower.set(plan.growthPower.subarray(b * T, (b + 1) * T), j * T);
    groupOf.set(plan.groupOf.subarray(b * G, (b + 1) * G), j * G);
  });
  const leaves = rows.map(({ b }, j) => ({ ...plan.areas[plan.boroughArea + b]!, id: `part-${j}` }));
  return {
    ...plan,
    B,
    areas: [...plan.areas.slice(0, plan.boroughArea), ...leaves],
    basePop,
    needDelta,
    adults,
    residents,
    lwBase,
    popRatio,
    growthPower,
    ...sharing(popRatio, growthPower, B, T),
    groupOf,
  };
}

/** Mismatches between the full plan and its classes, for the whole and area `selected`. */
function mismatches(s: Scenario, plan: Plan, selected: number, draws = 40, seed = 3): string[] {
  const cols = sampleColumns(s.values, s, draws, seed);
  const merged = mergedPlan(plan, areaClasses(plan, selected));
  const id = plan.areas[selected]!.id;
  const at = merged.areas.findIndex((a) => a.id === id);
  const keep = (p: Plan, a: number) => {
    const out = new Map<string, number[]>();
    const both = new Set([0, a]);
    simulate(p, cols, draws, { from: 0, yearly: both, detail: both }, (x, totals, years) => {
      if (!both.has(x)) return;
      for (const m of MEASURES) out.set(`${x === 0 ? 'whole' : 'selected'} ${m}`, Array.from(totals[m]));
      for (const k of ['gross', 'cost', 'fte', 'starts'] as const)
        out.set(`${x === 0 ? 'whole' : 'selected'} ${k} by year`, Array.from(years![k]));
    });
    return out;
  };
  const full = keep(plan, selected);
  const fast = keep(merged, at);
  const out: string[] = [];
  for (const [key, xs] of full) {
    const ys = fast.get(key)!;
    // Net values can be near zero: compare them on the scale of the largest draw.
    const scale = Math.max(...xs.map(Math.abs));
    xs.forEach((x, d) => {
      if (!relClose(x, ys[d]!) && Math.abs(x - ys[d]!) > 1e-9 * scale)
        out.push(`${key} draw ${d}: ${x} vs ${ys[d]}`);
    });
  }
  return out;
}

const splitArb = (B: number, jitter: boolean) =>
  fc
    .tuple(
      fc.array(fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), {
        minLength: B,
        maxLength: B,
      }),
      fc.array(fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 4, maxLength: 4 }), {
        minLength: B,
        maxLength: B,
      }),
      fc.boolean(),
    )
    .map(([parts, jit, some]) => ({
      parts,
      jitter: jit.map((row) => row.map((x, k) => (jitter && (some || k === 0) ? x : 0))),
    }));

describe('the whole and the selected area on classes of areas', () => {
  const B = data.boroughs.length;

  it.each(DELIVERIES)(
    'equal the full plan on London (%s), for the whole, a group and a borough',
    (delivery) => {
      for (const population of ['projected', 'observed'] as const) {
        const s = scenario('evidence-2026', {}, { delivery, population });
        const plan = makePlan(s, data);
        for (const selected of [0, 1, plan.boroughArea + 21])
          expect(mismatches(s, plan, selected)).toEqual([]);
      }
    },
  );

  it('merge copies of an area into one class, and proportional parts when link workers cap starts', () => {
    const s = scenario('evidence-2026');
    const plan = splitPlan(
      makePlan(s, data),
      Array.from({ length: B }, () => [0.5, 0.25, 0.25]),
      Array.from({ length: B }, () => [0, 0, 0]),
    );
    expect(plan.B).toBe(3 * B);
    // The selected part stays alone; the rest of its borough's parts make a class.
    expect(areaClasses(plan, plan.boroughArea + 4)).toHaveLength(B + 1);
    expect(areaClasses(plan, 0)).toHaveLength(B);
    // Demand-led, starts are linear in the data: one class for the whole.
    expect(
      areaClasses(
        splitPlan(
          makePlan({ ...s, delivery: 'demandLed' }, data),
          [[1, 2], ...Array.from({ length: B - 1 }, () => [1])],
          Array.from({ length: B }, () => [0, 0]),
        ),
        0,
      ),
    ).toHaveLength(1);
  });

  it('keep apart, when link workers cap starts, parts alike but for their registered patients', () => {
    const s = scenario('evidence-2026');
    const even = splitPlan(
      makePlan(s, data),
      Array.from({ length: B }, () => [0.5, 0.5]),
      Array.from({ length: B }, () => [0, 0]),
    );
    expect(areaClasses(even, 0)).toHaveLength(B);
    // The same people, but the first part of each borough has three times the second's registered patients.
    const lwBase = even.lwBase.map((x, j) => (j % 2 === 0 ? x * 1.5 : x * 0.5));
    const plan = { ...even, lwBase };
    expect(areaClasses(plan, 0)).toHaveLength(2 * B);
    for (const selected of [0, 1, plan.boroughArea + 3]) expect(mismatches(s, plan, selected)).toEqual([]);
  });

  it('equal the full plan on random splits into proportional parts and parts of their own', () => {
    fc.assert(
      fc.property(scenarioArb, splitArb(B, true), fc.nat(), (s, { parts, jitter }, pick) => {
        const plan = splitPlan(makePlan(s, data), parts, jitter);
        const choices = [0, 1 + (pick % plan.rollups), plan.boroughArea + (pick % plan.B)];
        return choices.every((selected) => mismatches(s, plan, selected, 8, pick).length === 0);
      }),
      { numRuns: 40 },
    );
  });
});
