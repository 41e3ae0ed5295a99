/**
 * The charts under the map are one chunk, fetched once by whoever wants it first:
 * the explorer (at the first input, when the space under the map nears the screen,
 * or from its "Show the charts" button) or the Print brief button.
 */
type Chunk = typeof import('./ChartsBelowMap.svelte');

let chunk: Promise<Chunk> | null = null;

/** Whether the charts under the map should be on the page. */
export const belowMap = $state({ wanted: false });

/** The chunk's code, fetched on the first call. */
export function chartsBelowMap(): Promise<Chunk> {
  chunk ??= import('./ChartsBelowMap.svelte');
  return chunk;
}

/** Ask for the charts under the map; resolves when their code has arrived. */
export function wantChartsBelowMap(): Promise<Chunk> {
  belowMap.wanted = true;
  return chartsBelowMap();
}
