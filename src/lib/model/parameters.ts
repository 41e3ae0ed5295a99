/**
 * The parameter register: every assumption of the model, with its range,
 * evidence range (low/high for uncertainty; the mode is the current value),
 * source and confidence grade. Values are in model units: shares and effects
 * are fractions (0.2 = 20%), money is pounds at 2015/16 prices.
 */
import { COHORTS, SERVICES, type CohortId, type ProgrammeId, type ServiceId } from './dimensions.ts';
import type { SourceId } from './sources.ts';

export type ParamId =
  | 'growth'
  | 'alpha'
  | `share_${CohortId}`
  | 'k'
  | `eff_${ProgrammeId}_${ServiceId}`
  | `cost_${ServiceId}`
  | 'uplift'
  | 'startRate'
  | 'rampYears'
  | 'uptake'
  | 'firstYearFraction'
  | 'duration'
  | `costPerStart_${ProgrammeId}`
  | 'discount'
  | 'costOverrun'
  | 'benefitShortfall'
  | `use_${CohortId}_${ServiceId}`;

export type ParamValues = Record<ParamId, number>;

export type ParamGroup =
  'population' | 'cohorts' | 'effects' | 'unitCosts' | 'implementation' | 'appraisal' | 'baselineUse';

export const GROUPS: { id: ParamGroup; label: string }[] = [
  { id: 'population', label: 'Population and need' },
  { id: 'cohorts', label: 'Who could benefit (cohorts)' },
  { id: 'effects', label: 'Effects on NHS use' },
  { id: 'unitCosts', label: 'NHS unit costs' },
  { id: 'implementation', label: 'Implementation' },
  { id: 'appraisal', label: 'Appraisal' },
  { id: 'baselineUse', label: 'Baseline NHS use (advanced)' },
];

/** How a value is shown: 'percent' values are stored as fractions. */
export type Unit = 'percent' | 'gbp' | 'years' | 'ratio' | 'perYear';

/** A strong evidence ... D assumption. */
export type Grade = 'A' | 'B' | 'C' | 'D';

export interface ParamDef {
  id: ParamId;
  label: string;
  group: ParamGroup;
  unit: Unit;
  /** Starting value of the base ("HLP 2017 headline (reconstructed)") preset. */
  default: number;
  min: number;
  max: number;
  step: number;
  /** Evidence range for uncertainty analysis; equal to each other when the value is a setting, not an estimate. */
  low: number;
  high: number;
  source: SourceId;
  grade: Grade;
  /** True when the value itself was seen in the cited source; false when only the publication was. */
  verified: boolean;
}

type Def = Omit<ParamDef, 'id' | 'group'>;

const pct = (
  label: string,
  value: number,
  [low, high]: [number, number],
  [min, max]: [number, number],
  source: SourceId,
  grade: Grade,
  step = 0.005,
  verified = false,
): Def => ({
  label,
  unit: 'percent',
  default: value,
  min,
  max,
  step,
  low,
  high,
  source,
  grade,
  verified,
});

const population: Partial<Record<ParamId, Def>> = {
  growth: pct(
    'Population growth a year (projected mode)',
    0.009,
    [0.003, 0.015],
    [-0.01, 0.03],
    'assumption',
    'D',
    0.001,
  ),
  alpha: {
    label: 'Weight on local need',
    unit: 'ratio',
    default: 1,
    min: 0,
    max: 1.5,
    step: 0.05,
    low: 0.5,
    high: 1,
    source: 'assumption',
    grade: 'D',
    verified: false,
  },
};

const COHORT_SHARES: Record<CohortId, [number, [number, number], string]> = {
  sp_ltc: [0.03, [0.01, 0.05], 'adults 18+'],
  sp_mh: [0.03, [0.01, 0.06], 'adults 18+'],
  sp_iso: [0.1, [0.05, 0.2], 'residents 65+'],
  sp_fa: [0.012, [0.005, 0.03], 'adults 18+'],
  epp_ltc: [0.04, [0.02, 0.08], 'adults 18+'],
};

const COHORT_SHORT: Record<CohortId, string> = {
  sp_ltc: 'SP: long-term conditions',
  sp_mh: 'SP: mental health and social need',
  sp_iso: 'SP: isolated older people',
  sp_fa: 'SP: frequent GP attenders',
  epp_ltc: 'EPP: long-term conditions',
};

const cohorts: Partial<Record<ParamId, Def>> = {
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
  k: {
    label: 'Cohort scale (calibration factor k)',
    unit: 'ratio',
    default: 1,
    min: 0.1,
    max: 3,
    step: 0.001,
    low: 1,
    high: 1,
    source: 'calibration',
    grade: 'D',
    verified: false,
  },
};

