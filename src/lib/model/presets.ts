/**
 * The presets: each is its settings (years, prices, delivery) and a set of overrides on
 * the register's defaults, which are the reconstruction's starting values. Where a
 * preset's value rests on another source than the register's, `sources` says which.
 */
import { defaultValues, type ParamId, type ParamValues } from './parameters.ts';
import type { ScenarioSettings } from './scenario.ts';
import type { PresetId } from './preset-id.ts';
import type { SourceId } from './sources.ts';

export interface PresetInfo {
  id: PresetId;
  label: string;
  /** 'reconstruction' reproduces HLP's headline; 'evidence' rests on published evaluations. */
  kind: 'reconstruction' | 'evidence';
  settings: ScenarioSettings;
  overrides: Partial<ParamValues>;
  /** Sources of overridden values, where they differ from the register's. */
  sources: Partial<Record<ParamId, SourceId>>;
}

/** The 2017 settings: HLP's horizon, 2015/16 prices and unit costs, a cost per start. */
const SETTINGS_2017: ScenarioSettings = {
  startYear: 2017,
  endYear: 2021,
  population: 'projected',
  priceYear: 2015,
  delivery: 'perStart',
  services: 'all',
  unitCosts: '2015-16',
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
const CENTRAL_SOURCES: Partial<Record<ParamId, SourceId>> = {
  eff_sp_gp: 'polley2017',
  eff_sp_ae: 'rotherham',
  eff_sp_nel: 'assumption',
  eff_sp_op: 'assumption',
};

export const PRESETS: Record<PresetId, PresetInfo> = {
  'evidence-2026': {
    id: 'evidence-2026',
    label: 'Evidence 2026: planning',
    kind: 'evidence',
    settings: {
      startYear: 2026,
      endYear: 2041,
      population: 'observed',
      priceYear: 2024,
      delivery: 'capacityLed',
      services: 'all',
      unitCosts: '2023-24',
    },
    overrides: {
      growth: 0.004,
      k: 1,
      turnover: 0.2,
      reReferralYears: 3,
      firstYearFraction: 0.5,
      duration: 3,
      persistence: 0.5,
      eff_sp_gp: 0.2,
      eff_sp_ae: 0.047,
      eff_sp_nel: 0.047,
      eff_sp_op: 0.047,
      eff_epp_gp: 0,
      eff_epp_ae: 0,
      eff_epp_nel: 0,
      eff_epp_op: 0,
      startRate: 0.2,
      rampYears: 1,
      discount: 0.035,
    },
    sources: {
      growth: 'onsMye',
      eff_sp_gp: 'gpControlled',
      eff_sp_ae: 'nasp2024',
      eff_sp_nel: 'nasp2024',
      eff_sp_op: 'nasp2024',
      eff_epp_gp: 'kennedy2007',
      eff_epp_ae: 'kennedy2007',
      eff_epp_nel: 'kennedy2007',
      eff_epp_op: 'kennedy2007',
    },
  },
  hlp2017: {
    id: 'hlp2017',
    label: 'HLP 2017 headline (reconstructed)',
    kind: 'reconstruction',
    settings: { ...SETTINGS_2017, services: 'hospital' },
    overrides: {},
    sources: {},
  },
  'evidence-central': {
    id: 'evidence-central',
    label: 'Evidence: central',
    kind: 'evidence',
    settings: SETTINGS_2017,
    overrides: CENTRAL,
    sources: CENTRAL_SOURCES,
  },
  'evidence-conservative': {
    id: 'evidence-conservative',
    label: 'Evidence: conservative',
    kind: 'evidence',
    settings: SETTINGS_2017,
    overrides: {
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
    sources: {
      eff_sp_gp: 'assumption',
      eff_sp_ae: 'rotherham',
      eff_sp_nel: 'rotherham',
      eff_sp_op: 'assumption',
      eff_epp_gp: 'kennedy2007',
      eff_epp_ae: 'kennedy2007',
      eff_epp_nel: 'kennedy2007',
      eff_epp_op: 'kennedy2007',
    },
  },
  'green-book': {
    id: 'green-book',
    label: 'Green Book appraisal',
    kind: 'evidence',
    settings: SETTINGS_2017,
    overrides: { ...CENTRAL, discount: 0.035 },
    sources: CENTRAL_SOURCES,
  },
};

/** Parameter values of a preset before calibration (k = 1 for the reconstruction). */
export function uncalibratedValues(id: PresetId): ParamValues {
  return { ...defaultValues(), ...PRESETS[id].overrides } as ParamValues;
}

/** The source of a preset's value of a parameter. */
export function presetSource(preset: PresetId, id: ParamId, registerSource: SourceId): SourceId {
  return PRESETS[preset].sources[id] ?? registerSource;
}
