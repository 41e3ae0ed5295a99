/**
 * The explorer's state: one rune class. Inputs are $state; the scenario, the
 * model result and every area's summary are $derived, so one change to an input
 * reruns the model once and every view reads the same result in the same frame.
 */
import type { Dataset } from '../data/types.ts';
import type { OwnAreas } from '../areas/own-areas.ts';
import { areasById, summariesById } from './indexes.ts';
import { areaIdSet } from '../data/geography.ts';
import {
  presetValues,
  run,
  MAX_HORIZON,
  PRESETS,
  type AreaResult,
  type AreaSummary,
  type ParamId,
  type ParamValues,
  type PresetId,
  type RunResult,
  type Scenario,
  type ScenarioSettings,
  type Summaries,
} from '../model/index.ts';
import { decodeQuery, encodeQuery, snapToStep } from './url.ts';
import {
  DEFAULT_STATE,
  otherPreset,
  type MapForm,
  type MetricId,
  type ScenarioB,
  type StackBy,
  type ViewId,
  type ViewState,
} from './view-state.ts';

export class Explorer {
  /** Every id an area selector may hold. */
  readonly areaIds: ReadonlySet<string>;

  view = $state<ViewId>(DEFAULT_STATE.view);
  preset = $state<PresetId>(DEFAULT_STATE.preset);
  /** Replaced, never changed in place: a raw object, so each step makes no proxy. */
  changes = $state.raw<Partial<ParamValues>>({});
  /** Years, prices, population and delivery; replaced whole, like `changes`. */
  settings = $state.raw<ScenarioSettings>(DEFAULT_STATE.settings);
  area = $state(DEFAULT_STATE.area);
  metric = $state<MetricId>(DEFAULT_STATE.metric);
  /** The Compare view's difference map measure. */
  diff = $state<MetricId>(DEFAULT_STATE.diff);
  map = $state<MapForm>(DEFAULT_STATE.map);
  stack = $state<StackBy>(DEFAULT_STATE.stack);
  /** Monte Carlo draws and seed of the uncertainty range. */
  draws = $state(DEFAULT_STATE.draws);
  seed = $state(DEFAULT_STATE.seed);
  /** Presenter mode and its scene (1-based). */
  present = $state(DEFAULT_STATE.present);
  scene = $state(DEFAULT_STATE.scene);
  /** Scenario B of the Compare view (null until one is chosen). */
  b = $state<ScenarioB | null>(DEFAULT_STATE.b);
  /** Borough under the pointer or keyboard focus, shared by the map and charts. */
  hover = $state<string | null>(null);
  /** Plain-language notices about the link that opened the page. */
  notices = $state<string[]>([]);

  readonly presetInfo = $derived(PRESETS[this.preset]);
  readonly presetValues: ParamValues = $derived.by(() => presetValues(this.preset, this.calibration));
  readonly values: ParamValues = $derived({ ...this.presetValues, ...this.changes });
  readonly scenario: Scenario = $derived({ ...this.settings, preset: this.preset, values: this.values });
  readonly result: RunResult = $derived.by(() => run(this.scenario, this.data));
  readonly areas: ReadonlyMap<string, AreaResult> = $derived(areasById(this.result));
  readonly summaries: Summaries = $derived(summariesById(this.result));
  readonly selected: AreaResult = $derived(this.areas.get(this.area) ?? this.result.london);
  readonly selectedSummary: AreaSummary = $derived(this.summaries.get(this.selected.id) as AreaSummary);
  readonly changedIds: ParamId[] = $derived(Object.keys(this.changes) as ParamId[]);
  readonly viewState: ViewState = $derived({
    view: this.view,
    preset: this.preset,
    changes: this.changes,
    settings: this.settings,
    area: this.area,
    metric: this.metric,
    diff: this.diff,
    map: this.map,
    stack: this.stack,
    draws: this.draws,
    seed: this.seed,
    present: this.present,
    scene: this.scene,
    b: this.b,
  });
  /** The link: the scenario, never one's own data (not even an area's code). */
  readonly query: string = $derived.by(() =>
    encodeQuery(this.own ? { ...this.viewState, area: DEFAULT_STATE.area } : this.viewState),
  );

  /**
   * `calibration` is the built-in London data, which the HLP reconstruction is calibrated
   * on whatever areas are shown; `own` says the areas are the user's own file.
   */
  constructor(
    readonly data: Dataset,
    readonly calibration: Dataset = data,
    readonly own: OwnAreas | null = null,
  ) {
    this.areaIds = areaIdSet(data);
  }

  /** Set a parameter (snapped to its step); a value equal to the preset's is not a change. */
  setParam(id: ParamId, value: number): void {
    const v = snapToStep(id, value);
    if (v === this.presetValues[id]) this.resetParam(id);
    else this.changes = { ...this.changes, [id]: v };
  }

  resetParam(id: ParamId): void {
    if (!(id in this.changes)) return;
    const next = { ...this.changes };
    delete next[id];
    this.changes = next;
  }

  resetAll(): void {
    this.changes = {};
  }

  /** Show a view. The Compare view needs a scenario B: without one, B is the first preset that is not A's. */
  showView(id: ViewId): void {
    if (id === 'compare' && !this.b) this.b = { preset: otherPreset(this.preset), changes: {} };
    this.view = id;
  }

  /** Change some settings; the horizon keeps within its limits of the first year. */
  setSettings(next: Partial<ScenarioSettings>): void {
    const s = { ...this.settings, ...next };
    if (next.startYear !== undefined && next.endYear === undefined)
      s.endYear = s.startYear + (this.settings.endYear - this.settings.startYear);
    s.endYear = Math.min(s.startYear + MAX_HORIZON, Math.max(s.startYear + 1, s.endYear));
    this.settings = s;
  }

  /** Switch preset; changes made on top of the old preset are dropped, and its settings come back. */
  setPreset(id: PresetId): void {
    this.preset = id;
    this.changes = {};
    this.settings = PRESETS[id].settings;
  }

  apply(state: ViewState): void {
    this.view = state.view;
    this.preset = state.preset;
    this.changes = state.changes;
    this.settings = state.settings;
    this.area = state.area;
    this.metric = state.metric;
    this.diff = state.diff;
    this.map = state.map;
    this.stack = state.stack;
    this.draws = state.draws;
    this.seed = state.seed;
    this.present = state.present;
    this.scene = state.scene;
    this.b = state.b;
  }

  /** Read a query string; notices say what was changed or ignored. */
  applyQuery(query: string): void {
    const { state, notices } = decodeQuery(query, this.areaIds);
    this.apply(state);
    this.notices = notices;
  }

  areaName(id: string): string {
    const i = this.summaries.index.get(id);
    return (i === undefined ? undefined : this.result.areaInfo[i]?.name) ?? id;
  }
}
