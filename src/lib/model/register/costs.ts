/** The register's unit cost, implementation, link worker, appraisal and baseline-use parameters. */
import { COHORTS, SERVICES, type CohortId, type ServiceId } from '../dimensions.ts';
import { COHORT_SHORT } from './people.ts';
import { gbp, pct, plain, type Def, type ParamId } from './types.ts';

type Defs = Partial<Record<ParamId, Def>>;

export const unitCosts: Defs = {
  cost_gp: gbp('GP consultation (2015/16 edition)', 36, [31, 44], [10, 80, 1], 'pssru2016', 'B', 2015),
  cost_ae: gbp('A&E attendance (2015/16 edition)', 138, [114, 148], [50, 300, 1], 'refcosts1516', 'B', 2015),
  cost_nel: gbp(
    'Emergency (non-elective) admission (2015/16 edition)',
    1600,
    [1590, 2200],
    [500, 4000, 10],
    'refcosts1516',
    'B',
    2015,
  ),
  cost_op: gbp(
    'Outpatient attendance (2015/16 edition)',
    117,
    [100, 140],
    [50, 250, 1],
    'refcosts1516',
    'B',
    2015,
  ),
  cost2324_gp: gbp(
    'GP consultation (2023/24 edition)',
    45,
    [33, 45],
    [10, 100, 1],
    'pssru2024',
    'A',
    2023,
    true,
  ),
  cost2324_ae: gbp(
    'A&E attendance (2023/24 edition)',
    273,
    [177, 273],
    [50, 500, 1],
    'ncc2324',
    'A',
    2023,
    true,
  ),
  cost2324_nel: gbp(
    'Emergency (non-elective) admission (2023/24 edition)',
    2595,
    [792, 5134],
    [300, 8000, 5],
    'ncc2324',
    'B',
    2023,
  ),
  cost2324_op: gbp(
    'Outpatient attendance (2023/24 edition)',
    176,
    [129, 198],
    [50, 400, 1],
    'ncc2324',
    'B',
    2023,
  ),
  uplift: plain('ratio', 'London cost uplift', 1, [1, 1.25], [0.8, 1.5, 0.01], 'assumption', 'D'),
};

export const implementation: Defs = {
  startRate: pct(
    'Share of the eligible who start each year',
    0.25,
    [0.05, 0.3],
    [0, 0.5],
    'assumption',
    'D',
    0.01,
  ),
  rampYears: plain('years', 'Years to reach the full start rate', 1, [1, 4], [1, 10, 1], 'assumption', 'D'),
  uptake: pct('Uptake among those offered', 1, [0.5, 1], [0, 1], 'assumption', 'D', 0.01),
  costPerStart_sp: gbp(
    'Cost per social prescribing start (all in)',
    400,
    [150, 1000],
    [0, 2000, 10],
    'assumption',
    'D',
    2015,
  ),
  costPerStart_epp: gbp(
    'Cost per expert patient course',
    300,
    [200, 450],
    [0, 1000, 10],
    'assumption',
    'D',
    2015,
  ),
};

export const linkWorkers: Defs = {
  lwCaseload: plain(
    'people',
    'People a link worker supports a year',
    225,
    [200, 250],
    [50, 500, 5],
    'heeSplw',
    'C',
  ),
  lwPer10k: plain(
    'ratio',
    'Link workers (full-time equivalent) per 10,000 adults',
    0.7,
    [0.5, 0.9],
    [0, 5, 0.05],
    'tphc2024',
    'C',
  ),
  lwOverheads: pct(
    'Overheads on link worker pay (supervision, training, premises, London weighting)',
    0.25,
    [0.1, 0.4],
    [0, 1],
    'assumption',
    'D',
    0.01,
  ),
  activityCost: gbp(
    'Community activity cost per person supported',
    100,
    [0, 300],
    [0, 1000, 10],
    'assumption',
    'D',
    2024,
  ),
};

export const appraisal: Defs = {
  discount: pct('Discount rate', 0, [0, 0], [0, 0.1], 'greenBook', 'A', 0.005, true),
  costOverrun: pct('Optimism bias: cost overrun', 0, [0, 0], [0, 2], 'greenBook', 'D', 0.01),
  benefitShortfall: pct('Optimism bias: benefit shortfall', 0, [0, 0], [0, 0.9], 'greenBook', 'D', 0.01),
};

/** Baseline NHS use per person-year, GP / A&E / emergency admissions / outpatients. */
const BASE_USE: Record<CohortId, [number, number, number, number]> = {
  sp_ltc: [12, 1.3, 0.9, 4.0],
  sp_mh: [8, 0.6, 0.15, 1.5],
  sp_iso: [9, 0.6, 0.35, 3.0],
  sp_fa: [20, 0.9, 0.25, 3.0],
  epp_ltc: [7, 0.4, 0.2, 3.0],
};

const SERVICE_NOUN: Record<ServiceId, string> = {
  gp: 'GP consultations',
  ae: 'A&E attendances',
  nel: 'emergency admissions',
  op: 'outpatient attendances',
};

export const baselineUse: Defs = Object.fromEntries(
  COHORTS.flatMap((c) =>
    SERVICES.map((s, i) => {
      const value = BASE_USE[c][i] as number;
      return [
        `use_${c}_${s}`,
        plain(
          'perYear',
          `${COHORT_SHORT[c]}: ${SERVICE_NOUN[s]} a year`,
          value,
          // Rounded so the bounds carry no floating-point noise into labels or links.
          [Number((value * 0.5).toFixed(4)), Number((value * 1.5).toFixed(4))],
          [0, Number((value * 3).toFixed(4)), value >= 5 ? 0.5 : 0.05],
          'assumption',
          'D',
        ),
      ];
    }),
  ),
);
