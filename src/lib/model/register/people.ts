/** The register's population, cohort, people-flow, effect and wellbeing parameters. */
import { COHORTS, type CohortId } from '../dimensions.ts';
import { pct, plain, gbp, type Def, type ParamId } from './types.ts';

type Defs = Partial<Record<ParamId, Def>>;

export const population: Defs = {
  growth: pct(
    'Population growth a year (after the last ONS estimate)',
    0.009,
    [0.003, 0.015],
    [-0.01, 0.03],
    'assumption',
    'D',
    0.001,
  ),
  alpha: plain('ratio', 'Weight on local need', 1, [0.5, 1], [0, 1.5, 0.05], 'assumption', 'D'),
};

const COHORT_SHARES: Record<CohortId, [number, [number, number], string]> = {
  sp_ltc: [0.03, [0.01, 0.05], 'adults 18+'],
  sp_mh: [0.03, [0.01, 0.06], 'adults 18+'],
  sp_iso: [0.1, [0.05, 0.2], 'residents 65+'],
  sp_fa: [0.012, [0.005, 0.03], 'adults 18+'],
  epp_ltc: [0.04, [0.02, 0.08], 'adults 18+'],
};

export const COHORT_SHORT: Record<CohortId, string> = {
  sp_ltc: 'SP: long-term conditions',
  sp_mh: 'SP: mental health and social need',
  sp_iso: 'SP: isolated older people',
  sp_fa: 'SP: frequent GP attenders',
  epp_ltc: 'EPP: long-term conditions',
};

export const cohorts: Defs = {
  ...Object.fromEntries(
    COHORTS.map((c) => {
      const [value, range, base] = COHORT_SHARES[c];
      return [
        `share_${c}`,
        pct(
          `${COHORT_SHORT[c]}, share of ${base}`,
          value,
          range,
          [0, Math.min(1, range[1] * 2)],
          'assumption',
          'D',
          0.001,
        ),
      ];
    }),
  ),
  k: plain('ratio', 'Cohort scale (calibration factor k)', 1, [1, 1], [0.1, 3, 0.001], 'calibration', 'D'),
};

export const flow: Defs = {
  turnover: pct(
    'People leaving a cohort each year (replaced by newcomers)',
    0.2,
    [0.1, 0.4],
    [0, 0.6],
    'assumption',
    'D',
    0.01,
  ),
  reReferralYears: plain(
    'years',
    'Years before someone supported can start again',
    15,
    [2, 15],
    [1, 15, 1],
    'assumption',
    'D',
  ),
  firstYearFraction: pct(
    'Share of a year counted in the start year',
    1,
    [0.5, 1],
    [0, 1],
    'assumption',
    'D',
    0.05,
  ),
  duration: plain('years', 'Years the benefit lasts', 15, [1, 15], [1, 15, 1], 'assumption', 'D'),
  persistence: pct(
    'Share of the effect kept in each further year',
    1,
    [0.3, 1],
    [0, 1],
    'assumption',
    'D',
    0.05,
  ),
};

export const effects: Defs = {
  eff_sp_gp: pct('SP: fall in GP consultations', 0.2, [0, 0.4], [0, 0.6], 'hlp2017', 'D', 0.01),
  eff_sp_ae: pct('SP: fall in A&E attendances', 0.2, [0, 0.27], [0, 0.6], 'hlp2017', 'D', 0.01),
  eff_sp_nel: pct('SP: fall in emergency admissions', 0.2, [0, 0.25], [0, 0.6], 'hlp2017', 'D', 0.01),
  eff_sp_op: pct('SP: fall in outpatient attendances', 0.2, [0, 0.2], [0, 0.6], 'hlp2017', 'D', 0.01),
  eff_epp_gp: pct('EPP: fall in GP consultations', 0.07, [0, 0.07], [0, 0.5], 'dhEpp', 'C', 0.01),
  eff_epp_ae: pct('EPP: fall in A&E attendances', 0.16, [0, 0.16], [0, 0.5], 'dhEpp', 'C', 0.01),
  eff_epp_nel: pct('EPP: fall in emergency admissions', 0.05, [0, 0.05], [0, 0.5], 'assumption', 'D', 0.01),
  eff_epp_op: pct('EPP: fall in outpatient attendances', 0.1, [0, 0.1], [0, 0.5], 'dhEpp', 'C', 0.01),
};

export const wellbeing: Defs = {
  wellbeingGain: plain(
    'points',
    'Gain in life satisfaction (0-10) while benefiting',
    0.1,
    [0, 0.3],
    [0, 1, 0.01],
    'assumption',
    'D',
  ),
  wellbyValue: gbp(
    'Value of one WELLBY',
    13000,
    [10000, 16000],
    [0, 30000, 500],
    'greenBookWellbeing',
    'A',
    2019,
  ),
};
