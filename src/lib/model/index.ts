/** The model's public face: everything views, the CLI and tests need. */
export * from './dimensions.ts';
export * from './years.ts';
export * from './sources.ts';
export * from './parameters.ts';
export * from './scenario.ts';
export * from './preset-id.ts';
export * from './presets.ts';
export * from './preset-values.ts';
export * from './results.ts';
export * from './prices.ts';
export { run, findArea, allAreas, groupsOf, useSharedPathRoute } from './run.ts';
export { COLUMN_KEYS, type AreaColumns } from './flat.ts';
export type { AreaInfo } from './core/plan.ts';
export { summarise, type AreaSummary } from './summary.ts';
export { calibrateK, HLP_HEADLINE_GBP, toSignificant } from './calibrate.ts';
export { sliceYears } from './window.ts';
export { makePlan, vintageFor, type Plan } from './core/plan.ts';
export * from './uncertainty/index.ts';
