/**
 * Which population weights each cohort's need index (MODEL.md section 5), kept apart
 * from the index's arithmetic so the page's load check can use it without arquero.
 */
import type { CohortId, NeedIndicator } from './types.ts';

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

/**
 * Each cohort's need index has a population-weighted mean of 1 over the areas (within
 * `tolerance`): the model's London total rests on it. Problems as sentences.
 */
export function needMeanProblems(
  areas: readonly { adults18: number; older65: number; needIndex: Record<CohortId, number> }[],
  tolerance = 1e-9,
): string[] {
  return (Object.keys(COHORT_NEED) as CohortId[]).flatMap((cohort) => {
    const weight = COHORT_NEED[cohort].weight;
    let sw = 0;
    let swv = 0;
    for (const a of areas) {
      sw += a[weight];
      swv += a[weight] * a.needIndex[cohort];
    }
    const mean = swv / sw;
    return Math.abs(mean - 1) <= tolerance
      ? []
      : [`the need index ${cohort} averages ${mean}, not 1, over the areas`];
  });
}
