/** Model results for the chart-data tests: the real generated dataset, fixed presets. */
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { presetScenario, run, type PresetId, type RunResult } from '../../../src/lib/model/index.ts';
import { summariesById } from '../../../src/lib/state/indexes.ts';

export const data = loadDatasetFromDisk();

export function result(preset: PresetId, endYear?: number): RunResult {
  const s = presetScenario(preset, data);
  return run(endYear === undefined ? s : { ...s, endYear }, data);
}

export function summaries(r: RunResult) {
  return summariesById(r);
}

export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
