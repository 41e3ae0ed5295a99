/** Lookup tables rebuilt whole on each model run (immutable, so plain Maps are right). */
import { allAreas, summarise, type AreaResult, type AreaSummary, type RunResult } from '../model/index.ts';

export function areasById(result: RunResult): ReadonlyMap<string, AreaResult> {
  return new Map(allAreas(result).map((a) => [a.id, a]));
}

export function summariesById(result: RunResult): ReadonlyMap<string, AreaSummary> {
  return new Map(allAreas(result).map((a) => [a.id, summarise(a)]));
}
