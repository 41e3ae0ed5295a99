/**
 * Golden outputs, in the manner of Observable Plot's snapshot tests: every preset's
 * results per area and year, rounded, in tests/golden/model/PRESET.csv. Any change to a
 * number shows in a diff. A mismatch writes PRESET.changed.csv beside the file for
 * review and fails; UPDATE_GOLDEN=1 rewrites the files; a missing file is written.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PRESET_IDS,
  allAreas,
  presetScenario,
  run,
  summarise,
  type PresetId,
} from '../../../src/lib/model/index.ts';
import { data } from './fixtures.ts';

const DIR = 'tests/golden/model';

const COLUMNS = [
  'area',
  'year',
  'eligible',
  'supported',
  'unmet',
  'link_worker_fte',
  'hospital_gbp',
  'primary_care_gbp',
  'cost_gbp',
  'wellbeing_gbp',
  'gp_appointments',
  'wellbys',
];

/** Whole pounds and people; link workers and WELLBYs to two decimals. */
function table(id: PresetId): string {
  const r = run(presetScenario(id, data), data);
  const lines = [COLUMNS.join(',')];
  for (const area of allAreas(r)) {
    const s = summarise(area);
    r.years.forEach((year, t) => {
      const eligible = area.eligible.reduce((sum, c) => sum + c[t]!, 0);
      lines.push(
        [
          area.id,
          year,
          Math.round(eligible),
          Math.round(s.peopleSupportedByYear[t]!),
          Math.round(s.unmetNeedByYear[t]!),
          s.fteByYear[t]!.toFixed(2),
          Math.round(s.hospitalByYear[t]!),
          Math.round(s.primaryCareByYear[t]!),
          Math.round(s.costByYear[t]!),
          Math.round(s.wellbeingByYear[t]!),
          Math.round(s.gpAppointmentsByYear[t]!),
          area.wellbys[t]!.toFixed(2),
        ].join(','),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

describe('golden outputs per preset, area and year', () => {
  it.each(PRESET_IDS)('%s matches tests/golden/model/%s.csv', (id) => {
    const file = `${DIR}/${id}.csv`;
    const changed = `${DIR}/${id}.changed.csv`;
    const actual = table(id);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    const expected = readFileSync(file, 'utf8');
    if (actual === expected) rmSync(changed, { force: true });
    else writeFileSync(changed, actual);
    expect(actual === expected, `${file} differs: see ${changed}`).toBe(true);
  });

  it('a check that can fail: a changed value changes the table', () => {
    const s = presetScenario('evidence-central', data);
    const a = summarise(run(s, data).london).hospitalByYear;
    const b = summarise(
      run({ ...s, values: { ...s.values, eff_sp_nel: 0.101 } }, data).london,
    ).hospitalByYear;
    expect(a.map(Math.round)).not.toEqual(b.map(Math.round));
  });
});
