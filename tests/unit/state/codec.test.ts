/**
 * The codec table of view-state.ts: every field reads back what it writes, any query at
 * all reads into a state a link can hold, and the table, the URL and the state agree on
 * their keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, PRESETS, presetValues, scenarioProblems } from '../../../src/lib/model/index.ts';
import type { Query } from '../../../src/lib/state/codec.ts';
import { MAX_NOTICES } from '../../../src/lib/state/read.ts';
import { B_PREFIX, STATE_KEYS, decodeQuery, encodeQuery } from '../../../src/lib/state/url.ts';
import {
  DEFAULT_STATE,
  FIELDS,
  TABLE,
  VIEW_KEYS,
  type ViewState,
} from '../../../src/lib/state/view-state.ts';
import { data } from '../model/fixtures.ts';
import { AREAS, FIELD_ARBS, viewStateArb } from './arbitraries.ts';

const ctx = { areaIds: AREAS };

function queryOf(pairs: [string, string][]): Query {
  const values = new Map<string, string>();
  for (const [k, v] of pairs) if (!values.has(k)) values.set(k, v);
  return { get: (k) => values.get(k), keys: [...values.keys()] };
}

/** Whether a field reads this query key. */
function owns(k: keyof ViewState, key: string): boolean {
  return TABLE[k].keys.includes(key) || TABLE[k].family?.(key) === true;
}

/** A field alone: what it writes for a state, read back with that state's earlier fields. */
function fieldRoundTrip<K extends keyof ViewState>(k: K, s: ViewState) {
  const pairs = TABLE[k].encode(s[k], s);
  const notices: string[] = [];
  const value = TABLE[k].decode(queryOf(pairs), s, notices, ctx);
  return { pairs, value, notices };
}

/** What one field writes for a state. */
const pairsOf = <K extends keyof ViewState>(k: K, s: ViewState) => TABLE[k].encode(s[k], s);

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A decoded state holds scenarios the model accepts and an area of the data. */
function modelAccepts(state: ViewState): boolean {
  const ok = (preset: ViewState['preset'], changes: ViewState['changes']) =>
    scenarioProblems({
      ...state.settings,
      preset,
      values: { ...presetValues(preset, data), ...changes },
    }).length === 0;
  return ok(state.preset, state.changes) && (!state.b || ok(state.b.preset, state.b.changes));
}

describe('the view-state codec table', () => {
  it('has one field for each key of the state, in the same order as the defaults and the test arbitraries', () => {
    expect(VIEW_KEYS).toEqual(Object.keys(FIELDS));
    expect(Object.keys(DEFAULT_STATE)).toEqual(VIEW_KEYS);
    expect(Object.keys(FIELD_ARBS).sort()).toEqual([...VIEW_KEYS].sort());
    for (const k of VIEW_KEYS) expect(DEFAULT_STATE[k]).toBe(TABLE[k].default);
  });

  it.each(VIEW_KEYS)(
    'round-trips %s alone: what it writes, it reads back, with no notice, and only keys it owns',
    (k) => {
      fc.assert(
        fc.property(viewStateArb, (s) => {
          const { pairs, value, notices } = fieldRoundTrip(k, s);
          expect(notices).toEqual([]);
          expect(value).toEqual(s[k]);
          for (const [key] of pairs) expect(owns(k, key), `${k} wrote "${key}"`).toBe(true);
        }),
        { numRuns: 150, seed: 13 },
      );
    },
  );

  it('round-trips any valid state through a link: encode, then decode, gives it back with no notice', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        expect(decodeQuery(encodeQuery(s), AREAS)).toEqual({ state: s, notices: [] });
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('reads any text at all into a state a link can hold, with at most ten notices, never throwing', () => {
    const keyArb = fc.oneof(
      fc.constantFrom(...STATE_KEYS, ...PARAMS.map((p) => p.id), ...PARAMS.map((p) => `${B_PREFIX}${p.id}`)),
      fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty'),
      fc.string(),
    );
    const valueArb = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('constructor', 'toString', '__proto__', '0x10', '0b11', '1e3', '-1', ' 7 ', '\u202e1'),
      fc.double().map(String),
    );
    const queryArb = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.tuple(keyArb, valueArb), { maxLength: 14 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(queryArb, (query) => {
        const { state, notices } = decodeQuery(query, AREAS);
        // A state a link can hold is one its own link reads back exactly.
        expect(decodeQuery(encodeQuery(state), AREAS)).toEqual({ state, notices: [] });
        expect(AREAS.has(state.area)).toBe(true);
        expect(modelAccepts(state)).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
        for (const n of notices) expect(n).not.toMatch(BIDI);
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('reads the names of built-in object properties as the unknown words they are', () => {
    const { state, notices } = decodeQuery(
      'metric=constructor&diff=toString&view=__proto__&map=valueOf',
      AREAS,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual([
      'Unknown view "__proto__": showing explore instead.',
      'Unknown map measure "constructor": showing "People supported per 1,000 adults" instead.',
      'Unknown measure of the difference map "toString": showing "Net present value to the NHS (benefits minus cost)" instead.',
      'Unknown map form "valueOf": showing geo instead.',
    ]);
  });

  it('gives each query key of a link to exactly one field, and every field writes each key it owns', () => {
    for (const key of STATE_KEYS)
      expect(
        VIEW_KEYS.filter((k) => owns(k, key)),
        key,
      ).toHaveLength(1);
    expect(new Set(STATE_KEYS).size).toBe(STATE_KEYS.length);
    const written = new Map<keyof ViewState, Set<string>>(VIEW_KEYS.map((k) => [k, new Set()]));
    for (const s of fc.sample(viewStateArb, { numRuns: 500, seed: 3 }))
      for (const k of VIEW_KEYS) for (const [key] of pairsOf(k, s)) written.get(k)?.add(key);
    for (const k of VIEW_KEYS) {
      for (const key of TABLE[k].keys)
        expect(written.get(k)?.has(key), `${k} never wrote "${key}"`).toBe(true);
      // Every field says something in some link: a field that never writes is not in the URL.
      expect(written.get(k)?.size, k).toBeGreaterThan(0);
    }
  });

  it("names only the field's own keys (and the preset) in a link that changes one field", () => {
    for (const s of fc.sample(viewStateArb, { numRuns: 200, seed: 8 })) {
      for (const k of VIEW_KEYS) {
        const one: ViewState = { ...DEFAULT_STATE, [k]: s[k] };
        // Settings are kept relative to the preset: a new preset brings its own.
        if (k === 'preset') one.settings = PRESETS[s.preset].settings;
        if (one.view === 'compare' && one.b === null) continue;
        const keys = [...new URLSearchParams(encodeQuery(one)).keys()];
        for (const key of keys) expect(owns(k, key) || key === 'preset', `${k}: "${key}"`).toBe(true);
        expect(decodeQuery(encodeQuery(one), AREAS).state).toEqual(one);
      }
    }
  });
});
