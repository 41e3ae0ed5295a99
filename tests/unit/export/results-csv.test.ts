import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  MEASURES,
  RESULT_COLUMNS,
  SCENARIO_COLUMNS,
  resultsCsv,
  scenarioCsv,
} from '../../../src/lib/export/results-csv.ts';
import { PARAMS, allAreas, presetValues, run, summarise } from '../../../src/lib/model/index.ts';
import { data, relClose, scenario } from '../model/fixtures.ts';

const LINK = 'https://example.org/?preset=evidence-central&startRate=0.1';

function parse(text: string) {
  return aq.fromCSV(text, { autoType: false }).objects() as Record<string, string>[];
}

describe('results CSV', () => {
  const s = scenario('evidence-central', { startRate: 0.1 }, { endYear: 2024 });
  const result = run(s, data);
  const text = resultsCsv(result);
  const rows = parse(text);

  it('is plain and tidy: the header first, then one row per area x year x measure', () => {
    expect(text.split('\r\n')[0]).toBe(RESULT_COLUMNS.join(','));
    expect(text).not.toMatch(/^#/m);
    expect(rows).toHaveLength(41 * result.years.length * MEASURES.length);
    const keys = new Set(rows.map((r) => `${r.area_code}|${r.year}|${r.measure}`));
    expect(keys.size).toBe(rows.length);
    const types = new Set(rows.map((r) => r.area_type));
    expect([...types].sort()).toEqual(['borough', 'icb', 'inner_outer', 'london']);
  });

  it('matches the model for every area and year: each kind of value, cost, people and link workers', () => {
    for (const area of allAreas(result).filter((a) => a.id !== 'outer')) {
      const sum = summarise(area);
      const of = (measure: string, year: string) =>
        Number(rows.find((r) => r.area_code === area.id && r.measure === measure && r.year === year)?.value);
      result.years.forEach((y, t) => {
        expect(relClose(of('nhs_benefits', y), sum.grossByYear[t]!)).toBe(true);
        expect(relClose(of('hospital_activity_avoided', y), sum.hospitalByYear[t]!)).toBe(true);
        expect(relClose(of('primary_care_capacity_released', y), sum.primaryCareByYear[t]!)).toBe(true);
        expect(relClose(of('gp_appointments_released', y), sum.gpAppointmentsByYear[t]!)).toBe(true);
        expect(relClose(of('cost', y), sum.costByYear[t]!)).toBe(true);
        expect(relClose(of('net_present_value_nhs', y), sum.netByYear[t]!)).toBe(true);
        expect(relClose(of('cumulative_net_present_value_nhs', y), sum.cumulativeNet[t]!)).toBe(true);
        expect(relClose(of('wellbeing_value', y), sum.wellbeingByYear[t]!)).toBe(true);
        expect(relClose(of('people_supported', y), sum.peopleSupportedByYear[t]!)).toBe(true);
        expect(relClose(of('link_worker_fte', y), sum.fteByYear[t]!)).toBe(true);
        expect(
          relClose(of('net_present_value_societal', y), sum.netByYear[t]! + sum.wellbeingByYear[t]!),
        ).toBe(true);
      });
      expect(relClose(of('people_could_benefit', result.years[0]!), sum.peopleCouldBenefit)).toBe(true);
    }
  });

  it('splits NHS benefits by service and by programme, and cost by programme, without remainder', () => {
    const london = rows.filter((r) => r.area_code === 'london' && r.year === '2019/20');
    const v = (m: string) => Number(london.find((r) => r.measure === m)?.value);
    const services =
      v('nhs_benefits_gp') + v('nhs_benefits_ae') + v('nhs_benefits_nel') + v('nhs_benefits_op');
    expect(relClose(services, v('nhs_benefits'))).toBe(true);
    expect(relClose(v('nhs_benefits_sp') + v('nhs_benefits_epp'), v('nhs_benefits'))).toBe(true);
    expect(
      relClose(v('hospital_activity_avoided') + v('primary_care_capacity_released'), v('nhs_benefits')),
    ).toBe(true);
    expect(relClose(v('cost_sp') + v('cost_epp'), v('cost'))).toBe(true);
    expect(v('nhs_benefits_epp')).toBeGreaterThan(0);
  });

  it('puts link worker pay in the social prescribing cost when link workers are costed', () => {
    const p = scenario('evidence-2026');
    const r = run(p, data);
    const t = parse(resultsCsv(r));
    const v = (m: string) =>
      Number(t.find((x) => x.area_code === 'london' && x.year === '2030/31' && x.measure === m)?.value);
    expect(v('cost_link_workers')).toBeGreaterThan(0);
    expect(relClose(v('cost_sp') + v('cost_epp'), v('cost'))).toBe(true);
    expect(v('cost_sp')).toBeGreaterThan(v('cost_link_workers'));
    expect(t.filter((x) => x.measure === 'link_worker_fte').every((x) => x.unit === 'FTE')).toBe(true);
  });

  it('comes with the scenario as its own CSV: settings, link, every parameter with its unit and preset value', () => {
    const file = scenarioCsv(s, presetValues('evidence-central', data), result.years, LINK);
    expect(file.split('\r\n')[0]).toBe(SCENARIO_COLUMNS.join(','));
    const t = parse(file);
    const row = (key: string) => t.find((r) => r.key === key)!;
    expect(row('scenario').value).toBe('Evidence: central, with 1 change');
    expect(row('preset').value).toBe('evidence-central');
    expect([row('start_year').value, row('end_year').value]).toEqual(['2017', '2024']);
    expect(row('start_year').description).toContain('2017/18');
    expect(row('end_year').description).toContain('2023/24');
    expect([row('population').value, row('delivery').value, row('services').value]).toEqual([
      'projected',
      'perStart',
      'all',
    ]);
    expect(row('wellbeing').description).toContain('never part of nhs_benefits');
    expect(row('link').value).toBe(LINK);
    const start = row('startRate');
    expect([start.value, start.unit, start.preset_value, start.changed]).toEqual([
      '0.1',
      'fraction (0.2 = 20%)',
      '0.2',
      'yes',
    ]);
    expect([row('cost_gp').unit, row('cost_gp').changed]).toEqual(['GBP (2015/16 prices)', 'no']);
    expect(row('wellbyValue').unit).toBe('GBP (2019/20 prices)');
    for (const p of PARAMS) expect(row(p.id).description).toBe(p.label);
  });

  it('names present values when the scenario discounts', () => {
    const g = scenario('green-book');
    const t = parse(scenarioCsv(g, presetValues('green-book', data), run(g, data).years, LINK));
    expect(t.find((r) => r.key === 'price_year')?.description).toBe(
      'Money in GBP at these prices (HM Treasury GDP deflators), present values discounted at 3.5% a year',
    );
    expect(t.find((r) => r.key === 'scenario')?.value).toBe('Green Book appraisal');
  });
});
