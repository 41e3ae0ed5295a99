import { COHORTS, type CohortId, type NeedIndicator } from '../types.ts';

/** Order in which missing indicators are listed. */
export const NEED_INDICATORS: readonly NeedIndicator[] = [
  'qofDiabetes',
  'qofCopd',
  'qofHypertension',
  'qofDepression',
  'imd2015',
];

export type CohortWeight = 'adults18' | 'older65';

/**
 * MODEL.md section 5. Each cohort's index is the mean of its indicators' indices, each
 * normalised with the cohort's own base population so its weighted London mean is 1.
 * sp_iso has no indicator: its base population (65+) already carries the need.
 */
export const COHORT_NEED: Readonly<
  Record<CohortId, { weight: CohortWeight; indicators: readonly NeedIndicator[] }>
> = {
  sp_ltc: { weight: 'adults18', indicators: ['qofDiabetes', 'qofCopd', 'qofHypertension'] },
  sp_mh: { weight: 'adults18', indicators: ['qofDepression', 'imd2015'] },
  sp_iso: { weight: 'older65', indicators: [] },
  sp_fa: { weight: 'adults18', indicators: ['imd2015'] },
  epp_ltc: { weight: 'adults18', indicators: ['qofDiabetes', 'qofCopd', 'qofHypertension'] },
};

export interface NeedInput {
  code: string;
  adults18: number;
  older65: number;
  indicators: Record<NeedIndicator, number | null>;
}

export interface NeedOutput {
  needIndex: Record<CohortId, number>;
  missingIndicators: NeedIndicator[];
}

/**
 * value / weighted London mean, with the mean taken over the boroughs that have a value,
 * and 1 where the value is missing: so the weighted mean over all boroughs is exactly 1.
 */
export function indicatorIndex(values: readonly (number | null)[], weights: readonly number[]): number[] {
  // Plain loops, in row order: the page runs this too, where no expression may be compiled.
  let sw = 0;
  let swv = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    const w = weights[i] ?? 0;
    sw += w;
    swv += w * v;
  });
  if (sw === 0) return values.map(() => 1);
  const mean = swv / sw;
  if (!(mean > 0) || !Number.isFinite(mean)) {
    throw new Error(`cannot normalise an indicator whose weighted London mean is ${mean}`);
  }
  return values.map((v) => (v === null ? 1 : v / mean));
}

export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  let sw = 0;
  let swv = 0;
  values.forEach((v, i) => {
    const w = weights[i] ?? 0;
    sw += w;
    swv += w * v;
  });
  return swv / sw;
}

// Spelled out so adding a cohort to COHORTS is a compile error here, not a silent gap.
function byCohort(f: (cohort: CohortId) => number): Record<CohortId, number> {
  return {
    sp_ltc: f('sp_ltc'),
    sp_mh: f('sp_mh'),
    sp_iso: f('sp_iso'),
    sp_fa: f('sp_fa'),
    epp_ltc: f('epp_ltc'),
  };
}

export function computeNeedIndex(rows: readonly NeedInput[]): NeedOutput[] {
  const weightsOf = (weight: CohortWeight) => rows.map((r) => r[weight]);
  const perCohort = new Map<CohortId, number[]>();
  for (const cohort of COHORTS) {
    const { weight, indicators } = COHORT_NEED[cohort];
    const weights = weightsOf(weight);
    const parts = indicators.map((ind) =>
      indicatorIndex(
        rows.map((r) => r.indicators[ind]),
        weights,
      ),
    );
    // A mean of indices each with weighted mean 1 also has weighted mean 1.
    perCohort.set(
      cohort,
      rows.map((_, i) =>
        parts.length === 0 ? 1 : parts.reduce((s, p) => s + (p[i] ?? 1), 0) / parts.length,
      ),
    );
  }
  const used = NEED_INDICATORS.filter((ind) => COHORTS.some((c) => COHORT_NEED[c].indicators.includes(ind)));
  return rows.map((r, i) => ({
    needIndex: byCohort((c) => perCohort.get(c)?.[i] ?? 1),
    missingIndicators: used.filter((ind) => r.indicators[ind] === null),
  }));
}

/** Problems with the normalisation: each cohort's weighted London mean must be 1. */
export function checkNeedIndexMeans(
  rows: readonly NeedInput[],
  outputs: readonly Pick<NeedOutput, 'needIndex'>[],
  tolerance = 1e-12,
): string[] {
  return COHORTS.flatMap((cohort) => {
    const weights = rows.map((r) => r[COHORT_NEED[cohort].weight]);
    const mean = weightedMean(
      outputs.map((o) => o.needIndex[cohort]),
      weights,
    );
    return Math.abs(mean - 1) <= tolerance
      ? []
      : [`need index ${cohort}: population-weighted London mean is ${mean}, not 1 (tolerance ${tolerance})`];
  });
}
