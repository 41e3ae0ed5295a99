/** The whole screen state that lives in the URL. */
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  PRESETS,
  type ParamValues,
  type PresetId,
  type ScenarioSettings,
  PRESET_IDS,
} from '../model/index.ts';

export const VIEWS = ['explore', 'methodology', 'compare'] as const;
export type ViewId = (typeof VIEWS)[number];

export const METRICS = [
  'people',
  'perThousand',
  'supported',
  'supportedPerThousand',
  'fte',
  'hospital',
  'primaryCare',
  'gross',
  'net',
  'bcr',
  'netPerHead',
  'wellbeing',
] as const;
export type MetricId = (typeof METRICS)[number];

export const MAP_FORMS = ['geo', 'tile'] as const;
export type MapForm = (typeof MAP_FORMS)[number];

export const STACKS = ['programme', 'service'] as const;
export type StackBy = (typeof STACKS)[number];

/** Monte Carlo draws a link may ask for: enough for stable percentiles, few enough not to stall the worker. */
export const MIN_DRAWS = 100;
export const MAX_DRAWS = 100_000;
/** Seeds a link may give (the model takes any safe integer; a URL needs no more). */
export const MAX_SEED = 2 ** 31 - 1;

/** Scenes of presenter mode, numbered from 1 in the URL. */
export const SCENE_COUNT = 12;
/** Scenario B of the Compare view: a preset and the values that differ from it (A is the rest of the state). */
/** Scenario B's preset when a link or the Compare view gives none: the first preset that is not A's. */
export function otherPreset(a: PresetId): PresetId {
  return PRESET_IDS.find((id) => id !== a) ?? a;
}

export interface ScenarioB {
  preset: PresetId;
  changes: Partial<ParamValues>;
}

export interface ViewState {
  view: ViewId;
  preset: PresetId;
  /** Parameter values that differ from the preset's. */
  changes: Partial<ParamValues>;
  /** Years, prices, population and delivery: the preset's unless the link says otherwise. */
  settings: ScenarioSettings;
  /** 'london', 'inner', 'outer', an STP E54 code or a borough E09 code. */
  area: string;
  metric: MetricId;
  /** The measure of the Compare view's difference map. */
  diff: MetricId;
  map: MapForm;
  stack: StackBy;
  /** Monte Carlo draws and seed of the uncertainty range. */
  draws: number;
  seed: number;
  /** Presenter mode, and its scene (1 to SCENE_COUNT). */
  present: boolean;
  scene: number;
  /** The scenario compared with this one; kept while the link holds it, whichever view shows. */
  b: ScenarioB | null;
}

export const DEFAULT_PRESET: PresetId = 'evidence-2026';

export const DEFAULT_STATE: ViewState = {
  view: 'explore',
  preset: DEFAULT_PRESET,
  changes: {},
  settings: PRESETS[DEFAULT_PRESET].settings,
  area: 'london',
  metric: 'supportedPerThousand',
  diff: 'net',
  map: 'geo',
  stack: 'programme',
  draws: DEFAULT_DRAWS,
  seed: DEFAULT_SEED,
  present: false,
  scene: 1,
  b: null,
};
