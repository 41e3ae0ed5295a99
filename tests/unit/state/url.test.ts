import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAMS,
  PRESET_IDS,
  paramDef,
  presetValues,
  scenarioProblems,
} from '../../../src/lib/model/index.ts';
import { decodeQuery, encodeQuery, snapToStep } from '../../../src/lib/state/url.ts';
import {
  DEFAULT_STATE,
  MAP_FORMS,
  METRICS,
  STACKS,
  VIEWS,
  type ViewState,
} from '../../../src/lib/state/view-state.ts';
import { data } from '../model/fixtures.ts';

const AREAS = new Set([
  'london',
  'inner',
  'outer',
  ...data.stps.map((s) => s.code),
  ...data.boroughs.map((b) => b.code),
]);

/** A decoded state always gives a scenario the model accepts. */
function isValid(state: ViewState): boolean {
  const values = { ...presetValues(state.preset, data), ...state.changes };
  return (
    scenarioProblems({ preset: state.preset, values, endYear: state.endYear, population: state.population })
      .length === 0 && AREAS.has(state.area)
  );
}

const stateArb: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  preset: fc.constantFrom(...PRESET_IDS),
  changes: fc
    .subarray(PARAMS.map((p) => p.id))
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc
            .double({ min: paramDef(id).min, max: paramDef(id).max, noNaN: true })
            .map((x) => [id, snapToStep(id, x)] as const),
        ),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs)),
  endYear: fc.integer({ min: 2018, max: 2031 }),
  population: fc.constantFrom('projected' as const, 'observed' as const),
  area: fc.constantFrom(...AREAS),
  metric: fc.constantFrom(...METRICS),
  map: fc.constantFrom(...MAP_FORMS),
  stack: fc.constantFrom(...STACKS),
});

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '',
    ' ',
    '0x10',
    '1,5',
    '<script>alert(1)</script>',
    '%',
    '%E0%A4%A',
    '"><img src=x onerror=alert(1)>',
    '١٢',
    '9'.repeat(400),
  ),
  fc.double().map(String),
);
const keyArb = fc.oneof(
  fc.constantFrom(
    'view',
    'preset',
    'area',
    'metric',
    'map',
    'stack',
    'end',
    'pop',
    ...PARAMS.map((p) => p.id),
  ),
  fc.string(),
);

describe('URL state', () => {
  it('the default state encodes to an empty query and decodes back without notices', () => {
    expect(encodeQuery(DEFAULT_STATE)).toBe('');
    expect(decodeQuery('', AREAS)).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it('round-trips any valid state exactly, with no notices', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const { state, notices } = decodeQuery(encodeQuery(s), AREAS);
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('turns 1,000 hostile query strings into a valid state and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, nasty), { maxLength: 12 }), fc.boolean(), (pairs, truncate) => {
        let q = pairs
          .map(([k, v]) => `${encodeURIComponent(k)}=${truncate ? v : encodeURIComponent(v)}`)
          .join('&');
        if (truncate) q = q.slice(0, Math.floor(q.length / 2));
        const { state, notices } = decodeQuery(q, AREAS);
        expect(isValid(state)).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 1000, seed: 99 },
    );
  });

  it.each([
    ['startRate=NaN', /not a number/],
    ['startRate=9', /outside 0 to 0.5, so it was set to 0.5/],
    ['cost_gp=-1e309', /not a number/],
    ['preset=evil', /Unknown preset "evil"/],
    ['area=E09000099', /Unknown area "E09000099": showing London/],
    ['end=2099', /horizon "2099" was changed to 2031/],
    ['bogus=1', /unknown setting "bogus"/],
    ['area=E09000001&area=E09000002', /repeats "area"/],
    ['metric=<script>', /Unknown map measure "<script>"/],
  ])('%s gives a notice', (q, message) => {
    const { state, notices } = decodeQuery(q, AREAS);
    expect(notices.join(' ')).toMatch(message);
    expect(isValid(state)).toBe(true);
  });

  it('clamps to the range and snaps to the step', () => {
    expect(decodeQuery('startRate=9', AREAS).state.changes).toEqual({ startRate: 0.5 });
    expect(decodeQuery('cost_gp=36.4', AREAS).state.changes).toEqual({ cost_gp: 36 });
    expect(snapToStep('eff_sp_gp', 0.123456)).toBe(0.12);
  });
});
