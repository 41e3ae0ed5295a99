/** A scenario: everything the model needs besides the data. */
import { PARAMS, type ParamValues } from './parameters.ts';
import { FIRST_START_YEAR, LAST_START_YEAR, MAX_HORIZON } from './years.ts';
import type { PresetId } from './preset-id.ts';

export type PopulationMode = 'projected' | 'observed';

/**
 * How social prescribing is delivered and costed (MODEL.md 8.3):
 * - perStart: the 2017 way, one cost per start and no limit on starts;
 * - demandLed: the start rate sets starts, link workers needed are an output;
 * - capacityLed: link workers set starts, capped by demand; unmet need is an output.
 */
export type Delivery = 'perStart' | 'demandLed' | 'capacityLed';
export const DELIVERIES: readonly Delivery[] = ['perStart', 'demandLed', 'capacityLed'];

/** Which services count towards NHS benefits (MODEL.md 8.7): hospital only, or hospital and GP. */
export type ServicesCounted = 'hospital' | 'all';
export const SERVICES_COUNTED: readonly ServicesCounted[] = ['hospital', 'all'];

/** Which editions of the NHS unit costs the model reads: those of 2015/16 or of 2023/24. */
export type CostEdition = '2015-16' | '2023-24';
export const COST_EDITIONS: readonly CostEdition[] = ['2015-16', '2023-24'];

/** Financial years (by the calendar year they start in) whose prices money can be shown at. */
export const FIRST_PRICE_YEAR = 2015;
export const LAST_PRICE_YEAR = 2030;

/** The settings of a scenario that are not parameters: years, prices and how it is delivered. */
export interface ScenarioSettings {
  /** First financial year, by the calendar year it starts in (2026 = 2026/27). */
  startYear: number;
  /** The last financial year ends in March of endYear (2021 = "by 2021"). */
  endYear: number;
  /** 'projected' grows the base population by g a year; 'observed' follows ONS estimates where they exist. */
  population: PopulationMode;
  /** Money is shown at the prices of this financial year (2024 = 2024/25). */
  priceYear: number;
  delivery: Delivery;
  services: ServicesCounted;
  unitCosts: CostEdition;
}

export interface Scenario extends ScenarioSettings {
  /** The preset the values started from (for labels and "changed" markers). */
  preset: PresetId;
  values: ParamValues;
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

const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Every problem with a scenario's settings, or [] if they are valid. */
export function settingsProblems(s: ScenarioSettings): string[] {
  const problems: string[] = [];
  if (!isWhole(s.startYear) || s.startYear < FIRST_START_YEAR || s.startYear > LAST_START_YEAR)
    problems.push(`startYear = ${s.startYear} is outside ${FIRST_START_YEAR} to ${LAST_START_YEAR}`);
  else if (!isWhole(s.endYear) || s.endYear <= s.startYear || s.endYear > s.startYear + MAX_HORIZON)
    problems.push(`endYear = ${s.endYear} must be 1 to ${MAX_HORIZON} years after startYear ${s.startYear}`);
  if (s.population !== 'projected' && s.population !== 'observed')
    problems.push(`population must be "projected" or "observed", not "${String(s.population)}"`);
  if (!isWhole(s.priceYear) || s.priceYear < FIRST_PRICE_YEAR || s.priceYear > LAST_PRICE_YEAR)
    problems.push(`priceYear = ${s.priceYear} is outside ${FIRST_PRICE_YEAR} to ${LAST_PRICE_YEAR}`);
  if (!DELIVERIES.includes(s.delivery))
    problems.push(`delivery must be one of ${DELIVERIES.join(', ')}, not "${String(s.delivery)}"`);
  if (!SERVICES_COUNTED.includes(s.services))
    problems.push(`services must be one of ${SERVICES_COUNTED.join(', ')}, not "${String(s.services)}"`);
  if (!COST_EDITIONS.includes(s.unitCosts))
    problems.push(`unitCosts must be one of ${COST_EDITIONS.join(', ')}, not "${String(s.unitCosts)}"`);
  return problems;
}

/** Every problem with a scenario, or [] if it is valid. */
export function scenarioProblems(s: Scenario): string[] {
  const problems: string[] = [];
  for (const p of PARAMS) {
    const v = s.values[p.id];
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${p.id} is not a number (${String(v)})`);
    else if (v < p.min || v > p.max) problems.push(`${p.id} = ${v} is outside ${p.min} to ${p.max}`);
  }
  return [...problems, ...settingsProblems(s)];
}

export function assertValidScenario(s: Scenario): void {
  const problems = scenarioProblems(s);
  if (problems.length > 0) throw new ScenarioError(problems);
}

/** The settings part of a scenario. */
export function settingsOf(s: ScenarioSettings): ScenarioSettings {
  const { startYear, endYear, population, priceYear, delivery, services, unitCosts } = s;
  return { startYear, endYear, population, priceYear, delivery, services, unitCosts };
}
