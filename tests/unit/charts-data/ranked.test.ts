import { describe, expect, it } from 'vitest';
import {
  rankAreas,
  rankedDescription,
  rankedSubtitle,
  rankedTable,
  rankedTitle,
  shortName,
} from '../../../src/lib/charts/ranked/rank.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import { METRICS } from '../../../src/lib/state/view-state.ts';
import { close, result, summaries } from './fixtures.ts';

const LONDON_WORDS = { Area: 'Borough', Areas: 'Boroughs', code: 'GSS code' };

describe('rankAreas', () => {
  const r = result('evidence-central', 2031);
  const sums = summaries(r);
  for (const metric of METRICS) {
    it(`ranks all 33 boroughs by ${metric}, highest first`, () => {
      const def = METRIC_DEFS[metric];
      const rows = rankAreas(r.boroughs, sums, def);
      expect(rows).toHaveLength(33);
      expect(new Set(rows.map((x) => x.code)).size).toBe(33);
      rows.forEach((row, i) => {
        expect(row.rank).toBe(i + 1);
        // The ranked chart reads the run's columns, totals over the years worked out cohort by
        // cohort; the summary adds the same amounts year by year. They agree but for rounding.
        expect(close(row.value, def.value(sums.get(row.code)!), 1e-12)).toBe(true);
        if (i > 0) expect(row.value).toBeLessThanOrEqual((rows[i - 1] as (typeof rows)[number]).value);
      });
      expect(rankedTitle(metric, 'boroughs').length).toBeGreaterThan(10);
    });
  }

  it('has negative net values in a scenario that does not pay back, and says so', () => {
    const def = METRIC_DEFS.net;
    const rows = rankAreas(r.boroughs, sums, def);
    expect(rows.some((x) => x.value < 0)).toBe(true);
    expect(rankedDescription(rows, def, 'boroughs')).toMatch(/of 33 are below £0/);
  });

  it('builds a table keyed by code with the selected borough highlighted', () => {
    const def = METRIC_DEFS.gross;
    const rows = rankAreas(r.boroughs, sums, def);
    const table = rankedTable(rows, def, 'E09000012', LONDON_WORDS);
    expect(table.highlight).toBe('E09000012');
    expect(table.rows).toHaveLength(33);
    expect(table.rows.every((row) => typeof row.value === 'number')).toBe(true);
  });
});

describe('ranked words', () => {
  const years = ['2017/18', '2018/19'];
  it('gives the unit and the years that apply', () => {
    expect(rankedSubtitle('people', years, 0.035)).toBe('People, 2017/18, the first modelled year');
    expect(rankedSubtitle('net', years, 0)).toBe('£, total 2017/18 to 2018/19');
    expect(rankedSubtitle('net', years, 0.035)).toBe('£, total 2017/18 to 2018/19, present values at 3.5%');
  });
  it('shortens long names', () => {
    expect(shortName('Barking and Dagenham')).toBe('Barking & Dagenham');
  });
});
