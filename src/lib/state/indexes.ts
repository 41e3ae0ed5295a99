/** Lookups of a run by area id: made on first get and kept for the run (model/area-map.ts). */
import type { AreaResult, RunResult, Summaries } from '../model/index.ts';

export function areasById(result: RunResult): ReadonlyMap<string, AreaResult> {
  return result.areas;
}

export function summariesById(result: RunResult): Summaries {
  return result.summaries;
}
