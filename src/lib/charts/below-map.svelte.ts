/**
 * The charts under the map are one chunk, fetched once by whoever wants it first:
 * the explorer (at the first input, when the space under the map nears the screen,
 * or from its "Show the charts" button) or the Print brief button.
 */
import { Loader } from '../lazy/loader.svelte.ts';

/** Whether the charts under the map should be on the page. */
export const belowMap = $state({ wanted: false });

/** The chunk's code. */
export const chartsBelowMap = new Loader('The charts below the map', () => import('./ChartsBelowMap.svelte'));

/** Ask for the charts under the map; resolves when their code has arrived, rejects if it cannot. */
export function wantChartsBelowMap(): ReturnType<typeof chartsBelowMap.load> {
  belowMap.wanted = true;
  return chartsBelowMap.load();
}