const effects: Partial<Record<ParamId, Def>> = {
  eff_sp_gp: pct('SP: fall in GP consultations', 0.2, [0, 0.4], [0, 0.6], 'polley2017', 'C', 0.01, false),
  eff_sp_ae: pct('SP: fall in A&E attendances', 0.2, [0, 0.27], [0, 0.6], 'rotherham2014', 'C', 0.01, false),
  eff_sp_nel: pct(
    'SP: fall in emergency admissions',
    0.2,
    [0, 0.25],
    [0, 0.6],
    'rotherham2014',
    'C',
    0.01,
    false,
  ),
  eff_sp_op: pct(
    'SP: fall in outpatient attendances',
    0.2,
    [0, 0.2],
    [0, 0.6],
    'rotherham2014',
    'C',
    0.01,
    false,
  ),
  eff_epp_gp: pct('EPP: fall in GP consultations', 0.07, [0, 0.07], [0, 0.5], 'dhEpp', 'C', 0.01, true),
  eff_epp_ae: pct('EPP: fall in A&E attendances', 0.16, [0, 0.16], [0, 0.5], 'dhEpp', 'C', 0.01, true),
  eff_epp_nel: pct('EPP: fall in emergency admissions', 0.05, [0, 0.05], [0, 0.5], 'assumption', 'D', 0.01),
  eff_epp_op: pct('EPP: fall in outpatient attendances', 0.1, [0, 0.1], [0, 0.5], 'dhEpp', 'C', 0.01, true),
};

/** A money parameter: the same shape as a percentage one, in pounds. */
const gbp = (
  label: string,
  value: number,
  evidence: [number, number],
  [min, max, step]: [number, number, number],
  source: SourceId,
  grade: Grade,
  verified = false,
): Def => ({
  ...pct(label, value, evidence, [min, max], source, grade, step, verified),
  unit: 'gbp',
});

const unitCosts: Partial<Record<ParamId, Def>> = {
  cost_gp: gbp('GP consultation', 36, [31, 44], [10, 80, 1], 'pssru2016', 'B'),
  cost_ae: gbp('A&E attendance', 138, [114, 148], [50, 300, 1], 'refcosts1516', 'B'),
  cost_nel: gbp(
    'Emergency (non-elective) admission',
    1600,
    [1590, 2200],
    [500, 4000, 10],
    'refcosts1516',
    'B',
  ),
  cost_op: gbp('Outpatient attendance', 117, [100, 140], [50, 250, 1], 'refcosts1516', 'B'),
  uplift: {
    label: 'London cost uplift',
    unit: 'ratio',
    default: 1,
    min: 0.8,
    max: 1.5,
    step: 0.01,
    low: 1,
    high: 1.25,
    source: 'assumption',
    grade: 'D',
    verified: false,
  },
};

const implementation: Partial<Record<ParamId, Def>> = {
  startRate: pct(
    'Share of the eligible who start each year',
    0.25,
    [0.05, 0.3],
    [0, 0.5],
    'assumption',
    'D',
    0.01,
  ),
  rampYears: {
    label: 'Years to reach the full start rate',
    unit: 'years',
    default: 1,
    min: 1,
    max: 10,
    step: 1,
    low: 1,
    high: 4,
    source: 'assumption',
    grade: 'D',
    verified: false,
  },
  uptake: pct('Uptake among those offered', 1, [0.5, 1], [0, 1], 'assumption', 'D', 0.01),
  firstYearFraction: pct(
    'Share of a year counted in the start year',
    1,
    [0.5, 1],
    [0, 1],
    'assumption',
    'D',
    0.05,
  ),
  duration: {
    label: 'Years the benefit lasts',
    unit: 'years',
    default: 14,
    min: 1,
    max: 14,
    step: 1,
    low: 1,
    high: 14,
    source: 'assumption',
    grade: 'D',
    verified: false,
  },
  costPerStart_sp: gbp(
    'Cost per social prescribing start',
    400,
    [150, 1000],
    [0, 2000, 10],
    'assumption',
    'D',
  ),
  costPerStart_epp: gbp('Cost per expert patient course', 300, [200, 450], [0, 1000, 10], 'assumption', 'D'),
};

const appraisal: Partial<Record<ParamId, Def>> = {
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

const baselineUse: Partial<Record<ParamId, Def>> = Object.fromEntries(
  COHORTS.flatMap((c) =>
    SERVICES.map((s, i) => {
      const value = BASE_USE[c][i] as number;
      const step = value >= 5 ? 0.5 : 0.05;
      return [
        `use_${c}_${s}`,
        {
          label: `${COHORT_SHORT[c]}: ${SERVICE_NOUN[s]} a year`,
          unit: 'perYear',
          default: value,
          min: 0,
          // Rounded so the bounds carry no floating-point noise into labels or links.
          max: Number((value * 3).toFixed(4)),
          step,
          low: Number((value * 0.5).toFixed(4)),
          high: Number((value * 1.5).toFixed(4)),
          source: 'assumption',
          grade: 'D',
          verified: false,
        } satisfies Def,
      ];
    }),
  ),
);

const BY_GROUP: Record<ParamGroup, Partial<Record<ParamId, Def>>> = {
  population,
  cohorts,
  effects,
  unitCosts,
  implementation,
  appraisal,
  baselineUse,
};

export const PARAMS: readonly ParamDef[] = GROUPS.flatMap(({ id: group }) =>
  Object.entries(BY_GROUP[group]).map(([id, def]) => ({ id: id as ParamId, group, ...(def as Def) })),
);

export const PARAM_BY_ID: ReadonlyMap<ParamId, ParamDef> = new Map(PARAMS.map((p) => [p.id, p]));

export function isParamId(id: string): id is ParamId {
  return PARAM_BY_ID.has(id as ParamId);
}

export function paramDef(id: ParamId): ParamDef {
  const def = PARAM_BY_ID.get(id);
  if (!def) throw new Error(`Unknown parameter "${id}"`);
  return def;
}

/** The base values: every parameter at its default. */
export function defaultValues(): ParamValues {
  return Object.fromEntries(PARAMS.map((p) => [p.id, p.default])) as ParamValues;
}
