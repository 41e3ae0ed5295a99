import { describe, expect, it } from 'vitest';
import {
  HLP_HEADLINE_GBP,
  calibrateK,
  PRESET_IDS,
  hlpCalibrationK,
  presetScenario,
  run,
  summarise,
  toSignificant,
} from '../../../src/lib/model/index.ts';
import { data, london, scenario } from './fixtures.ts';

describe('presets (MODEL.md section 7, items 1 and 4)', () => {
  it('the reconstruction gives London gross savings 2017/18-2020/21 within 1% of £533m', () => {
    const s = london(presetScenario('hlp2017', data));
    expect(run(presetScenario('hlp2017', data), data).years).toEqual([
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
    ]);
    expect(Math.abs(s.gross - HLP_HEADLINE_GBP) / HLP_HEADLINE_GBP).toBeLessThan(0.01);
  });

  it('stores k to three significant figures and computes it, not a hand-tuned constant', () => {
    const k = hlpCalibrationK(data);
    expect(k).toBe(toSignificant(k));
    const atOne = london(scenario('hlp2017', { k: 1 }));
    expect(k).toBe(toSignificant(HLP_HEADLINE_GBP / atOne.gross));
  });

  it('reads the £533m as hospital activity only; counting GP time too would need a smaller k', () => {
    const hospitalOnly = hlpCalibrationK(data);
    const withGp = calibrateK(scenario('hlp2017', { k: 1 }, { services: 'all' }), data);
    expect(presetScenario('hlp2017', data).services).toBe('hospital');
    expect(withGp).toBeLessThan(hospitalOnly);
    expect(london(presetScenario('hlp2017', data)).primaryCare).toBe(0);
  });

  it('evidence-conservative has an NHS benefit-cost ratio below 1', () => {
    const s = london(presetScenario('evidence-conservative', data));
    expect(s.bcrNhs).not.toBeNull();
    expect(s.bcrNhs as number).toBeLessThan(1);
  });

  it('evidence-2026 plans from 2026/27 at 2024/25 prices, link workers setting the starts', () => {
    const s = presetScenario('evidence-2026', data);
    expect([s.startYear, s.endYear, s.priceYear, s.delivery, s.unitCosts]).toEqual([
      2026,
      2041,
      2024,
      'capacityLed',
      '2023-24',
    ]);
    const l = london(s);
    expect(l.unmetNeed).toBeGreaterThan(0);
    expect(l.ftePeak).toBeGreaterThan(400);
    expect(l.ftePeak).toBeLessThan(700);
  });

  it('evidence-central gross is below a quarter of the reconstruction', () => {
    const central = london(presetScenario('evidence-central', data));
    const hlp = london(presetScenario('hlp2017', data));
    expect(central.gross).toBeGreaterThan(0);
    expect(central.gross).toBeLessThan(0.25 * hlp.gross);
  });

  it('evidence-central ramps starts 5/10/15/20% of the eligible', () => {
    const r = run(presetScenario('evidence-central', data), data);
    const ci = 0;
    const rates = r.london.starts[ci]!.map((st, t) => st / r.london.eligible[ci]![t]!);
    rates.forEach((rate, t) => expect(rate).toBeCloseTo([0.05, 0.1, 0.15, 0.2][t]!, 12));
  });

  it('green-book discounts the central scenario at 3.5%, so it is worth less than central', () => {
    const gb = london(presetScenario('green-book', data));
    const central = london(presetScenario('evidence-central', data));
    expect(gb.gross).toBeLessThan(central.gross);
    expect(gb.gross).toBeCloseTo(
      central.grossByYear.reduce((sum, g, t) => sum + g / 1.035 ** (t + 1), 0),
      4,
    );
    expect(gb.grossCash).toBeCloseTo(central.gross, 4);
  });

  it.each(PRESET_IDS)(
    '%s runs over the longest horizon and observed population with finite results',
    (id) => {
      const base = presetScenario(id, data);
      const s = summarise(
        run({ ...base, endYear: base.startYear + 15, population: 'observed' }, data).london,
      );
      expect(s.grossByYear).toHaveLength(15);
      for (const x of [s.gross, s.cost, s.net, s.wellbeing, s.peopleCouldBenefit, s.ftePeak])
        expect(Number.isFinite(x)).toBe(true);
    },
  );
});
