/**
 * A preset's full values and scenario: its overrides on the register's defaults and, for
 * the HLP reconstruction, the calibration factor worked out by running the model. Apart
 * from presets.ts, so the presets' descriptions do not import the model.
 */
import type { Dataset } from '../data/types.ts';
import { calibrateK } from './calibrate.ts';
import type { ParamValues } from './parameters.ts';
import type { PresetId } from './preset-id.ts';
import { PRESETS, uncalibratedValues } from './presets.ts';
import type { Scenario } from './scenario.ts';

const calibrated = new WeakMap<Dataset, number>();

/** The reconstruction's calibration factor k for this dataset (3 significant figures), computed once. */
export function hlpCalibrationK(data: Dataset): number {
  let k = calibrated.get(data);
  if (k === undefined) {
    k = calibrateK(
      { preset: 'hlp2017', values: uncalibratedValues('hlp2017'), ...PRESETS.hlp2017.settings },
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

/** A preset's scenario with its own settings. */
export function presetScenario(id: PresetId, data: Dataset): Scenario {
  return { preset: id, values: presetValues(id, data), ...PRESETS[id].settings };
}
