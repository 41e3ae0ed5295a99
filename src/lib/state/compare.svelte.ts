/**
 * Scenario B of the Compare view, as a rune class used only by that view (so it
 * is not in the first load). B's preset and changes live in the Explorer (and so
 * in the link); B shares A's settings (years, prices, population, delivery) and area,
 * so the two runs differ only in their assumptions. B's model run happens only while Compare shows.
 */
import {
  PRESETS,
  presetValues,
  run,
  type AreaSummary,
  type Summaries,
  type ParamId,
  type ParamValues,
  type PresetId,
  type RunResult,
  type Scenario,
} from '../model/index.ts';
import { otherPreset, type MetricId, type ScenarioB } from './view-state.ts';
import type { Explorer } from './explorer.svelte.ts';
import { summariesById } from './indexes.ts';
import { snapToStep } from './url.ts';

/** B when the link gives none: the first preset that is not A's. */
export function defaultB(a: PresetId): ScenarioB {
  return { preset: otherPreset(a), changes: {} };
}

export class Compare {
  /** A getter, so the explorer is read where it is used (the page may put another in its place). */
  constructor(private readonly getExplorer: () => Explorer) {}

  private get explorer(): Explorer {
    return this.getExplorer();
  }

  /** The measure the difference map shows; kept in the Explorer, and so in the link. */
  get metric(): MetricId {
    return this.explorer.diff;
  }
  set metric(m: MetricId) {
    this.explorer.diff = m;
  }

  readonly state: ScenarioB = $derived(this.explorer.b ?? defaultB(this.explorer.preset));
  readonly preset: PresetId = $derived(this.state.preset);
  readonly changes: Partial<ParamValues> = $derived(this.state.changes);
  readonly presetInfo = $derived(PRESETS[this.preset]);
  readonly presetValues: ParamValues = $derived.by(() =>
    presetValues(this.preset, this.explorer.calibration),
  );
  readonly values: ParamValues = $derived({ ...this.presetValues, ...this.changes });
  readonly changedIds: ParamId[] = $derived(Object.keys(this.changes) as ParamId[]);
  readonly scenario: Scenario = $derived({
    ...this.explorer.settings,
    preset: this.preset,
    values: this.values,
  });
  readonly result: RunResult = $derived.by(() => run(this.scenario, this.explorer.data));
  readonly summaries: Summaries = $derived(summariesById(this.result));
  /** B's figures for A's selected area. */
  readonly selectedSummary: AreaSummary = $derived(
    (this.summaries.get(this.explorer.selected.id) ?? this.summaries.get('london')) as AreaSummary,
  );

  private set(state: ScenarioB): void {
    this.explorer.b = state;
  }

  /** Set one of B's parameters (snapped to its step); B's preset value is not a change. */
  setParam(id: ParamId, value: number): void {
    const v = snapToStep(id, value);
    if (v === this.presetValues[id]) this.resetParam(id);
    else this.set({ preset: this.preset, changes: { ...this.changes, [id]: v } });
  }

  resetParam(id: ParamId): void {
    if (!(id in this.changes)) return;
    const next = { ...this.changes };
    delete next[id];
    this.set({ preset: this.preset, changes: next });
  }

  resetAll(): void {
    this.set({ preset: this.preset, changes: {} });
  }

  /** Switch B's preset; changes made to B on top of the old preset are dropped. */
  setPreset(id: PresetId): void {
    this.set({ preset: id, changes: {} });
  }

  /** Make B a copy of A as it stands: its preset and every change. */
  copyFromA(): void {
    this.set({ preset: this.explorer.preset, changes: { ...this.explorer.changes } });
  }
}
