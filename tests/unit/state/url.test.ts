import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainGrouping } from '../../../src/lib/data/geography.ts';
import {
  PARAMS,
  PRESETS,
  PRESET_IDS,
  paramDef,
  presetValues,
  scenarioProblems,
} from '../../../src/lib/model/index.ts';
import {
  B_PREFIX,
  MAX_NOTICES,
  STATE_KEYS,
  decodeQuery,
  encodeQuery,
  snapToStep,
} from '../../../src/lib/state/url.ts';
import {
  DEFAULT_STATE,
  MAP_FORMS,
  MAX_DRAWS,
  MAX_SEED,
  METRICS,
  MIN_DRAWS,
  SCENE_COUNT,
  STACKS,
  VIEWS,
  type ViewState,
} from '../../../src/lib/state/view-state.ts';
import { data } from '../model/fixtures.ts';
import { settingsArb } from '../model/arbitraries.ts';

const AREAS = new Set([
  'london',
  'inner',
  'outer',
  ...mainGrouping(data.geography).groups.map((s) => s.code),
  ...data.boroughs.map((b) => b.code),
]);

/** A decoded state always gives scenarios (A, and B when present) the model accepts. */
function isValid(state: ViewState): boolean {
  const ok = (preset: ViewState['preset'], changes: ViewState['changes']) =>
    scenarioProblems({
      ...state.settings,
      preset,
      values: { ...presetValues(preset, data), ...changes },
    }).length === 0;
  return (
    ok(state.preset, state.changes) &&
    (!state.b || ok(state.b.preset, state.b.changes)) &&
    AREAS.has(state.area)
  );
}

