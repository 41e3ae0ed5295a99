/**
 * The flat run (run.ts, leaves.ts): areas split at random into parts give London's totals
 * again, and what is made on first get (nested results, summaries, columns) agrees with
 * a reference worked out from the leaves' own results. The run works totals out cohort by
 * cohort and sums groups' money from their people, where the reference adds year by year
 * and area by area: the same amounts in another order, so they agree to 1e-12, not bit for bit.
 * On a shared path groups are sums over the flow's linear pieces (pieces.ts), and areas
 * whose link workers never or always limit their starts take a piece's totals times their
 * capacity, where the reference runs each area's flow year by year: again the same amounts
 * to rounding. Link workers, start rates, turnover and re-referral are drawn so that caps
 * bind in every year, in none and in some.
 */
import fc from 'fast-check';
import * as aq from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAreas } from '../../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../../src/lib/areas/template-file.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import {
  presetScenario,
  run,
  summarise,
  useSharedPathRoute,
  type AreaResult,
} from '../../../src/lib/model/index.ts';
import { runSharedLeaves } from '../../../src/lib/model/pieces.ts';
import { readFileSync } from 'node:fs';
import { data } from './fixtures.ts';

const template = readFileSync(`public/data/${TEMPLATE_FILE}`, 'utf8');
const table = aq.fromCSV(template, { autoType: false });
const cols = table.columnNames();
const rows = table.objects() as Record<string, string>[];
const cell = (v: string | undefined) =>
  /[",\n\r]/.test(v ?? '') ? `"${(v ?? '').replace(/"/g, '""')}"` : (v ?? '');

const adultsColumn = cols.find((c) => /^pop_18plus_\d{4}$/.test(c))!;

/**
 * Borough i cut into parts[i] parts, each with the borough's people, grouped by borough;
 * with `registered`, each part has 0.6 to 1.4 times its adults as registered patients, so
 * that link workers in post are shared among the parts otherwise than by adults.
 */
function split(parts: number[], registered = false) {
  const lines = rows.flatMap((r, i) =>
    Array.from({ length: parts[i]! }, (_, k) => {
      const part = {
        ...r,
        area_code: `${r.area_code}-${k}`,
        area_name: `${r.area_name} part ${k + 1}`,
        short_name: '',
        group_code: `G${r.area_code}`,
        group_name: r.area_name ?? '',
        area_level: 'part',
        group_level: 'borough',
        registered_patients: registered
          ? String(Math.round(Number(r[adultsColumn]) * (0.6 + (0.8 * ((i * 7 + k * 3) % 5)) / 4)))
          : '',
      } as Record<string, string>;
      return cols.map((c) => cell(part[c])).join(',');
    }),
  );
  const r = readAreas({ file: 'parts.csv', text: [cols.join(','), ...lines].join('\r\n'), base: data });
  if (!r.ok) throw new Error('the parts must read');
  return r.dataset;
}

/** |a - b| within tol of b, or of `scale` (net is a difference: its rounding is that of gross and cost). */
const near = (a: number, b: number, tol: number, scale = 0) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(b), scale);

const KEYS = [
  'gross',
  'cost',
  'net',
  'hospital',
  'primaryCare',
  'wellbeing',
  'peopleSupported',
  'peopleCouldBenefit',
] as const;

// These tests are of the quick route for a shared path (pieces.ts), which the page loads for many areas.
beforeAll(() => useSharedPathRoute(runSharedLeaves));
afterAll(() => useSharedPathRoute(null));

describe('the flat run', () => {
  it("adds up its parts, gives London's totals when split evenly, and its columns agree with its summaries", () => {
    const scenarios = (['evidence-2026', 'hlp2017'] as const).map((id) => presetScenario(id, data));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: 1, max: 3 }), { minLength: rows.length, maxLength: rows.length }),
          fc.integer({ min: 1, max: 3 }).map((n) => rows.map(() => n)),
        ),
        fc.oneof(
          fc.constantFrom(...scenarios),
          // Link workers from none to many, and flows that fill up: areas whose cap binds every
          // year, never, or some years, on which the linear pieces (pieces.ts) must equal each
          // area's own flow run year by year.
          fc
            .record({
              s: fc.constantFrom(...scenarios),
              delivery: fc.constantFrom('capacityLed' as const, 'demandLed' as const, 'perStart' as const),
              lwPer10k: fc.double({ min: 0, max: 5, noNaN: true }),
              startRate: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
              turnover: fc.double({ min: 0, max: 0.6, noNaN: true }),
              reReferralYears: fc.integer({ min: 1, max: 15 }),
            })
            .map(({ s, delivery, ...v }) => ({ ...s, delivery, values: { ...s.values, ...v } })),
        ),
        fc.boolean(),
        (parts, s, registered) => {
          const mine = split(parts, registered);
          const r = run(s, mine);
          const whole = r.summaries.get('london')!;
          // The whole is its parts added up: each part's own summary, the reference.
          for (const k of KEYS) {
            const expected = r.leaves.reduce((sum, a) => sum + r.summaries.get(a.id)![k], 0);
            expect(
              near(whole[k], expected, 1e-12, Math.max(Math.abs(whole.gross), whole.cost)),
              `${k} ${whole[k]} ${expected}`,
            ).toBe(true);
          }
          // Split evenly (need indices are relative to the whole, so only then), the whole is London's totals times the parts.
          if (!registered && parts.every((n) => n === parts[0])) {
            const ref = run(s, data);
            for (const k of KEYS) {
              const expected = data.boroughs.reduce(
                (sum, b) => sum + parts[0]! * summarise(ref.areas.get(b.code)!)[k],
                0,
              );
              expect(near(whole[k], expected, 1e-9)).toBe(true);
            }
          }
          // Each group's nested results are its parts' results added up (the reference roll-up).
          for (const g of r.groupsOf('group')) {
            const members = g.boroughs.map((code) => r.areas.get(code) as AreaResult);
            const ref = summarise(addUp(g, members));
            const got = r.summaries.get(g.id)!;
            for (const k of KEYS)
              expect(
                near(got[k], ref[k], 1e-12, Math.max(Math.abs(ref.gross), ref.cost)),
                `${g.id} ${k} ${got[k]} ${ref[k]}`,
              ).toBe(true);
          }
          // Columns, the figures views of every area read, agree with each area's summary.
          const i = r.summaries.index;
          for (const id of [...r.leaves.map((a) => a.id).slice(0, 20), 'london']) {
            const sum = r.summaries.get(id)!;
            for (const def of Object.values(METRIC_DEFS))
              expect(
                near(
                  def.at(r.columns, i.get(id)!),
                  def.value(sum),
                  1e-12,
                  Math.max(Math.abs(sum.gross), sum.cost),
                ),
                `${id} ${def.id} ${def.at(r.columns, i.get(id)!)} ${def.value(sum)}`,
              ).toBe(true);
          }
        },
      ),
      {
        numRuns: 16,
        examples: [
          [
            [
              1, 1, 3, 1, 1, 1, 3, 1, 1, 2, 2, 1, 3, 2, 2, 3, 1, 2, 2, 3, 1, 3, 3, 1, 1, 2, 1, 1, 1, 3, 1, 2,
              1,
            ],
            scenarios[1]!,
            false,
          ],
        ],
      },
    );
  });
});

/** The nested roll-up of the areas, element by element (what run.ts did before it ran flat). */
function addUp(shape: AreaResult, parts: AreaResult[]): AreaResult {
  type N = number | N[];
  const add = (xs: N[]): N =>
    typeof xs[0] === 'number'
      ? (xs as number[]).reduce((a, b) => a + b, 0)
      : (xs[0] as N[]).map((_, j) => add(xs.map((x) => (x as N[])[j] as N)));
  const field = <K extends keyof AreaResult>(k: K) => add(parts.map((p) => p[k] as N)) as AreaResult[K];
  return {
    ...shape,
    adults: field('adults'),
    residents: field('residents'),
    eligible: field('eligible'),
    demand: field('demand'),
    starts: field('starts'),
    active: field('active'),
    gross: field('gross'),
    cost: field('cost'),
    workforceCost: field('workforceCost'),
    fte: field('fte'),
    gpAppointments: field('gpAppointments'),
    wellbys: field('wellbys'),
    wellbeing: field('wellbeing'),
    grossCash: field('grossCash'),
    costCash: field('costCash'),
  };
}
