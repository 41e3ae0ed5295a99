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
  /** Where in the source, and how the value was derived. */
  detail: string;
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
  detail: string,
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
  detail,
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
    'Starting value of the reconstruction. For comparison, ONS mid-year estimates give London 8,787,892 (2016) to 9,002,488 (2020): 0.61% a year. Range is an assumption.',
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
    detail:
      '0 splits each cohort by population alone; 1 scales it fully by the borough need index (QOF 2016-17 prevalence, IMD 2015). Does not change the London total.',
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
          `Share of ${base} (ONS mid-2016) in the cohort, before the calibration factor. The HLP cohort definitions were not published; value and range are the reconstruction's assumptions.`,
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
    detail:
      'Multiplies every cohort. The HLP 2017 reconstruction sets it so that London gross savings 2017/18-2020/21 equal £533m (gross savings are linear in k); the evidence presets use 1.',
    grade: 'D',
    verified: false,
  },
};

const effects: Partial<Record<ParamId, Def>> = {
  eff_sp_gp: pct(
    'SP: fall in GP consultations',
    0.2,
    [0, 0.4],
    [0, 0.6],
    'polley2017',
    'The reconstruction applies the Rotherham "fifth" to every service. The 2017 evidence review found GP demand fell by 28% on average across 7 studies, all uncontrolled; the authors call the evidence weak. Range 0-40%.',
    'C',
    0.01,
    false,
  ),
  eff_sp_ae: pct(
    'SP: fall in A&E attendances',
    0.2,
    [0, 0.27],
    [0, 0.6],
    'rotherham2014',
    'Rotherham 2012-15 service evaluation: A&E attendances fell by 17% (23% under age 80) after referral, before/after without a control group. The 2017 review reports 24% on average across 5 studies. Range 0-27%.',
    'C',
    0.01,
    false,
  ),
  eff_sp_nel: pct(
    'SP: fall in emergency admissions',
    0.2,
    [0, 0.25],
    [0, 0.6],
    'rotherham2014',
    'Rotherham 2012-15 service evaluation: non-elective inpatient episodes fell by 7% (19% excluding people over 80), before/after without a control group. HLP\'s modellers summarised the 2014 pilot as cutting hospital use "by a fifth". Range 0-25%.',
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
    'The reconstruction applies the Rotherham "fifth". No published outpatient figure from Rotherham was found to confirm it. Range 0-20%.',
    'C',
    0.01,
    false,
  ),
  eff_epp_gp: pct(
    'EPP: fall in GP consultations',
    0.07,
    [0, 0.07],
    [0, 0.5],
    'dhEpp',
    'Department of Health data on EPP completers: GP consultations fell 7% (self-reported, no control group). The randomised trial (Kennedy et al. 2007) found no significant fall in routine service use, hence the low end of 0.',
    'C',
    0.01,
    true,
  ),
  eff_epp_ae: pct(
    'EPP: fall in A&E attendances',
    0.16,
    [0, 0.16],
    [0, 0.5],
    'dhEpp',
    'Department of Health data on EPP completers: A&E use fell 16% (self-reported). Low end 0 from the randomised trial (Kennedy et al. 2007).',
    'C',
    0.01,
    true,
  ),
  eff_epp_nel: pct(
    'EPP: fall in emergency admissions',
    0.05,
    [0, 0.05],
    [0, 0.5],
    'assumption',
    'No published figure for an EPP effect on emergency admissions was found; 5% is an assumption of the reconstruction.',
    'D',
    0.01,
  ),
  eff_epp_op: pct(
    'EPP: fall in outpatient attendances',
    0.1,
    [0, 0.1],
    [0, 0.5],
    'dhEpp',
    'Department of Health data on EPP completers: outpatient visits fell 10% (self-reported). The randomised trial (Kennedy et al. 2007) found no significant fall.',
    'C',
    0.01,
    true,
  ),
};

const gbp = (
  label: string,
  value: number,
  [low, high]: [number, number],
  [min, max, step]: [number, number, number],
  source: SourceId,
  detail: string,
  grade: Grade,
  verified = false,
): Def => ({
  label,
  unit: 'gbp',
  default: value,
  min,
  max,
  step,
  low,
  high,
  source,
  detail,
  grade,
  verified,
});

