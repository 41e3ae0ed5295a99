/** One-way sensitivity (tornado) and switching values (MODEL.md section 6). */
import { describe, expect, it } from 'vitest';
import { findArea } from '../../../src/lib/model/index.ts';
import {
  PARAMS,
  paramApplies,
  uncertainParams,
  run,
  summarise,
  switchingValue,
  tornado,
  tornadoNet,
  type ParamId,
  type Scenario,
} from '../../../src/lib/model/index.ts';
import { data, relClose, scenario } from './fixtures.ts';

function netOf(s: Scenario, id: string, from = 0) {
  const r = run(s, data);
  const area = findArea(r, id)!;
  const sum = summarise(area);
  const net = sum.netByYear.slice(from).reduce((a, b) => a + b, 0);
  return { ...sum, net };
}

describe('tornado', () => {
  const central = scenario('evidence-central');
  const rows = tornado(central, data, 'london');

  it('has one row per parameter with an evidence range that applies, k excluded', () => {
    expect(rows.map((r) => r.param).sort()).toEqual(
      PARAMS.filter((p) => p.low < p.high && p.id !== 'k' && paramApplies(p.id, central))
        .map((p) => p.id)
        .sort(),
    );
    expect(uncertainParams(central).length).toBe(rows.length);
    // The 2023/24 unit costs do not apply to a 2015/16-cost scenario, so they are not rows.
    expect(rows.some((r) => r.param.startsWith('cost2324_'))).toBe(false);
  });

  it('is sorted by swing, largest first, and the swing is |netAtHigh - netAtLow|', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.swing).toBeLessThanOrEqual(rows[i - 1]!.swing);
    for (const r of rows) expect(r.swing).toBe(Math.abs(r.netAtHigh - r.netAtLow));
    expect(rows[0]!.swing).toBeGreaterThan(rows[rows.length - 1]!.swing);
  });

  it('gives the net savings of run() with the parameter at its low and at its high', () => {
    for (const r of rows.slice(0, 8)) {
      const low = netOf({ ...central, values: { ...central.values, [r.param]: r.low } }, 'london');
      const high = netOf({ ...central, values: { ...central.values, [r.param]: r.high } }, 'london');
      const scale = Math.max(low.gross, low.cost, high.gross, high.cost);
      expect(Math.abs(r.netAtLow - low.net)).toBeLessThan(1e-9 * scale);
      expect(Math.abs(r.netAtHigh - high.net)).toBeLessThan(1e-9 * scale);
      expect(r.current).toBe(central.values[r.param]);
    }
  });

  it('works for a borough, over a window of years, at the longest horizon', () => {
    const s = scenario('green-book', {}, { endYear: 2032, population: 'observed' });
    const b = tornado(s, data, 'E09000030', { from: 5 });
    const top = b[0]!;
    const check = netOf({ ...s, values: { ...s.values, [top.param]: top.high } }, 'E09000030', 5);
    expect(relClose(top.netAtHigh, check.net, 1e-9)).toBe(true);
  });

  it("gives run()'s net savings at the current values, the line the bars start from", () => {
    expect(relClose(tornadoNet(central, data, 'london'), netOf(central, 'london').net, 1e-9)).toBe(true);
    const s = scenario('green-book', {}, { endYear: 2032, population: 'observed' });
    const net = tornadoNet(s, data, 'E09000030', { from: 5 });
    expect(relClose(net, netOf(s, 'E09000030', 5).net, 1e-9)).toBe(true);
  });
});

describe('switching values', () => {
  /** Net savings at the switching value, relative to the scale of gross and cost there. */
  function residual(s: Scenario, area: string, id: ParamId, x: number, from = 0): number {
    const r = netOf({ ...s, values: { ...s.values, [id]: x } }, area, from);
    return Math.abs(r.net) / Math.max(r.gross, r.cost);
  }

  it.each([
    ['evidence-central', 'london', 'costPerStart_sp'],
    ['evidence-central', 'london', 'eff_sp_nel'],
    ['hlp2017', 'london', 'firstYearFraction'],
    ['hlp2017', 'E09000001', 'costPerStart_sp'],
    ['hlp2017', 'london', 'eff_sp_nel'],
  ] as const)('%s, %s, %s: plugged back in, net savings are zero (0.1%)', (preset, area, id) => {
    const s = scenario(preset);
    const x = switchingValue(s, data, area, id);
    expect(x).not.toBeNull();
    const def = PARAMS.find((p) => p.id === id)!;
    expect(x!).toBeGreaterThanOrEqual(def.min);
    expect(x!).toBeLessThanOrEqual(def.max);
    expect(residual(s, area, id, x!)).toBeLessThan(1e-3);
    // The sign really changes on either side of it.
    const step = (def.max - def.min) * 1e-3;
    const below = netOf({ ...s, values: { ...s.values, [id]: Math.max(def.min, x! - step) } }, area).net;
    const above = netOf({ ...s, values: { ...s.values, [id]: Math.min(def.max, x! + step) } }, area).net;
    expect(Math.sign(below)).toBe(-Math.sign(above));
  });

  it.each(['evidence-central', 'hlp2017'] as const)(
    'holds for every parameter that has one (%s, London)',
    (preset) => {
      const s = scenario(preset);
      const found = PARAMS.map((p) => [p.id, switchingValue(s, data, 'london', p.id)] as const).filter(
        ([, x]) => x !== null,
      );
      expect(found.length).toBeGreaterThanOrEqual(2);
      for (const [id, x] of found) expect(residual(s, 'london', id, x!)).toBeLessThan(1e-3);
    },
  );

  it('is null where net savings keep one sign over the whole range', () => {
    // Conservative: no effect on EPP, so its unit cost alone cannot make it pay.
    expect(switchingValue(scenario('evidence-conservative'), data, 'london', 'costPerStart_epp')).toBeNull();
    // Discounting cannot turn the central evidence positive.
    expect(switchingValue(scenario('evidence-central'), data, 'london', 'discount')).toBeNull();
    // The reconstruction read as hospital activity only barely pays back: a 0.7% discount rate undoes it.
    expect(switchingValue(scenario('hlp2017'), data, 'london', 'discount')).toBeCloseTo(0.0067, 3);
  });

  it('is null where net savings jump across zero (duration acts in whole years)', () => {
    const s = scenario('hlp2017');
    expect(Math.sign(netOf({ ...s, values: { ...s.values, duration: 1 } }, 'london').net)).toBe(-1);
    expect(Math.sign(netOf({ ...s, values: { ...s.values, duration: 14 } }, 'london').net)).toBe(1);
    expect(switchingValue(s, data, 'london', 'duration')).toBeNull();
  });

  it('picks the crossing nearest the current value and respects a window of years', () => {
    const s = scenario('green-book', {}, { endYear: 2026 });
    const x = switchingValue(s, data, 'london', 'costPerStart_sp', { from: 2 });
    expect(x).not.toBeNull();
    expect(residual(s, 'london', 'costPerStart_sp', x!, 2)).toBeLessThan(1e-3);
  });
});
