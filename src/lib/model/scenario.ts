/** A scenario: everything the model needs besides the data. */
import { PARAMS, type ParamValues } from './parameters.ts';
import { FIRST_END_YEAR, LAST_END_YEAR } from './years.ts';
import type { PresetId } from './presets.ts';

export type PopulationMode = 'projected' | 'observed';

export interface Scenario {
  /** The preset the values started from (for labels and "changed" markers). */
  preset: PresetId;
  values: ParamValues;
  /** Horizon: the last financial year ends in March of endYear (2021 = "by 2021"). */
  endYear: number;
  /** 'projected' grows the 2016 base by g a year; 'observed' follows ONS estimates where they exist. */
  population: PopulationMode;
}

/** Thrown when a scenario is outside what the model accepts; the message names every problem. */
export class ScenarioError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid scenario: ${problems.join('; ')}`);
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

/** Every problem with a scenario, or [] if it is valid. */
export function scenarioProblems(s: Scenario): string[] {
  const problems: string[] = [];
  for (const p of PARAMS) {
    const v = s.values[p.id];
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${p.id} is not a number (${String(v)})`);
    else if (v < p.min || v > p.max) problems.push(`${p.id} = ${v} is outside ${p.min} to ${p.max}`);
  }
  if (!Number.isInteger(s.endYear) || s.endYear < FIRST_END_YEAR || s.endYear > LAST_END_YEAR) {
    problems.push(`endYear = ${s.endYear} is outside ${FIRST_END_YEAR} to ${LAST_END_YEAR}`);
  }
  if (s.population !== 'projected' && s.population !== 'observed') {
    problems.push(`population must be "projected" or "observed", not "${String(s.population)}"`);
  }
  return problems;
}

export function assertValidScenario(s: Scenario): void {
  const problems = scenarioProblems(s);
  if (problems.length > 0) throw new ScenarioError(problems);
}
