import { describe, expect, it } from 'vitest';
import { mapTable } from '../../../src/lib/charts/map/map-table.ts';
import { boroughLabel } from '../../../src/lib/charts/map/wording.ts';
import { LONDON_SHORT } from '../../../scripts/data/london.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import { presetScenario, run } from '../../../src/lib/model/index.ts';
import { summariesById } from '../../../src/lib/state/indexes.ts';
import { data } from '../model/fixtures.ts';

const summaries = summariesById(run(presetScenario('hlp2017', data), data));

describe('mapTable', () => {
  it('has one row per borough with raw numbers and no duplicated metric column', () => {
    const t = mapTable(data, summaries, METRIC_DEFS.people, 'E09000007');
    expect(t.rows).toHaveLength(33);
    expect(t.columns.map((c) => c.key)).toEqual([
      'name',
      'stp',
      'metric',
      'supported',
      'gross',
      'net',
      'code',
    ]);
    const camden = t.rows.find((r) => r['code'] === 'E09000007');
    expect(camden?.['name']).toBe('Camden');
    expect(camden?.['stp']).toBe('North Central London');
    expect(camden?.['metric']).toBe(summaries.get('E09000007')?.peopleCouldBenefit);
    expect(t.highlight).toBe('E09000007');
    const roi = mapTable(data, summaries, METRIC_DEFS.bcr, 'london');
    expect(roi.columns.map((c) => c.key)).toEqual([
      'name',
      'stp',
      'metric',
      'people',
      'supported',
      'gross',
      'net',
      'code',
    ]);
  });
});

describe('borough names and abbreviations', () => {
  it('gives every borough a distinct three-letter abbreviation', () => {
    const codes = data.boroughs.map((b) => b.code);
    const abbrs = codes.map((c) => LONDON_SHORT[c]);
    expect(abbrs.every((a) => a !== undefined && /^[A-Z]{3}$/.test(a))).toBe(true);
    expect(new Set(abbrs).size).toBe(33);
  });

  it('names a borough with its value in words', () => {
    expect(boroughLabel('Camden', METRIC_DEFS.people, 64250)).toBe('Camden: 64,250 people could benefit');
  });
});
