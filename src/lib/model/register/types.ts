/** The shape of the parameter register (MODEL.md section 1): every assumption with its range and source. */
import type { CohortId, ProgrammeId, ServiceId } from '../dimensions.ts';
import type { SourceId } from '../sources.ts';

export type ParamId =
  | 'growth'
  | 'alpha'
  | `share_${CohortId}`
  | 'k'
  | 'turnover'
  | 'reReferralYears'
  | 'firstYearFraction'
  | 'duration'
  | 'persistence'
  | `eff_${ProgrammeId}_${ServiceId}`
  | 'wellbeingGain'
  | 'wellbyValue'
  | `cost_${ServiceId}`
  | `cost2324_${ServiceId}`
  | 'uplift'
  | 'startRate'
  | 'rampYears'
  | 'uptake'
  | `costPerStart_${ProgrammeId}`
  | 'lwCaseload'
  | 'lwPer10k'
  | 'lwOverheads'
  | 'activityCost'
  | 'discount'
  | 'costOverrun'
  | 'benefitShortfall'
  | `use_${CohortId}_${ServiceId}`;

export type ParamValues = Record<ParamId, number>;

export type ParamGroup =
  | 'population'
  | 'cohorts'
  | 'flow'
  | 'effects'
  | 'wellbeing'
  | 'unitCosts'
  | 'implementation'
  | 'linkWorkers'
  | 'appraisal'
  | 'baselineUse';

export const GROUPS: { id: ParamGroup; label: string }[] = [
  { id: 'population', label: 'Population and need' },
  { id: 'cohorts', label: 'Who could benefit (cohorts)' },
  { id: 'flow', label: 'People flow and lasting benefit' },
  { id: 'effects', label: 'Effects on NHS use' },
  { id: 'wellbeing', label: 'Wellbeing' },
  { id: 'unitCosts', label: 'NHS unit costs' },
  { id: 'implementation', label: 'Implementation' },
  { id: 'linkWorkers', label: 'Link workers' },
  { id: 'appraisal', label: 'Appraisal' },
  { id: 'baselineUse', label: 'Baseline NHS use (advanced)' },
];

/**
 * How a value is shown: 'percent' values are stored as fractions; 'points' are on the
 * 0-10 life-satisfaction scale; 'people' is a count a year.
 */
export type Unit = 'percent' | 'gbp' | 'years' | 'ratio' | 'perYear' | 'people' | 'points';

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
  /** Money only: the financial year (by its first calendar year) whose prices the value is in. */
  priceYear?: number;
}

export type Def = Omit<ParamDef, 'id' | 'group'>;

/** A percentage parameter (stored as a fraction). */
export const pct = (
  label: string,
  value: number,
  [low, high]: [number, number],
  [min, max]: [number, number],
  source: SourceId,
  grade: Grade,
  step = 0.005,
  verified = false,
): Def => ({ label, unit: 'percent', default: value, min, max, step, low, high, source, grade, verified });

/** A money parameter at the prices of `priceYear`. */
export const gbp = (
  label: string,
  value: number,
  evidence: [number, number],
  [min, max, step]: [number, number, number],
  source: SourceId,
  grade: Grade,
  priceYear: number,
  verified = false,
): Def => ({
  ...pct(label, value, evidence, [min, max], source, grade, step, verified),
  unit: 'gbp',
  priceYear,
});

/** Any other parameter. */
export const plain = (
  unit: Unit,
  label: string,
  value: number,
  [low, high]: [number, number],
  [min, max, step]: [number, number, number],
  source: SourceId,
  grade: Grade,
  verified = false,
): Def => ({ label, unit, default: value, min, max, step, low, high, source, grade, verified });
