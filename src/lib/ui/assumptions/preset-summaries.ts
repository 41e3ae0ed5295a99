/**
 * What each preset is, in a sentence, for the preset picker: words for the page, kept apart
 * from the model's presets so the model (which the worker loads too) carries none of them.
 */
import type { PresetId } from '../../model/index.ts';

export const PRESET_SUMMARIES: Record<PresetId, string> = {
  'evidence-2026':
    'Planning from 2026/27 on the strongest designs (randomised trials and controlled studies), with today’s link worker numbers, pay, unit costs and populations, discounted as the Green Book asks.',
  hlp2017:
    "Calibrated to reproduce the published £533m of London NHS savings by 2021, read as hospital activity only. Not HLP's own borough figures: its detailed tables were never published.",
  'evidence-central':
    'Effects from published evaluations (uncontrolled studies), a four-year ramp to 20% of the eligible a year, and benefits lasting two years.',
  'evidence-conservative':
    'Smaller effects, no effect of expert patient programmes (as in the randomised trial), slow roll-out and one year of benefit.',
  'green-book':
    'The central evidence scenario discounted at the Treasury rate of 3.5% a year, with optimism bias adjustments to set.',
};
