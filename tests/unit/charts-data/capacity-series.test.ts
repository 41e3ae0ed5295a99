import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../../src/lib/model/index.ts';
import {
  capacityDescription,
  capacityFootnote,
  capacityLegend,
  capacitySeries,
  capacitySubtitle,
  capacityTable,
  capacityTitle,
  fteExtent,
  hasGap,
  peopleExtent,
  peopleTick,
  strandedCapacity,
  type CapacityDatum,
} from '../../../src/lib/charts/capacity/series.ts';
import { fte, people } from '../../../src/lib/format.ts';
import {
  COHORTS,
  COHORT_INFO,
  presetScenario,
  run,
  summarise,
  type AreaResult,
  type Delivery,
  type Interval,
  type RunResult,
  type Scenario,
} from '../../../src/lib/model/index.ts';
import { close, data } from './fixtures.ts';

function scenario(delivery: Delivery, values: Partial<Scenario['values']> = {}): Scenario {
  const s = presetScenario('evidence-2026', data);
  return { ...s, delivery, values: { ...s.values, ...values } };
}

const runs = new Map<string, { s: Scenario; r: RunResult }>();
function outcome(delivery: Delivery, values: Partial<Scenario['values']> = {}) {
  const key = `${delivery} ${JSON.stringify(values)}`;
  let hit = runs.get(key);
  if (!hit) {
    const s = scenario(delivery, values);
    hit = { s, r: run(s, data) };
    runs.set(key, hit);
  }
  return hit;
}

function series(delivery: Delivery, area: (r: RunResult) => AreaResult, values = {}, band?: Interval[]) {
  const { s, r } = outcome(delivery, values);
  const a = area(r);
  const settings = { delivery, caseload: s.values.lwCaseload };
  return { s, r, a, settings, data: capacitySeries(a, summarise(a), r.years, settings, band ?? null) };
}

/** The expert patient programme's share of a [cohort][year] array in year t, summed on its own. */
const epp = (byCohort: number[][], t: number) =>
  COHORTS.reduce(
    (acc, c, ci) => acc + (COHORT_INFO[c].programme === 'epp' ? (byCohort[ci]?.[t] ?? 0) : 0),
    0,
  );

const london = (r: RunResult) => r.london;
const city = (r: RunResult) => r.boroughs.find((b) => b.name === 'City of London') as AreaResult;
const areas: [string, (r: RunResult) => AreaResult][] = [
  ['London', london],
  ['an ICB', (r) => groupsOf(r, 'icb')[0] as AreaResult],
  ['a borough', (r) => r.boroughs[5] as AreaResult],
  ['City of London', city],
];

