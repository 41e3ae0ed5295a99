/** fast-check generators for scenarios inside the parameter ranges. */
import fc from 'fast-check';
import {
  FIRST_END_YEAR,
  LAST_END_YEAR,
  PARAMS,
  PRESET_IDS,
  type ParamValues,
  type Scenario,
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

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  preset: fc.constantFrom(...PRESET_IDS),
  values: valuesArb,
  endYear: fc.integer({ min: FIRST_END_YEAR, max: LAST_END_YEAR }),
  population: fc.constantFrom('projected' as const, 'observed' as const),
});
