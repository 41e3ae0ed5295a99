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
import { stateFields } from './fields.svelte.ts';
import {
  DEFAULT_STATE,
  assignState,
  otherPreset,
  pickState,
  type ViewId,
  type ViewState,
} from './view-state.ts';

/**
 * The explorer's inputs: one reactive field per key of the view state, made from its codec
 * table (view-state.ts), so a key added there is a field here and in the link.
 */
export class Explorer extends stateFields<ViewState>(DEFAULT_STATE) {
  /** Every id an area selector may hold. */
  readonly areaIds: ReadonlySet<string>;

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
  readonly viewState: ViewState = $derived(pickState(this));
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
    super();
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
    assignState(this, state);
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
