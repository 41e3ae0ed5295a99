/**
 * The Monte Carlo defaults, apart from the code that draws: the first screen names them
 * (the link's defaults, "10,000 runs") without loading the draws' code.
 */

/** About how many bars the benefit-cost ratio histograms have (one more when the grid shifts to put an edge at 1). */
export const BCR_BINS = 30;

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 1;
