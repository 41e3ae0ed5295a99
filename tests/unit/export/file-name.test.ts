import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileName, isoDay, slug } from '../../../src/lib/export/file-name.ts';

const DAY = new Date(2026, 11, 3, 23, 59);

describe('download file names', () => {
  it('say what the file is, the area, the scenario and the day', () => {
    expect(
      fileName(
        { what: 'yearly', area: 'Camden', scenario: 'Evidence: central, with 1 change', ext: 'csv' },
        DAY,
      ),
    ).toBe('yearly_camden_evidence-central-with-1-change_2026-12-03.csv');
    expect(
      fileName(
        { what: 'borough-map', area: 'London', scenario: 'HLP 2017 headline (reconstructed)', ext: 'png' },
        DAY,
      ),
    ).toBe('borough-map_london_hlp-2017-headline-reconstructed_2026-12-03.png');
  });

  it('leave out a part that is empty', () => {
    expect(fileName({ what: 'results', scenario: 'Evidence 2026: planning', ext: 'csv' }, DAY)).toBe(
      'results_evidence-2026-planning_2026-12-03.csv',
    );
    expect(isoDay(new Date(2027, 0, 9))).toBe('2027-01-09');
  });

  it('are safe on every file system whatever the names hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (area, scenario) => {
        const name = fileName({ what: 'ranked', area, scenario, ext: 'svg' }, DAY);
        expect(name).toMatch(/^[a-z0-9-]+(_[a-z0-9-]+)*_2026-12-03\.svg$/);
        expect(name.length).toBeLessThan(160);
      }),
    );
    expect(slug('Ealing & Hounslow — “north” / é')).toBe('ealing-hounslow-north-e');
  });
});