const unitCosts: Partial<Record<ParamId, Def>> = {
  cost_gp: gbp(
    'GP consultation',
    36,
    [31, 44],
    [10, 80, 1],
    'pssru2016',
    'Surgery consultation with a GP. The 2016 table was not reachable to verify £36; the 2015 edition gives £33-£44 per 11.7-minute surgery visit, depending on whether qualification and direct care staff costs are included.',
    'B',
  ),
  cost_ae: gbp(
    'A&E attendance',
    138,
    [114, 148],
    [50, 300, 1],
    'refcosts1516',
    'National average A&E attendance. The 2015-16 figure was not reachable to verify £138. For scale: 2013-14 reference costs gave £114 (not admitted) and £138 (admitted); 2016-17 gave £148 on average.',
    'A',
  ),
  cost_nel: gbp(
    'Emergency (non-elective) admission',
    1600,
    [1590, 2200],
    [500, 4000, 10],
    'refcosts1516',
    'National average non-elective inpatient stay. The 2015-16 figure was not reachable to verify £1,600. For scale: 2016-17 reference costs gave £1,590 per episode excluding excess bed days (£313 each), so a whole stay costs more.',
    'A',
  ),
  cost_op: gbp(
    'Outpatient attendance',
    117,
    [100, 140],
    [50, 250, 1],
    'refcosts1516',
    'National average outpatient attendance. The 2015-16 figure was not reachable to verify £117; 2016-17 reference costs gave £120.',
    'A',
  ),
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
    detail:
      'Multiplies every unit cost to reflect London prices (NHS market forces factor). 1 uses national averages; range is an assumption.',
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
    'Annual share of the eligible cohort referred and starting, once fully rolled out. The reconstruction uses 25%; the evidence presets 20% and 8%.',
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
    detail: 'Starts ramp up linearly: year t reaches t / rampYears of the full start rate.',
    grade: 'D',
    verified: false,
  },
  uptake: pct(
    'Uptake among those offered',
    1,
    [0.5, 1],
    [0, 1],
    'assumption',
    'Share of referred people who take part. 100% in all presets; the start rate already describes reach.',
    'D',
    0.01,
  ),
  firstYearFraction: pct(
    'Share of a year counted in the start year',
    1,
    [0.5, 1],
    [0, 1],
    'assumption',
    'Benefit counted in the year someone starts: 1 = a full year, 0.5 = starts spread through the year.',
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
    detail:
      'Years of reduced NHS use per participant, counting the start year. 14 covers the longest horizon, i.e. no limit (the reconstruction); the evidence presets use 2 and 1 (Rotherham measured 12 months).',
    grade: 'D',
    verified: false,
  },
  costPerStart_sp: gbp(
    'Cost per social prescribing start',
    400,
    [150, 1000],
    [0, 2000, 10],
    'assumption',
    'Link worker and community support cost per person referred. Published schemes of the period report from about £150 to over £1,000 per person; value and range are assumptions.',
    'D',
  ),
  costPerStart_epp: gbp(
    'Cost per expert patient course',
    300,
    [200, 450],
    [0, 1000, 10],
    'assumption',
    "Cost per participant of a lay-led self-management course. Not confirmed from a published source: the only figure found is an average of £400 reported in 2010 by the programme's provider, inside the range.",
    'D',
  ),
};

const appraisal: Partial<Record<ParamId, Def>> = {
  discount: pct(
    'Discount rate',
    0,
    [0, 0],
    [0, 0.1],
    'greenBook',
    'HM Treasury Green Book social time preference rate is 3.5% a year for the first 30 years. Applied to gross and cost: year t is multiplied by 1/(1+r)^t. The other presets show cash (0%).',
    'A',
    0.005,
    true,
  ),
  costOverrun: pct(
    'Optimism bias: cost overrun',
    0,
    [0, 0],
    [0, 2],
    'greenBook',
    'The Green Book asks appraisers to adjust explicitly for optimism bias; its published uplifts are for capital and works projects, so no figure is set here: 0 in every preset, for the user to set.',
    'D',
    0.01,
  ),
  benefitShortfall: pct(
    'Optimism bias: benefit shortfall',
    0,
    [0, 0],
    [0, 0.9],
    'greenBook',
    'The Green Book asks for explicit optimism-bias adjustments; none is published for benefits of a service like this, so 0 in every preset, for the user to set.',
    'D',
    0.01,
  ),
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
          detail:
            'Baseline use per person-year before the programme. An assumption consistent with high-risk cohorts, not a measured figure; range ±50%.',
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
