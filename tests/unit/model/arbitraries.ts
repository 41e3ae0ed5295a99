/** fast-check generators for scenarios inside the parameter ranges. */
import fc from 'fast-check';
import {
  COST_EDITIONS,
  DELIVERIES,
  FIRST_PRICE_YEAR,
  FIRST_START_YEAR,
  LAST_PRICE_YEAR,
  LAST_START_YEAR,
  MAX_HORIZON,
  PARAMS,
  PRESET_IDS,
  SERVICES_COUNTED,
  type ParamValues,
  type Scenario,
  type ScenarioSettings,
} from '../../../src/lib/model/index.ts';

export const valuesArb: fc.Arbitrary<ParamValues> = fc.record(
  Object.fromEntries(
    PARAMS.map((p) => [
      p.id,
      p.step >= 1 && Number.isInteger(p.min)
        ? fc.integer({ min: p.min, max: p.max })
        : fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true }),
    ]),
  ) as Record<keyof ParamValues, fc.Arbitrary<number>>,
) as fc.Arbitrary<ParamValues>;

export const settingsArb: fc.Arbitrary<ScenarioSettings> = fc
  .integer({ min: FIRST_START_YEAR, max: LAST_START_YEAR })
  .chain((startYear) =>
    fc.record({
      startYear: fc.constant(startYear),
      endYear: fc.integer({ min: startYear + 1, max: startYear + MAX_HORIZON }),
      population: fc.constantFrom('projected' as const, 'observed' as const),
      priceYear: fc.integer({ min: FIRST_PRICE_YEAR, max: LAST_PRICE_YEAR }),
      delivery: fc.constantFrom(...DELIVERIES),
      services: fc.constantFrom(...SERVICES_COUNTED),
      unitCosts: fc.constantFrom(...COST_EDITIONS),
    }),
  );

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.constantFrom(...PRESET_IDS), valuesArb, settingsArb)
  .map(([preset, values, settings]) => ({ preset, values, ...settings }));
