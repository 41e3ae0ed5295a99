/**
 * The four presets of MODEL.md section 4. Each is a set of overrides on the
 * register's defaults (which are the reconstruction's starting values).
 */
import type { Dataset } from '../data/types.ts';
import { defaultValues, type ParamId, type ParamValues } from './parameters.ts';
import { calibrateK } from './calibrate.ts';
import type { Scenario } from './scenario.ts';
import { DEFAULT_END_YEAR } from './years.ts';

export const PRESET_IDS = ['hlp2017', 'evidence-central', 'evidence-conservative', 'green-book'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface PresetInfo {
  id: PresetId;
  label: string;
  /** 'reconstruction' reproduces HLP's headline; 'evidence' rests on published evaluations. */
  kind: 'reconstruction' | 'evidence';
  summary: string;
}

export const PRESETS: Record<PresetId, PresetInfo> = {
  hlp2017: {
    id: 'hlp2017',
    label: 'HLP 2017 headline (reconstructed)',
    kind: 'reconstruction',
    summary:
      "Calibrated to reproduce the published £533m of London NHS savings by 2021. Not HLP's own borough figures: its detailed tables were never published.",
  },
  'evidence-central': {
    id: 'evidence-central',
    label: 'Evidence: central',
    kind: 'evidence',
    summary:
      'Effects from published evaluations (uncontrolled studies), a four-year ramp to 20% of the eligible a year, and benefits lasting two years.',
  },
  'evidence-conservative': {
    id: 'evidence-conservative',
    label: 'Evidence: conservative',
    kind: 'evidence',
    summary:
      'Smaller effects, no effect of expert patient programmes (as in the randomised trial), slow roll-out and one year of benefit.',
  },
  'green-book': {
    id: 'green-book',
    label: 'Green Book appraisal',
    kind: 'evidence',
    summary:
      'The central evidence scenario discounted at the Treasury rate of 3.5% a year, with optimism bias adjustments to set.',
  },
};

const CENTRAL: Partial<ParamValues> = {
  eff_sp_gp: 0.2,
  eff_sp_ae: 0.2,
  eff_sp_nel: 0.1,
  eff_sp_op: 0.05,
  startRate: 0.2,
  rampYears: 4,
  duration: 2,
  firstYearFraction: 0.5,
  k: 1,
};

const OVERRIDES: Record<Exclude<PresetId, 'hlp2017'>, Partial<ParamValues>> = {
  'evidence-central': CENTRAL,
  'evidence-conservative': {
    eff_sp_gp: 0.1,
    eff_sp_ae: 0.17,
    eff_sp_nel: 0.07,
    eff_sp_op: 0.05,
    eff_epp_gp: 0,
    eff_epp_ae: 0,
    eff_epp_nel: 0,
    eff_epp_op: 0,
    startRate: 0.08,
    rampYears: 4,
    duration: 1,
    firstYearFraction: 0.5,
    k: 1,
  },
  'green-book': { ...CENTRAL, discount: 0.035 },
};

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

/** Parameter values of a preset before calibration (k = 1 for the reconstruction). */
export function uncalibratedValues(id: PresetId): ParamValues {
  const values = defaultValues();
  if (id === 'hlp2017') return values;
  for (const [key, v] of Object.entries(OVERRIDES[id])) values[key as ParamId] = v as number;
  return values;
}

const calibrated = new WeakMap<Dataset, number>();

/** The reconstruction's calibration factor k for this dataset (3 significant figures), computed once. */
export function hlpCalibrationK(data: Dataset): number {
  let k = calibrated.get(data);
  if (k === undefined) {
    k = calibrateK(
      {
        preset: 'hlp2017',
        values: uncalibratedValues('hlp2017'),
        endYear: DEFAULT_END_YEAR,
        population: 'projected',
      },
      data,
    );
    calibrated.set(data, k);
  }
  return k;
}

/** The full values of a preset, calibrated where the preset calls for it. */
export function presetValues(id: PresetId, data: Dataset): ParamValues {
  const values = uncalibratedValues(id);
  if (id === 'hlp2017') values.k = hlpCalibrationK(data);
  return values;
}

/** A preset's scenario with its default horizon (2017/18-2020/21) and projected population. */
export function presetScenario(id: PresetId, data: Dataset): Scenario {
  return { preset: id, values: presetValues(id, data), endYear: DEFAULT_END_YEAR, population: 'projected' };
}
