import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { MEASURES, RESULT_COLUMNS, resultsCsv } from '../../../src/lib/export/results-csv.ts';
import { PARAMS, presetValues, run, summarise } from '../../../src/lib/model/index.ts';
import { data, relClose, scenario } from '../model/fixtures.ts';

const LINK = 'https://example.org/?preset=evidence-central&startRate=0.1';

function parse(text: string) {
  return aq.fromCSV(text, { comment: '#', autoType: false }).objects() as Record<string, string>[];
}

describe('results CSV', () => {
  const s = scenario('evidence-central', { startRate: 0.1 }, { endYear: 2024 });
  const result = run(s, data);
  const text = resultsCsv(s, presetValues('evidence-central', data), result, LINK);
  const rows = parse(text);

  it('is tidy: one row per area x year x measure, under the documented header', () => {
    const header = text.split('\r\n').find((l) => !l.startsWith('#'));
    expect(header).toBe(RESULT_COLUMNS.join(','));
    expect(rows).toHaveLength(41 * result.years.length * MEASURES.length);
    const keys = new Set(rows.map((r) => `${r.area_code}|${r.year}|${r.measure}`));
    expect(keys.size).toBe(rows.length);
    const types = new Set(rows.map((r) => r.area_type));
    expect([...types].sort()).toEqual(['borough', 'icb', 'inner_outer', 'london']);
  });

  it('matches the model for every area and year: each kind of value, cost, people and link workers', () => {
    for (const area of [result.london, result.inner, ...result.stps, ...result.boroughs]) {
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
    const t = parse(resultsCsv(p, presetValues('evidence-2026', data), r, LINK));
    const v = (m: string) =>
      Number(t.find((x) => x.area_code === 'london' && x.year === '2030/31' && x.measure === m)?.value);
    expect(v('cost_link_workers')).toBeGreaterThan(0);
    expect(relClose(v('cost_sp') + v('cost_epp'), v('cost'))).toBe(true);
    expect(v('cost_sp')).toBeGreaterThan(v('cost_link_workers'));
    expect(t.filter((x) => x.measure === 'link_worker_fte').every((x) => x.unit === 'FTE')).toBe(true);
  });

  it('states the scenario in comment lines: preset, every parameter with its unit, horizon, population, link', () => {
    const comments = text.split('\r\n').filter((l) => l.startsWith('# '));
    const body = comments.join('\n');
    expect(body).toContain('scenario: Evidence: central, with 1 change');
    expect(body).toContain('preset: evidence-central');
    expect(body).toContain('start_year: 2017; end_year: 2024 (financial years 2017/18 to 2023/24)');
    expect(body).toContain('population: projected');
    expect(body).toContain(
      'delivery: perStart; services counted as NHS benefits: all; unit costs: 2015-16 editions',
    );
    expect(body).toContain('never part of nhs_benefits');
    expect(body).toContain(`link: ${LINK}`);
    expect(body).toContain('startRate = 0.1 fraction (0.2 = 20%) [changed; preset 0.2]');
    expect(body).toContain('cost_gp = 36 GBP (2015/16 prices)');
    expect(body).toContain('wellbyValue = 13000 GBP (2019/20 prices)');
    for (const p of PARAMS) expect(body).toMatch(new RegExp(`^#   ${p.id} = `, 'm'));
  });

  it('names present values when the scenario discounts', () => {
    const g = scenario('green-book');
    const t = resultsCsv(g, presetValues('green-book', data), run(g, data), LINK);
    expect(t).toContain(
      '# money: GBP at 2015/16 prices (HM Treasury GDP deflators), present values discounted at 3.5% a year',
    );
    expect(t).toContain('# scenario: Green Book appraisal\r\n');
  });
});
