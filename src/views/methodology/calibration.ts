/**
 * The calibration factor k of the reconstruction under both readings of HLP's £533m
 * (MODEL.md 8.7): hospital activity only (the preset's reading) and hospital and GP.
 * Worked out here with the model's own calibrateK, so a reader can check it.
 */
import type { Dataset } from '../../lib/data/types.ts';
import {
  HLP_HEADLINE_GBP,
  PRESETS,
  calibrateK,
  presetScenario,
  run,
  summarise,
  uncalibratedValues,
  type Scenario,
  type ServicesCounted,
} from '../../lib/model/index.ts';

export interface Reading {
  services: ServicesCounted;
  /** The reading the preset uses. */
  preset: boolean;
  /** London's NHS benefits counted over the preset's years with k = 1 (undiscounted, as calibrated). */
  grossAtOne: number;
  /** £533m divided by grossAtOne. */
  unrounded: number;
  /** k to three significant figures, as the model stores it. */
  k: number;
  /** London's NHS benefits with the rounded k. */
  grossAtK: number;
}

/** NHS benefits counted in London, in cash (the reconstruction does not discount). */
const londonGross = (s: Scenario, data: Dataset): number => summarise(run(s, data).london).grossCash;

/** Both readings, the preset's first. */
export function calibrationReadings(data: Dataset): Reading[] {
  const own = PRESETS.hlp2017.settings.services;
  const order: ServicesCounted[] = own === 'hospital' ? ['hospital', 'all'] : ['all', 'hospital'];
  return order.map((services) => {
    const scenario: Scenario = {
      ...presetScenario('hlp2017', data),
      values: { ...uncalibratedValues('hlp2017'), k: 1 },
      services,
    };
    const grossAtOne = londonGross(scenario, data);
    const k = calibrateK(scenario, data);
    return {
      services,
      preset: services === own,
      grossAtOne,
      unrounded: HLP_HEADLINE_GBP / grossAtOne,
      k,
      grossAtK: londonGross({ ...scenario, values: { ...scenario.values, k } }, data),
    };
  });
}

/** What each reading counts, for a table and within a sentence. */
export const READING_LABEL: Record<ServicesCounted, string> = {
  hospital: 'Hospital activity only',
  all: 'Hospital activity and GP appointments',
};
export const READING_WORDS: Record<ServicesCounted, string> = {
  hospital: 'hospital activity only',
  all: 'hospital activity and GP appointments',
};
