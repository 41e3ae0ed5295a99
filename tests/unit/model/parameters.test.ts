import { describe, expect, it } from 'vitest';
import {
  GROUPS,
  PARAMS,
  PRESET_IDS,
  SOURCES,
  presetSource,
  presetValues,
  scenarioProblems,
  presetScenario,
} from '../../../src/lib/model/index.ts';
import { PARAM_NOTES } from '../../../src/lib/model/parameter-notes.ts';
import { data } from './fixtures.ts';

describe('parameter register', () => {
  it('has unique ids and every group populated', () => {
    expect(new Set(PARAMS.map((p) => p.id)).size).toBe(PARAMS.length);
    for (const g of GROUPS) expect(PARAMS.some((p) => p.group === g.id)).toBe(true);
    expect(PARAMS.filter((p) => p.group === 'baselineUse')).toHaveLength(20);
  });

  it.each(PARAMS.map((p) => [p.id, p] as const))('%s is internally consistent and sourced', (_, p) => {
    expect(p.min).toBeLessThan(p.max);
    expect(p.step).toBeGreaterThan(0);
    expect(p.default).toBeGreaterThanOrEqual(p.min);
    expect(p.default).toBeLessThanOrEqual(p.max);
    expect(p.low).toBeLessThanOrEqual(p.high);
    expect(p.low).toBeGreaterThanOrEqual(p.min);
    expect(p.high).toBeLessThanOrEqual(p.max);
    expect(SOURCES[p.source]).toBeDefined();
    expect(p.label.length).toBeGreaterThan(3);
    expect(PARAM_NOTES[p.id].length).toBeGreaterThan(20);
    if (p.source === 'assumption') expect(p.grade).toBe('D');
  });

  it('matches the starting values of MODEL.md section 4', () => {
    const v = presetValues('hlp2017', data);
    expect([v.share_sp_ltc, v.share_sp_mh, v.share_sp_iso, v.share_sp_fa, v.share_epp_ltc]).toEqual([
      0.03, 0.03, 0.1, 0.012, 0.04,
    ]);
    expect([v.cost_gp, v.cost_ae, v.cost_nel, v.cost_op]).toEqual([36, 138, 1600, 117]);
    expect([v.eff_epp_gp, v.eff_epp_ae, v.eff_epp_nel, v.eff_epp_op]).toEqual([0.07, 0.16, 0.05, 0.1]);
    expect([v.startRate, v.rampYears, v.uptake, v.firstYearFraction, v.alpha, v.growth]).toEqual([
      0.25, 1, 1, 1, 1, 0.009,
    ]);
    expect([v.costPerStart_sp, v.costPerStart_epp, v.discount, v.costOverrun, v.benefitShortfall]).toEqual([
      400, 300, 0, 0, 0,
    ]);
    expect([v.use_sp_ltc_gp, v.use_sp_ltc_ae, v.use_sp_ltc_nel, v.use_sp_ltc_op]).toEqual([12, 1.3, 0.9, 4]);
    expect([v.use_sp_fa_gp, v.use_epp_ltc_nel]).toEqual([20, 0.2]);
  });

  it('keeps each money value in its own price year, and a year the deflators cover', () => {
    for (const p of PARAMS.filter((x) => x.unit === 'gbp')) {
      expect(p.priceYear, p.id).toBeDefined();
      expect(data.deflators.years).toContain(p.priceYear);
    }
    for (const p of PARAMS.filter((x) => x.unit !== 'gbp')) expect(p.priceYear, p.id).toBeUndefined();
  });

  it('cites the strength of the evidence behind every effect a preset uses', () => {
    for (const id of PRESET_IDS)
      for (const p of PARAMS.filter((x) => x.group === 'effects')) {
        const source = SOURCES[presetSource(id, p.id, p.source)];
        expect(source.evidence, `${id} ${p.id}`).toBeDefined();
      }
    // The reconstruction's "a fifth" is the modellers' summary, not Rotherham's measure.
    expect(presetSource('hlp2017', 'eff_sp_nel', PARAMS.find((p) => p.id === 'eff_sp_nel')!.source)).toBe(
      'hlp2017',
    );
    expect(SOURCES.hlp2017.evidence?.padlocks).toBe(0);
  });

  it.each(PRESET_IDS)('preset %s is a valid scenario', (id) => {
    expect(scenarioProblems(presetScenario(id, data))).toEqual([]);
  });
});
