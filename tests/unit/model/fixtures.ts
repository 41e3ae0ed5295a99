/** The real generated dataset (npm run data writes it) and small helpers for model tests. */
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import {
  presetScenario,
  run,
  summarise,
  type PresetId,
  type Scenario,
} from '../../../src/lib/model/index.ts';

export const data = loadDatasetFromDisk();

export function scenario(
  preset: PresetId,
  changes: Partial<Scenario['values']> = {},
  extra: Partial<Scenario> = {},
): Scenario {
  const base = presetScenario(preset, data);
  return { ...base, ...extra, values: { ...base.values, ...changes } };
}

/** London totals for a scenario. */
export function london(s: Scenario) {
  return summarise(run(s, data).london);
}

export function relClose(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
