/**
 * How the Monte Carlo's work arrays are laid out. Values read together sit together,
 * one typed array per kind of value: a browser checks every typed array it reads
 * (its memory sandbox), so a loop over one interleaved array runs several times
 * faster there than the same loop over a dozen separate ones.
 *
 * A pair is a borough and a draw of the block, p = b * size + d.
 */

/** Per pair, [p * PAIR + k]: each programme's multiple of the shared flow (0 where the pair has its own), capacity, link workers per start and per unit of path. */
export const PAIR = 5;
export const FACTOR_SP = 0;
export const FACTOR_EPP = 1;
export const CAPACITY = 2;
export const FTE_PER_START = 3;
export const FTE_PER_PATH = 4;

/** Weights per pair, [p * WEIGHTS + programme * PER_PROGRAMME + k]; programme 0 is social prescribing, 1 the expert patient programme. */
export const PER_PROGRAMME = 7;
export const WEIGHTS = 2 * PER_PROGRAMME;
export const W_SCALE = 0;
export const W_HOSPITAL = 1;
export const W_PRIMARY = 2;
export const W_BENEFIT = 3;
export const W_GP = 4;
export const W_WELLBYS = 5;
export const W_PER_START = 6;

/** Flow sums per pair, [p * SUMS + programme * PER_SUM + k], and of the shared flow per draw, [d * PER_SUM + k]. */
export const PER_SUM = 5;
export const SUMS = 2 * PER_SUM;
export const S_ACTIVE = 0;
export const S_ACTIVE_PLAIN = 1;
export const S_STARTS = 2;
export const S_STARTS_PLAIN = 3;
export const S_STARTS_PAY = 4;

/** An area's years within a block, [(t * n + d) * YEARS + k]: NHS benefits, cost, link workers, starts. */
export const YEARS = 4;
export const Y_GROSS = 0;
export const Y_COST = 1;
export const Y_FTE = 2;
export const Y_STARTS = 3;

/** An area's coefficients on the shared flow, [d * COEFS + k]: benefit, people, cost per start, link workers per start and per unit of path. */
export const COEFS = 5;
export const C_BENEFIT = 0;
export const C_SCALE = 1;
export const C_PER_START = 2;
export const C_FTE_PER_START = 3;
export const C_FTE_PER_PATH = 4;