const changesArb = fc
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
  .map((pairs) => Object.fromEntries(pairs));

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    preset: fc.constantFrom(...PRESET_IDS),
    changes: changesArb,
    settings: settingsArb,
    area: fc.constantFrom(...AREAS),
    metric: fc.constantFrom(...METRICS),
    diff: fc.constantFrom(...METRICS),
    map: fc.constantFrom(...MAP_FORMS),
    stack: fc.constantFrom(...STACKS),
    draws: fc.integer({ min: MIN_DRAWS, max: MAX_DRAWS }),
    seed: fc.integer({ min: 0, max: MAX_SEED }),
    present: fc.boolean(),
    scene: fc.integer({ min: 1, max: SCENE_COUNT }),
    b: fc.option(fc.record({ preset: fc.constantFrom(...PRESET_IDS), changes: changesArb }), { nil: null }),
  })
  // A valid state: the Compare view always has a B.
  .filter((s) => s.view !== 'compare' || s.b !== null);

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
  fc.constantFrom(...STATE_KEYS, ...PARAMS.map((p) => p.id), ...PARAMS.map((p) => `${B_PREFIX}${p.id}`)),
  fc.string(),
  fc.string().map((k) => `${B_PREFIX}${k}`),
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
    ['preset=evil', /Unknown preset "evil": showing "Evidence 2026: planning" instead/],
    ['area=E09000099', /Unknown area "E09000099": showing London/],
    ['preset=evidence-2026&end=2099', /horizon "2099" was changed to 2041/],
    ['end=2099', /opens HLP 2017 .*horizon "2099" was changed to 2032/],
    ['preset=hlp2017&end=2099', /horizon "2099" was changed to 2032/],
    ['preset=hlp2017&end=2017', /horizon "2017" was changed to 2018/],
    ['start=1999', /first year "1999" was changed to 2017/],
    ['start=soon', /first year "soon" is not a year: using 2026/],
    ['prices=2050', /price year "2050" was changed to 2030/],
    ['delivery=fast', /Unknown delivery "fast": showing capacityLed instead/],
    ['services=some', /Unknown services counted "some": showing all instead/],
    ['costs=1999-00', /Unknown unit cost edition "1999-00": showing 2023-24 instead/],
    ['preset=evidence-2026&pop=guess', /Unknown population mode "guess": showing observed instead/],
    ['startRate=0.1', /names no preset, as links made before .* was the default did: it opens HLP 2017/],
    ['metric=roi', /map measure "roi" is now called "NHS benefit-cost ratio"/],
    ['bogus=1', /unknown setting "bogus"/],
    ['area=E09000001&area=E09000002', /repeats "area"/],
    ['metric=<script>', /Unknown map measure "<script>"/],
    [
      'diff=people!',
      /Unknown measure of the difference map "people!": showing "Net present value to the NHS/,
    ],
    ['draws=lots', /number of runs "lots" is not a number: using 10000/],
    ['draws=5', /number of runs "5" was changed to 100/],
    ['draws=1e9', /number of runs "1e9" was changed to 100000/],
    ['seed=-3', /random seed "-3" was changed to 0/],
    ['seed=1.5', /random seed "1.5" was changed to 2/],
    ['seed=NaN', /random seed "NaN" is not a number: using 1/],
    ['present=yes', /Unknown presenter mode "yes"/],
    ['present=1&scene=13', /presenter scene "13" was changed to 12/],
    ['scene=0', /presenter scene "0" was changed to 1/],
    ['scene=two', /presenter scene "two" is not a number: using 1/],
    ['b=evil', /Unknown preset for scenario B "evil": showing "Evidence 2026: planning" instead/],
    ['b=hlp2017&b.startRate=NaN', /Scenario B: .*"NaN" is not a number/],
    ['b=hlp2017&b.startRate=9', /Scenario B: .*outside 0 to 0.5, so it was set to 0.5/],
    ['b=hlp2017&b.bogus=1', /unknown setting "b.bogus"/],
    ['b.startRate=0.1', /changes scenario B without naming its preset/],
    ['b=hlp2017&b=green-book', /repeats "b"/],
    ['startRate=0.123&preset=evidence-2026', /"0.123" was rounded to the slider's step, 0.12/],
    ['seed=0x10', /random seed "0x10" is not a number: using 1/],
    ['preset=hlp2017&duration=0b11', /"0b11" is not a number, so the preset value was kept/],
    ['preset=hlp2017&startRate=0o7', /"0o7" is not a number/],
    ['draws=Infinity', /number of runs "Infinity" is not a number/],
  ])('%s gives a notice', (q, message) => {
    const { state, notices } = decodeQuery(q, AREAS);
    expect(notices.join(' ')).toMatch(message);
    expect(isValid(state)).toBe(true);
  });

  it('shows no character that reorders text: a notice cannot be made to read as something else', () => {
    const spoof = `area=${encodeURIComponent('\u202eX\u2066 Net savings are really £9bn\u2069\u200f')}`;
    const { notices } = decodeQuery(spoof, AREAS);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Unknown area "X Net savings are really £9bn": showing London instead\.$/);
    expect(notices[0]).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('says at most ten things about a link, the last saying how many more', () => {
    const q = Array.from({ length: 1000 }, (_, i) => `junk${i}=1`).join('&');
    const { notices } = decodeQuery(q, AREAS);
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.at(-1)).toBe('…and 991 more changes to the link.');
    expect(decodeQuery('junk=1&junk2=2', AREAS).notices).toHaveLength(2);
  });

  it("takes only decimal numbers, and says when a value was put on its slider's step", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), (x) => {
        const { state, notices } = decodeQuery(`preset=evidence-2026&startRate=${x}`, AREAS);
        const v = state.changes.startRate!;
        expect(notices.length > 0).toBe(v !== x);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('opens a link without a preset but with changes as the reconstruction it was made for', () => {
    const { state } = decodeQuery('startRate=0.1&end=2031', AREAS);
    expect(state.preset).toBe('hlp2017');
    expect(state.settings).toEqual({ ...PRESETS.hlp2017.settings, endYear: 2031 });
    // ...and a link made now always names its preset when it changes the scenario.
    expect(encodeQuery({ ...DEFAULT_STATE, changes: { startRate: 0.1 } })).toBe(
      '?preset=evidence-2026&startRate=0.1',
    );
    expect(decodeQuery('view=methodology', AREAS).state.preset).toBe(DEFAULT_STATE.preset);
  });

  it("keeps the settings that differ from the preset's, and moves the horizon with the first year", () => {
    const settings = {
      ...PRESETS['evidence-2026'].settings,
      startYear: 2027,
      endYear: 2032,
      delivery: 'demandLed' as const,
    };
    const state: ViewState = { ...DEFAULT_STATE, settings };
    const q = encodeQuery(state);
    expect(q).toBe('?preset=evidence-2026&start=2027&end=2032&delivery=demandLed');
    expect(decodeQuery(q, AREAS)).toEqual({ state, notices: [] });
    // A first year alone keeps the preset's number of years.
    expect(decodeQuery('preset=evidence-2026&start=2028', AREAS).state.settings.endYear).toBe(2043);
  });

  it('clamps to the range and snaps to the step', () => {
    expect(decodeQuery('startRate=9', AREAS).state.changes).toEqual({ startRate: 0.5 });
    expect(decodeQuery('cost_gp=36.4', AREAS).state.changes).toEqual({ cost_gp: 36 });
    expect(snapToStep('eff_sp_gp', 0.123456)).toBe(0.12);
  });

  it('keeps Monte Carlo draws and seed in the link, only when they differ from the defaults', () => {
    const state = { ...DEFAULT_STATE, draws: 2000, seed: 42 };
    expect(encodeQuery(state)).toBe('?draws=2000&seed=42');
    expect(decodeQuery('?draws=2000&seed=42', AREAS)).toEqual({ state, notices: [] });
    expect(decodeQuery('?draws=7.6', AREAS).state.draws).toBe(MIN_DRAWS);
    expect(decodeQuery('?seed=99999999999', AREAS).state.seed).toBe(MAX_SEED);
  });

  it('keeps presenter mode and its scene in the link', () => {
    const state = { ...DEFAULT_STATE, present: true, scene: 3 };
    expect(encodeQuery(state)).toBe('?present=1&scene=3');
    expect(decodeQuery('?present=1&scene=3', AREAS)).toEqual({ state, notices: [] });
    expect(decodeQuery('?present=0', AREAS)).toEqual({ state: DEFAULT_STATE, notices: [] });
    expect(decodeQuery('?present=1&scene=2.6', AREAS).state.scene).toBe(3);
  });

  it("keeps scenario B in the link: its preset and its own changes, apart from A's", () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      view: 'compare',
      changes: { startRate: 0.3 },
      b: { preset: 'evidence-central', changes: { startRate: 0.1 } },
    };
    const query = encodeQuery(state);
    expect(query).toBe('?view=compare&preset=evidence-2026&b=evidence-central&startRate=0.3&b.startRate=0.1');
    expect(decodeQuery(query, AREAS)).toEqual({ state, notices: [] });
    // B falls back to the first preset that is not A's (a link without a preset is the reconstruction's).
    expect(decodeQuery('?b=evil&b.cost_gp=36.4', AREAS).state.b).toEqual({
      preset: 'evidence-2026',
      changes: { cost_gp: 36 },
    });
    expect(decodeQuery('?view=explore', AREAS).state.b).toBeNull();
    // A link to the Compare view without B names the first preset that is not A's, quietly.
    expect(decodeQuery('?view=compare&preset=evidence-central', AREAS)).toEqual({
      state: {
        ...DEFAULT_STATE,
        view: 'compare',
        preset: 'evidence-central',
        settings: PRESETS['evidence-central'].settings,
        b: { preset: 'evidence-2026', changes: {} },
      },
      notices: [],
    });
  });
});