describe('capacitySeries, capacity-led', () => {
  for (const [name, pick] of areas) {
    for (const caseload of [225, 120]) {
      it(`${name}, caseload ${caseload}: capacity is FTE x caseload, starts within it, the gap is unmet need`, () => {
        const { r, a, data: rows } = series('capacityLed', pick, { lwCaseload: caseload });
        const s = summarise(a);
        expect(rows.map((d) => d.year)).toEqual(r.years);
        for (const [t, d] of rows.entries()) {
          expect(d.fte).toBe(a.fte[t]);
          expect(close(d.capacity, (a.fte[t] as number) * caseload)).toBe(true);
          expect(d.supported).toBeLessThanOrEqual(d.capacity * (1 + 1e-9));
          expect(d.supported).toBeLessThanOrEqual(d.demand * (1 + 1e-9));
          expect(close(d.unmet, d.demand - d.supported)).toBe(true);
          // Social prescribing only: add the expert patient courses back and the summary's totals return.
          expect(close(d.demand + epp(a.demand, t), s.demandByYear[t] as number)).toBe(true);
          expect(close(d.supported + epp(a.starts, t), s.peopleSupportedByYear[t] as number)).toBe(true);
          expect(close(d.unmet, s.unmetNeedByYear[t] as number, 1e-7)).toBe(true);
        }
      });
    }
  }

  it('a borough short of link workers supports exactly what they can take', () => {
    const { data: rows } = series(
      'capacityLed',
      (r) => r.boroughs.find((b) => b.name === 'Bromley') as AreaResult,
    );
    for (const d of rows) {
      expect(d.unmet).toBeGreaterThan(100);
      expect(close(d.supported, d.capacity, 1e-9)).toBe(true);
    }
  });

  it('London has unmet need and, borough by borough, spare places: the footnote says so', () => {
    const { a, settings, data: rows } = series('capacityLed', london);
    expect(rows.every((d) => d.unmet > 1000)).toBe(true);
    expect(rows.some((d) => d.capacity - d.supported > 100)).toBe(true);
    expect(strandedCapacity(rows, a.boroughs.length)).toBe(true);
    expect(capacityFootnote(settings, true)).toMatch(/borough by borough/);
    expect(capacityFootnote(settings, false)).not.toMatch(/borough by borough/);
    // One borough cannot strand capacity in another.
    const one = series('capacityLed', (r) => r.boroughs.find((b) => b.name === 'Bromley') as AreaResult);
    expect(strandedCapacity(one.data, one.a.boroughs.length)).toBe(false);
  });

  it("the title's share is the last year's starts over its demand", () => {
    const { data: rows } = series('capacityLed', london);
    const last = rows[rows.length - 1] as CapacityDatum;
    const title = capacityTitle(rows, 'capacityLed');
    const pct = Number(/(\d+)%/.exec(title)?.[1]);
    expect(pct).toBe(Math.round((last.supported / last.demand) * 100));
    expect(pct).toBeGreaterThan(50);
    expect(pct).toBeLessThan(100);
    expect(title).toContain(last.year);
    expect(title).toContain('2040/41');
  });

  it('the title follows the link workers: more of them, a larger share', () => {
    const share = (lwPer10k: number) => {
      const rows = series('capacityLed', london, { lwPer10k }).data;
      return Number(/(\d+)%/.exec(capacityTitle(rows, 'capacityLed'))?.[1]);
    };
    expect(share(0.5)).toBeLessThan(share(0.7));
  });

  it('a borough with spare places every year: everyone who would start', () => {
    const { data: rows } = series('capacityLed', city);
    expect(rows.every((d) => d.unmet === 0)).toBe(true);
    expect(hasGap(rows)).toBe(false);
    expect(hasGap(series('capacityLed', london).data)).toBe(true);
    expect(capacityTitle(rows, 'capacityLed')).toBe(
      'Link workers in post can support everyone who would start, every year',
    );
  });

  it('no link workers in post: no one starts, and the title says why', () => {
    const { data: rows } = series('capacityLed', london, { lwPer10k: 0 });
    for (const d of rows) {
      expect(d.capacity).toBe(0);
      expect(d.supported).toBe(0);
      expect(close(d.unmet, d.demand)).toBe(true);
    }
    expect(capacityTitle(rows, 'capacityLed')).toMatch(/no link workers in post/i);
  });

  it('never rounds a gap away: a share just under 1 is "over 99%"', () => {
    const row = (unmet: number): CapacityDatum => ({
      year: '2030/31',
      index: 0,
      demand: 10_000,
      supported: 10_000 - unmet,
      unmet,
      capacity: 10_000 - unmet,
      fte: 44,
    });
    expect(capacityTitle([row(20)], 'capacityLed')).toBe(
      'Link workers can support over 99% of those who would start in 2030/31',
    );
    expect(capacityTitle([row(20), row(0)], 'capacityLed')).toBe(
      'Link workers can support everyone who would start by 2030/31',
    );
  });
});

describe('capacitySeries, demand-led and per start', () => {
  for (const delivery of ['demandLed', 'perStart'] as const) {
    for (const [name, pick] of areas) {
      it(`${delivery}, ${name}: no gap; link workers = starts / caseload`, () => {
        const { settings, data: rows } = series(delivery, pick);
        for (const d of rows) {
          expect(d.unmet).toBe(0);
          expect(close(d.supported, d.demand)).toBe(true);
          expect(close(d.capacity, d.demand, 1e-9)).toBe(true);
          expect(close(d.fte, d.supported / settings.caseload, 1e-9)).toBe(true);
        }
      });
    }
  }

  it("demand-led: the title's link workers are the last year's", () => {
    const { a, data: rows } = series('demandLed', london);
    const last = rows[rows.length - 1] as CapacityDatum;
    const title = capacityTitle(rows, 'demandLed');
    expect(title).toBe(`Demand needs ${fte(a.fte[a.fte.length - 1] as number)} link workers by ${last.year}`);
    expect(Number(/needs ([\d,]+)/.exec(title)?.[1]?.replace(/,/g, ''))).toBe(Math.round(last.fte));
  });

  it('per start: the 2017 preset says what it would take', () => {
    const s = presetScenario('hlp2017', data);
    const r = run(s, data);
    const rows = capacitySeries(r.london, summarise(r.london), r.years, {
      delivery: s.delivery,
      caseload: s.values.lwCaseload,
    });
    expect(s.delivery).toBe('perStart');
    const last = rows[rows.length - 1] as CapacityDatum;
    expect(capacityTitle(rows, 'perStart')).toBe(
      `Demand would take ${fte(last.fte)} link workers by 2020/21`,
    );
    expect(rows.every((d) => d.unmet === 0)).toBe(true);
  });

  it('no demand at all: says so whatever the delivery', () => {
    const { data: rows } = series('demandLed', london);
    const empty = rows.map((d) => ({ ...d, demand: 0, supported: 0, capacity: 0, fte: 0 }));
    for (const delivery of ['capacityLed', 'demandLed', 'perStart'] as const)
      expect(capacityTitle(empty, delivery)).toBe('No one would start social prescribing in this scenario');
  });
});

