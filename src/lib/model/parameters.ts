/**
 * The parameter register: every assumption of the model, with its range,
 * evidence range (low/high for uncertainty; the mode is the current value),
 * source and confidence grade. Values are in model units: shares and effects
 * are fractions (0.2 = 20%), money is pounds at the parameter's own price year.
 */
import {
  GROUPS,
  type Def,
  type ParamDef,
  type ParamGroup,
  type ParamId,
  type ParamValues,
} from './register/types.ts';
import { cohorts, effects, flow, population, wellbeing } from './register/people.ts';
import { appraisal, baselineUse, implementation, linkWorkers, unitCosts } from './register/costs.ts';
import type { ScenarioSettings } from './scenario.ts';

export { GROUPS };
export type { Grade, ParamDef, ParamGroup, ParamId, ParamValues, Unit } from './register/types.ts';

const BY_GROUP: Record<ParamGroup, Partial<Record<ParamId, Def>>> = {
  population,
  cohorts,
  flow,
  effects,
  wellbeing,
  unitCosts,
  implementation,
  linkWorkers,
  appraisal,
  baselineUse,
};

export const PARAMS: readonly ParamDef[] = GROUPS.flatMap(({ id: group }) =>
  Object.entries(BY_GROUP[group]).map(([id, def]) => ({ id: id as ParamId, group, ...(def as Def) })),
);

export const PARAM_BY_ID: ReadonlyMap<ParamId, ParamDef> = new Map(PARAMS.map((p) => [p.id, p]));

export function isParamId(id: string): id is ParamId {
  return PARAM_BY_ID.has(id as ParamId);
}

export function paramDef(id: ParamId): ParamDef {
  const def = PARAM_BY_ID.get(id);
  if (!def) throw new Error(`Unknown parameter "${id}"`);
  return def;
}

/** The base values: every parameter at its default. */
export function defaultValues(): ParamValues {
  return Object.fromEntries(PARAMS.map((p) => [p.id, p.default])) as ParamValues;
}

/**
 * Whether a parameter can change the results under these settings: the unit costs
 * of the other edition, the link worker inputs of the 2017 costing, the all-in cost
 * per start of the link worker costings and the link workers per 10,000 adults of the
 * demand-led one do not.
 */
export function paramApplies(id: ParamId, s: Pick<ScenarioSettings, 'delivery' | 'unitCosts'>): boolean {
  if (id.startsWith('cost2324_')) return s.unitCosts === '2023-24';
  if (id.startsWith('cost_')) return s.unitCosts === '2015-16';
  if (id === 'costPerStart_sp') return s.delivery === 'perStart';
  if (id === 'lwPer10k') return s.delivery === 'capacityLed';
  if (id === 'lwOverheads' || id === 'activityCost') return s.delivery !== 'perStart';
  return true;
}
