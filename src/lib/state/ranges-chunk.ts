/** What the page loads after its first paint to work out ranges, as one chunk: the explorer's and the first screen's. */
export { Uncertainty } from './uncertainty.svelte.ts';
export { PresetRanges } from './preset-ranges.svelte.ts';