describe('capacity chart words, table and extents', () => {
  const band = (T: number): Interval[] =>
    Array.from({ length: T }, (_, t) => ({ p5: 400 + t, p50: 500 + t, p95: 700 + t }));

  it('takes the runs’ range of link workers only when there is one for every year', () => {
    const T = outcome('capacityLed').r.years.length;
    const withBand = series('capacityLed', london, {}, band(T)).data;
    expect(withBand.map((d) => d.fteHigh)).toEqual(band(T).map((b) => b.p95));
    expect(withBand.map((d) => d.fteLow)).toEqual(band(T).map((b) => b.p5));
    const short = series('capacityLed', london, {}, band(T - 1)).data;
    expect(short.every((d) => d.fteLow === undefined && d.fteHigh === undefined)).toBe(true);
  });

  it('capacity-led table: one row a year, raw numbers, capacity and unmet need columns', () => {
    const { r, data: rows } = series('capacityLed', london);
    const table = capacityTable('London', rows, 'capacityLed');
    expect(table.rows.map((row) => row.year)).toEqual(r.years);
    expect(table.columns.map((c) => c.key)).toEqual([
      'year',
      'demand',
      'capacity',
      'supported',
      'unmet',
      'fte',
    ]);
    expect(table.columns.find((c) => c.key === 'fte')?.label).toBe('Link workers in post (FTE)');
    const first = rows[0] as CapacityDatum;
    expect(table.rows[0]).toEqual({
      year: first.year,
      demand: first.demand,
      capacity: first.capacity,
      supported: first.supported,
      unmet: first.unmet,
      fte: first.fte,
    });
  });

  it('demand-led table: no capacity or unmet columns; the range when there is one', () => {
    const T = outcome('demandLed').r.years.length;
    const rows = series('demandLed', london, {}, band(T)).data;
    const table = capacityTable('London', rows, 'demandLed');
    expect(table.columns.map((c) => c.key)).toEqual([
      'year',
      'demand',
      'supported',
      'fte',
      'fteLow',
      'fteHigh',
    ]);
    expect(table.columns.find((c) => c.key === 'fte')?.label).toBe('Link workers needed (FTE)');
    expect(table.rows.map((row) => row.fteHigh)).toEqual(band(T).map((b) => b.p95));
  });

  it('the legend shows the gap and the capacity line only where link workers limit starts', () => {
    const settings = (delivery: Delivery) => ({ delivery, caseload: 225 });
    const marks = (delivery: Delivery, banded = false) =>
      capacityLegend(settings(delivery), banded).map((i) => i.mark);
    expect(marks('capacityLed')).toEqual(['bar', 'hatch', 'tick', 'dashed', 'bar']);
    expect(marks('demandLed')).toEqual(['bar', 'tick', 'bar']);
    expect(marks('perStart', true)).toEqual(['bar', 'tick', 'bar', 'whisker']);
    // No unmet need to draw (a borough with spare places): no hatching in the key.
    expect(capacityLegend(settings('capacityLed'), true, false).map((i) => i.mark)).toEqual([
      'bar',
      'tick',
      'dashed',
      'bar',
      'whisker',
    ]);
    expect(capacityLegend(settings('capacityLed'), false).map((i) => i.label)).toContain(
      'Capacity: link workers × 225',
    );
    // Two bars, two colours: people and link workers are never told apart by colour alone, but not by nothing.
    const bars = capacityLegend(settings('capacityLed'), false).filter((i) => i.mark === 'bar');
    expect(new Set(bars.map((b) => b.colour)).size).toBe(2);
  });

  it('the description and subtitle carry the figures, years and units', () => {
    const { data: rows } = series('capacityLed', london);
    const first = rows[0] as CapacityDatum;
    const last = rows[rows.length - 1] as CapacityDatum;
    const text = capacityDescription('London', rows, 'capacityLed');
    for (const part of [
      people(first.demand),
      people(last.capacity),
      people(last.supported),
      people(last.unmet),
      fte(last.fte),
      '2026/27',
      '2040/41',
    ])
      expect(text).toContain(part);
    expect(capacitySubtitle('London', outcome('capacityLed').r.years, 225)).toBe(
      'London: social prescribing, people a year and link workers (full-time equivalent), 2026/27 to 2040/41, 225 people a link worker a year',
    );
    expect(capacityDescription('London', series('demandLed', london).data, 'demandLed')).toMatch(
      /Everyone who would start is supported/,
    );
  });

  it('the extents cover demand, capacity and the runs’ range, from zero', () => {
    const { data: rows } = series('capacityLed', london);
    const [lo, hi] = peopleExtent(rows);
    expect(lo).toBe(0);
    expect(hi).toBe(Math.max(...rows.map((d) => Math.max(d.demand, d.capacity))));
    expect(fteExtent(rows)).toEqual([0, Math.max(...rows.map((d) => d.fte))]);
    expect(fteExtent(rows, band(rows.length))[1]).toBe(700 + rows.length - 1);
    const zero = rows.map((d) => ({ ...d, demand: 0, supported: 0, capacity: 0, unmet: 0, fte: 0 }));
    expect(peopleExtent(zero)).toEqual([0, 100]);
    expect(fteExtent(zero)).toEqual([0, 1]);
    expect([0, 50_000, 120_000, 1_500_000].map(peopleTick)).toEqual(['0', '50k', '120k', '1.5M']);
  });
});
