import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNeedIndexMeans,
  computeNeedIndex,
  indicatorIndex,
  weightedMean,
  type NeedInput,
} from '../../../src/lib/data/read/need-index.ts';
import { COHORTS, type NeedIndicator } from '../../../src/lib/data/types.ts';

function row(
  code: string,
  adults18: number,
  older65: number,
  values: Partial<Record<NeedIndicator, number | null>>,
): NeedInput {
  return {
    code,
    adults18,
    older65,
    indicators: { qofDiabetes: 1, qofCopd: 1, qofHypertension: 1, qofDepression: 1, imd2015: 1, ...values },
  };
}

describe('indicatorIndex', () => {
  it('divides by the weighted mean of the boroughs that have a value, and gives 1 to a missing one', () => {
    // Mean over present values = (1*2 + 3*4) / (1 + 3) = 3.5.
    expect(indicatorIndex([2, 4, null], [1, 3, 5])).toEqual([2 / 3.5, 4 / 3.5, 1]);
  });

  it('gives 1 everywhere when every value is missing', () => {
    expect(indicatorIndex([null, null], [10, 20])).toEqual([1, 1]);
  });

  it('refuses an indicator whose mean is 0', () => {
    expect(() => indicatorIndex([0, 0], [1, 1])).toThrow(/weighted London mean is 0/);
  });
});

describe('computeNeedIndex', () => {
  const rows = [
    row('A', 100, 10, { qofDiabetes: 4, qofCopd: 1, qofHypertension: 10, qofDepression: 6, imd2015: 20 }),
    row('B', 300, 50, { qofDiabetes: 8, qofCopd: 3, qofHypertension: 20, qofDepression: null, imd2015: 40 }),
  ];
  const [a, b] = computeNeedIndex(rows);

  it('combines the indicators as MODEL.md section 5 says', () => {
    // Adult-weighted means: diabetes 7, COPD 2.5, hypertension 17.5, depression 6 (A only), IMD 35.
    expect(a?.needIndex.sp_ltc).toBeCloseTo((4 / 7 + 1 / 2.5 + 10 / 17.5) / 3, 15);
    expect(a?.needIndex.epp_ltc).toBe(a?.needIndex.sp_ltc);
    expect(a?.needIndex.sp_fa).toBeCloseTo(20 / 35, 15);
    expect(a?.needIndex.sp_mh).toBeCloseTo((6 / 6 + 20 / 35) / 2, 15);
    expect(b?.needIndex.sp_mh).toBeCloseTo((1 + 40 / 35) / 2, 15);
    expect(a?.needIndex.sp_iso).toBe(1);
    expect(b?.needIndex.sp_iso).toBe(1);
  });

  it('lists the missing indicators', () => {
    expect(a?.missingIndicators).toEqual([]);
    expect(b?.missingIndicators).toEqual(['qofDepression']);
  });

  it('keeps every weighted London mean at exactly 1 despite the missing value', () => {
    expect(checkNeedIndexMeans(rows, computeNeedIndex(rows))).toEqual([]);
  });
});

describe('checkNeedIndexMeans', () => {
  it('fails when an index is not normalised', () => {
    const rows = [row('A', 1, 1, {}), row('B', 1, 1, {})];
    const out = computeNeedIndex(rows).map((o) => ({ ...o, needIndex: { ...o.needIndex, sp_fa: 1.1 } }));
    expect(checkNeedIndexMeans(rows, out)).toEqual([
      'need index sp_fa: population-weighted London mean is 1.1, not 1 (tolerance 1e-12)',
    ]);
  });

  it('holds within 1e-12 for any populations and indicator values, some missing', () => {
    const indicator = fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { freq: 6 });
    const borough = fc.record({
      adults18: fc.integer({ min: 1000, max: 400_000 }),
      older65: fc.integer({ min: 100, max: 60_000 }),
      indicators: fc.record({
        qofDiabetes: indicator,
        qofCopd: indicator,
        qofHypertension: indicator,
        qofDepression: indicator,
        imd2015: indicator,
      }),
    });
    fc.assert(
      fc.property(fc.array(borough, { minLength: 1, maxLength: 40 }), (list) => {
        const rows = list.map((b, i) => ({ code: String(i), ...b }));
        const out = computeNeedIndex(rows);
        expect(checkNeedIndexMeans(rows, out)).toEqual([]);
        for (const o of out) for (const c of COHORTS) expect(Number.isFinite(o.needIndex[c])).toBe(true);
      }),
      { seed: 20170601, numRuns: 200 },
    );
  });
});

describe('weightedMean', () => {
  it('weights each value by its population', () => {
    expect(weightedMean([1, 2], [3, 1])).toBe(1.25);
  });
});
