/**
 * What keeps thousands of areas quick, loaded only for them: London's 33 boroughs run in
 * well under a millisecond without it, and its first load stays light.
 */
import { useSharedPathRoute } from '../model/index.ts';

/** Past this many areas the quick route for a shared population path is loaded. */
export const MANY_AREAS = 200;

/** Loads the quick route before a run on `count` areas, where that many need it. Never throws: without it runs are slower, not different. */
export async function prepareForAreas(count: number): Promise<void> {
  if (count <= MANY_AREAS) return;
  try {
    const { runSharedLeaves } = await import('../model/pieces.ts');
    useSharedPathRoute(runSharedLeaves);
  } catch {
    // Each area's own flow gives the same figures.
  }
}
