/** Lookup tables rebuilt whole on each model run (immutable, so plain Maps are right). */
import type { Dataset } from '../data/types.ts';
import { allAreas, summarise, type AreaResult, type AreaSummary, type RunResult } from '../model/index.ts';

export function areasById(result: RunResult): ReadonlyMap<string, AreaResult> {
  return new Map(allAreas(result).map((a) => [a.id, a]));
}

export function summariesById(result: RunResult): ReadonlyMap<string, AreaSummary> {
  return new Map(allAreas(result).map((a) => [a.id, summarise(a)]));
}

/** Every id an area selector may hold: London, Inner, Outer, STPs, boroughs. */
export function areaIdSet(data: Dataset): ReadonlySet<string> {
  return new Set([
    'london',
    'inner',
    'outer',
    ...data.stps.map((s) => s.code),
    ...data.boroughs.map((b) => b.code),
  ]);
}
