/** Valid view states, one arbitrary per key of the codec table: a key without one does not compile. */
import fc from 'fast-check';
import { mainGrouping } from '../../../src/lib/data/geography.ts';
import { PARAMS, PRESET_IDS, paramDef } from '../../../src/lib/model/index.ts';
import { snapToStep } from '../../../src/lib/state/read.ts';
import {
  MAP_FORMS,
  MAX_DRAWS,
  MAX_SEED,
  METRICS,
  MIN_DRAWS,
  SCENE_COUNT,
  STACKS,
  VIEWS,
  type ViewState,
} from '../../../src/lib/state/view-state.ts';
import { data } from '../model/fixtures.ts';
import { settingsArb } from '../model/arbitraries.ts';

/** Every area id of the built-in data. */
export const AREAS: ReadonlySet<string> = new Set([
  'london',
  'inner',
  'outer',
  ...mainGrouping(data.geography).groups.map((s) => s.code),
  ...data.boroughs.map((b) => b.code),
]);

/** Changes on the slider's grid, within range. */
export const changesArb = fc
  .subarray(PARAMS.map((p) => p.id))
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .double({ min: paramDef(id).min, max: paramDef(id).max, noNaN: true })
          .map((x) => [id, snapToStep(id, x)] as const),
      ),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs));

export const FIELD_ARBS: { [K in keyof ViewState]: fc.Arbitrary<ViewState[K]> } = {
  view: fc.constantFrom(...VIEWS),
  preset: fc.constantFrom(...PRESET_IDS),
  area: fc.constantFrom(...AREAS),
  metric: fc.constantFrom(...METRICS),
  diff: fc.constantFrom(...METRICS),
  map: fc.constantFrom(...MAP_FORMS),
  stack: fc.constantFrom(...STACKS),
  settings: settingsArb,
  draws: fc.integer({ min: MIN_DRAWS, max: MAX_DRAWS }),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  present: fc.boolean(),
  scene: fc.integer({ min: 1, max: SCENE_COUNT }),
  changes: changesArb,
  b: fc.option(fc.record({ preset: fc.constantFrom(...PRESET_IDS), changes: changesArb }), { nil: null }),
};

/** Any state a link can hold: the Compare view always has a B. */
export const viewStateArb: fc.Arbitrary<ViewState> = fc
  .record(FIELD_ARBS)
  .filter((s) => s.view !== 'compare' || s.b !== null);
