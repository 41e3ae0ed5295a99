/** Uncertainty and sensitivity (MODEL.md section 6): pure functions, no I/O, so they run in a worker. */
export { seededRandom, seededUniforms, triangular, type Random } from './random.ts';
export {
  variedParams,
  sampleColumns,
  uncertainParams,
  type ParamColumns,
  type VariedParam,
} from './sample.ts';
export { quantiles } from './quantiles.ts';
export { histogram } from './histogram.ts';
export { monteCarloFirst, findUncertainty, MANY_LEAVES } from './monte-carlo.ts';
export { monteCarlo, monteCarloLeaves, withLeaves } from './every-leaf.ts';
export { DEFAULT_DRAWS, DEFAULT_SEED, BCR_BINS } from './defaults.ts';
export { monteCarloDraws, evaluateDraws, type DrawResults } from './draws.ts';
export { tornado, tornadoNet } from './tornado.ts';
export { switchingValue, SWITCHING_GRID } from './switching.ts';
export type {
  AreaDetail,
  AreaUncertainty,
  Histogram,
  Interval,
  MonteCarloOptions,
  MonteCarloResult,
  SensitivityOptions,
  TornadoRow,
} from './types.ts';
