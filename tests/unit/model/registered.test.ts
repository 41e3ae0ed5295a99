/**
 * Registered patients in one's own file (the registered_patients column): link workers in
 * post are shared among the areas by registered patients, the whole keeping its link
 * workers per 10,000 adults. Registered patients in proportion to adults change nothing.
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { readAreas } from '../../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../../src/lib/areas/template-file.ts';
import { run, type Scenario } from '../../../src/lib/model/index.ts';
import { data, scenario } from './fixtures.ts';

const template = readFileSync(`public/data/${TEMPLATE_FILE}`, 'utf8');
const table = aq.fromCSV(template, { autoType: false });
const cols = table.columnNames();
const rows = table.objects() as Record<string, string>[];
/** Adults 18+ in the base year of the vintage a preset starts from. */
const ADULTS_2016 = 'pop_18plus_2016';
const ADULTS_2024 = 'pop_18plus_2024';
const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The template with registered patients from `patients(row index, adults)`; '' leaves a cell blank. */
function withRegistered(patients: (i: number, adults: number) => string, adultsColumn = ADULTS_2024): string {
  const lines = rows.map((r, i) =>
    cols.map((c) => cell(c === 'registered_patients' ? patients(i, Number(r[adultsColumn])) : (r[c] ?? ''))),
  );
  return [cols.join(','), ...lines.map((l) => l.join(','))].join('\r\n');
}

function load(text: string) {
  const r = readAreas({ file: 'mine.csv', text, base: data });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.dataset;
}

const capacityLed: Scenario = scenario('evidence-2026', {}, { delivery: 'capacityLed' });
/** Every area on one population path, so that the whole's link workers are the sum of like terms. */
const projected: Scenario = { ...capacityLed, population: 'projected' };

describe('registered patients', () => {
  it('are a blank column of the template, which reads back without them', () => {
    expect(cols).toContain('registered_patients');
    expect(rows.every((r) => (r.registered_patients ?? '') === '')).toBe(true);
    expect(load(template).boroughs.every((b) => b.registered === undefined)).toBe(true);
  });

  it('in proportion to adults change no figure', () => {
    // Each preset's areas have registered patients three times their adults in its base year.
    const cases = [
      [capacityLed, ADULTS_2024],
      [scenario('evidence-2026'), ADULTS_2024],
      [scenario('hlp2017'), ADULTS_2016],
      [scenario('hlp2017', {}, { delivery: 'capacityLed' }), ADULTS_2016],
    ] as const;
    for (const [s, adultsColumn] of cases) {
      const mine = load(withRegistered((_, adults) => String(adults * 3), adultsColumn));
      const a = run(s, data);
      const b = run(s, mine);
      for (const id of ['london', ...data.boroughs.map((x) => x.code)]) {
        const x = a.summaries.get(id)!;
        const y = b.summaries.get(id)!;
        for (const k of ['gross', 'cost', 'net', 'peopleSupported', 'ftePeak'] as const)
          expect(Math.abs(x[k] - y[k])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x[k])));
      }
    }
  });

  it("share the whole's link workers in post among the areas by registered patients", () => {
    // Practices' lists are not residents: 0.7 to 1.5 times each borough's adults.
    const mine = load(withRegistered((i, adults) => String(Math.round(adults * (0.7 + 0.1 * (i % 9))))));
    const a = run(projected, data);
    const b = run(projected, mine);
    // The whole keeps its link workers (its areas' paths are alike in the first year).
    expect(b.london.fte[0]).toBeCloseTo(a.london.fte[0]!, 6);
    // Each area has the same link workers per registered patient.
    const perPatient = mine.boroughs.map((x) => b.areas.get(x.code)!.fte[0]! / x.registered!);
    for (const p of perPatient) expect(p).toBeCloseTo(perPatient[0]!, 12);
    // And not per adult: an area with more patients per adult has more link workers than before.
    const most = mine.boroughs.reduce((m, x) =>
      x.registered! / x.populations[0]!.adults18 > m.registered! / m.populations[0]!.adults18 ? x : m,
    );
    expect(b.areas.get(most.code)!.fte[0]).toBeGreaterThan(a.areas.get(most.code)!.fte[0]!);
  });

  it('are given for every area or none, as counts: each problem named by row and column', () => {
    const partial = readAreas({
      file: 'mine.csv',
      text: withRegistered((i, adults) => (i % 10 === 3 ? '' : String(adults))),
      base: data,
    });
    expect(partial.ok).toBe(false);
    if (!partial.ok) {
      expect(partial.issues.length).toBe(rows.filter((_, i) => i % 10 === 3).length);
      for (const issue of partial.issues) {
        expect(issue.column).toBe('registered_patients');
        expect(issue.row).toBeGreaterThan(0);
        expect(issue.message).toMatch(/give registered patients for every area/);
      }
    }
    for (const bad of ['-5', 'lots', '0', '12.5']) {
      const r = readAreas({
        file: 'mine.csv',
        text: withRegistered((i, adults) => (i === 2 ? bad : String(adults))),
        base: data,
      });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(
          r.issues.map((x) => [x.row, x.column]),
          JSON.stringify(r.issues),
        ).toEqual([[3, 'registered_patients']]);
    }
  });
});
