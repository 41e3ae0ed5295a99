/**
 * The whole screen state that lives in the URL, and its codec table: one field per key,
 * saying its query keys, default, how a link is read (every change said in a notice) and
 * how one is written. The URL (url.ts), the Explorer's fields and the CLI's flags derive
 * from FIELDS, so a new key is declared here and nowhere else.
 */
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  PRESETS,
  isParamId,
  type ParamValues,
  type PresetId,
  type ScenarioSettings,
  PRESET_IDS,
} from '../model/index.ts';
import { METRIC_DEFS } from '../metrics.ts';
import { readParam, simpleField, type Field, type Query, type SimpleField } from './codec.ts';
import { choiceValue, quote, wholeValue, type ValueCodec } from './read.ts';
import { settingsField } from './settings-field.ts';

export const VIEWS = ['explore', 'methodology', 'compare'] as const;
export type ViewId = (typeof VIEWS)[number];

export const METRICS = [
  'people',
  'perThousand',
  'supported',
  'supportedPerThousand',
  'fte',
  'hospital',
  'primaryCare',
  'gross',
  'net',
  'bcr',
  'netPerHead',
  'wellbeing',
] as const;
export type MetricId = (typeof METRICS)[number];

export const MAP_FORMS = ['geo', 'tile'] as const;
export type MapForm = (typeof MAP_FORMS)[number];

export const STACKS = ['programme', 'service'] as const;
export type StackBy = (typeof STACKS)[number];

/** Monte Carlo draws a link may ask for: enough for stable percentiles, few enough not to stall the worker. */
export const MIN_DRAWS = 100;
export const MAX_DRAWS = 100_000;
/** Seeds a link may give (the model takes any safe integer; a URL needs no more). */
export const MAX_SEED = 2 ** 31 - 1;

/** Scenes of presenter mode, numbered from 1 in the URL. */
export const SCENE_COUNT = 12;

/** Scenario B's preset when a link or the Compare view gives none: the first preset that is not A's. */
export function otherPreset(a: PresetId): PresetId {
  return PRESET_IDS.find((id) => id !== a) ?? a;
}

/** Scenario B of the Compare view: a preset and the values that differ from it (A is the rest of the state). */
export interface ScenarioB {
  preset: PresetId;
  changes: Partial<ParamValues>;
}

export interface ViewState {
  view: ViewId;
  preset: PresetId;
  /** Years, prices, population and delivery: the preset's unless the link says otherwise. */
  settings: ScenarioSettings;
  /** 'london', 'inner', 'outer', an STP E54 code or a borough E09 code. */
  area: string;
  metric: MetricId;
  /** The measure of the Compare view's difference map. */
  diff: MetricId;
  map: MapForm;
  stack: StackBy;
  /** Monte Carlo draws and seed of the uncertainty range. */
  draws: number;
  seed: number;
  /** Presenter mode, and its scene (1 to SCENE_COUNT). */
  present: boolean;
  scene: number;
  /** Parameter values that differ from the preset's. */
  changes: Partial<ParamValues>;
  /** The scenario compared with this one; kept while the link holds it, whichever view shows. */
  b: ScenarioB | null;
}

export const DEFAULT_PRESET: PresetId = 'evidence-2026';

/** Scenario B's parameters are its ids behind this prefix: "b.startRate=0.1". */
export const B_PREFIX = 'b.';

/** A preset as readers know it: "Evidence: central", not "evidence-central". */
const presetName = (id: PresetId) => `"${PRESETS[id].label}"`;
/** A measure as the page names it: "Net present value to the NHS", not "net". */
const metricName = (id: MetricId) => `"${METRIC_DEFS[id].label}"`;

/** Map measures that earlier links named differently. */
const METRIC_ALIASES: Readonly<Record<string, MetricId>> = { roi: 'bcr' };

/** A map measure: one of METRICS, or an old name for one (said in a notice). */
function metricField(key: string, def: MetricId, what: string): SimpleField<MetricId, ViewState> {
  const field = simpleField<MetricId, ViewState>({
    key,
    value: choiceValue(METRICS),
    default: def,
    what,
    name: metricName,
  });
  return {
    ...field,
    decode(q, before, notices, ctx) {
      const raw = q.get(key) ?? '';
      // Own keys only: "constructor" is no old name for a measure.
      if (!Object.hasOwn(METRIC_ALIASES, raw)) return field.decode(q, before, notices, ctx);
      const alias = METRIC_ALIASES[raw] as MetricId;
      notices.push(`The ${what} "${raw}" is now called ${metricName(alias)}: showing that.`);
      return alias;
    },
  };
}

/** Keys that change the scenario: a link holding one but no preset was made for the reconstruction. */
function isLegacyScenarioKey(key: string): boolean {
  return key === 'end' || key === 'pop' || key === 'b' || key.startsWith(B_PREFIX) || isParamId(key);
}

/** A preset's id, in a link and on the command line. */
export const PRESET_VALUE: ValueCodec<PresetId> = choiceValue(PRESET_IDS);

const namedPreset = simpleField<PresetId, ViewState>({
  key: 'preset',
  value: PRESET_VALUE,
  default: DEFAULT_PRESET,
  what: 'preset',
  name: presetName,
});

const presetField: SimpleField<PresetId, ViewState> = {
  ...namedPreset,
  decode(q, before, notices, ctx) {
    if (q.get('preset') !== undefined || !q.keys.some(isLegacyScenarioKey))
      return namedPreset.decode(q, before, notices, ctx);
    // Links made before the planning preset was the default name no preset: they mean the reconstruction.
    notices.push(
      `This link names no preset, as links made before ${PRESETS[DEFAULT_PRESET].label} was the default did: it opens ${PRESETS.hlp2017.label}, as it did then.`,
    );
    return 'hlp2017';
  },
  // The preset is named whenever the scenario differs from it, so the link never depends on the default.
  encode(preset, s) {
    const base = PRESETS[preset].settings;
    const scenario =
      s.b !== null ||
      Object.keys(s.changes).length > 0 ||
      (Object.keys(base) as (keyof ScenarioSettings)[]).some((k) => s.settings[k] !== base[k]);
    return preset !== DEFAULT_PRESET || scenario ? [['preset', preset]] : [];
  },
};

/** The link's parameters into one scenario's changes: ids after `prefix`, each read by readParam. */
function readChanges(q: Query, prefix: string, who: string, notices: string[]): Partial<ParamValues> {
  const changes: Partial<ParamValues> = {};
  for (const key of q.keys) {
    const id = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (!isParamId(id)) continue;
    const v = readParam(id, q.get(key) as string, who, notices);
    if (v !== undefined) changes[id] = v;
  }
  return changes;
}

function writeChanges(changes: Partial<ParamValues>, prefix: string): [string, string][] {
  return Object.entries(changes).flatMap(([id, v]) =>
    v === undefined ? [] : [[`${prefix}${id}`, String(v)]],
  );
}

const changesField: Field<Partial<ParamValues>, ViewState> = {
  keys: [],
  family: isParamId,
  default: {},
  decode: (q, _before, notices) => readChanges(q, '', '', notices),
  encode: (changes) => writeChanges(changes, ''),
};

const isBKey = (key: string) => key.startsWith(B_PREFIX);

const bField: Field<ScenarioB | null, ViewState> = {
  keys: ['b'],
  family: (key) => isBKey(key) && isParamId(key.slice(B_PREFIX.length)),
  default: null,
  decode(q, before, notices) {
    const raw = q.get('b');
    const fallback = otherPreset(before.preset);
    if (raw === undefined && !q.keys.some(isBKey)) {
      // The Compare view always has a B, so a link to it without one names the default.
      return before.view === 'compare' ? { preset: fallback, changes: {} } : null;
    }
    const r = raw === undefined ? undefined : PRESET_VALUE.read(raw);
    if (raw === undefined) {
      notices.push(
        `The link changes scenario B without naming its preset: B starts from ${PRESETS[fallback].label}.`,
      );
    } else if (r?.kind === 'invalid') {
      notices.push(`Unknown preset for scenario B ${quote(raw)}: showing ${presetName(fallback)} instead.`);
    }
    const preset = r && r.kind !== 'invalid' ? r.value : fallback;
    return { preset, changes: readChanges(q, B_PREFIX, 'Scenario B: ', notices) };
  },
  encode: (b) => (b ? [['b', b.preset], ...writeChanges(b.changes, B_PREFIX)] : []),
};

/**
 * The codec table: every key of the state, in the order a link lists them (each field's
 * own keys, then the parameter families, A's before B's) and the order a link is read
 * (the preset before the settings and B, which start from it; the view before B).
 */
export const FIELDS = {
  view: simpleField<ViewId, ViewState>({
    key: 'view',
    value: choiceValue(VIEWS),
    default: 'explore',
    what: 'view',
  }),
  preset: presetField,
  area: {
    keys: ['area'],
    default: 'london',
    decode(q, _before, notices, ctx) {
      const area = q.get('area');
      if (area === undefined || ctx.areaIds.has(area)) return area ?? 'london';
      notices.push(`Unknown area ${quote(area)}: showing London instead.`);
      return 'london';
    },
    encode: (area) => (area === 'london' ? [] : [['area', area]]),
  },
  metric: metricField('metric', 'supportedPerThousand', 'map measure'),
  diff: metricField('diff', 'net', 'measure of the difference map'),
  map: simpleField<MapForm, ViewState>({
    key: 'map',
    value: choiceValue(MAP_FORMS),
    default: 'geo',
    what: 'map form',
  }),
  stack: simpleField<StackBy, ViewState>({
    key: 'stack',
    value: choiceValue(STACKS),
    default: 'programme',
    what: 'chart grouping',
  }),
  settings: settingsField<ViewState>(PRESETS[DEFAULT_PRESET].settings),
  draws: simpleField<number, ViewState>({
    key: 'draws',
    value: wholeValue(MIN_DRAWS, MAX_DRAWS),
    default: DEFAULT_DRAWS,
    what: 'number of runs',
  }),
  seed: simpleField<number, ViewState>({
    key: 'seed',
    value: wholeValue(0, MAX_SEED),
    default: DEFAULT_SEED,
    what: 'random seed',
  }),
  present: simpleField<boolean, ViewState>({
    key: 'present',
    value: {
      read: (raw) =>
        raw === '1' || raw === '0' ? { kind: 'exact', value: raw === '1' } : { kind: 'invalid' },
      write: (on) => (on ? '1' : '0'),
      expects: 'is 1 or 0',
    },
    default: false,
    what: 'presenter mode',
    unknown: (quoted) => `Unknown presenter mode ${quoted}: use present=1 to start presenting.`,
  }),
  scene: simpleField<number, ViewState>({
    key: 'scene',
    value: wholeValue(1, SCENE_COUNT),
    default: 1,
    what: 'presenter scene',
  }),
  changes: changesField,
  b: bField,
} satisfies { [K in keyof ViewState]: Field<ViewState[K], ViewState> };

/** The table as the code that walks it sees it: each key's field, typed by the key. */
export type FieldTable = { [K in keyof ViewState]: Field<ViewState[K], ViewState> };
export const TABLE: FieldTable = FIELDS;

/** The keys of the state, in the table's order. */
export const VIEW_KEYS = Object.keys(FIELDS) as (keyof ViewState)[];

function copyKey<K extends keyof ViewState>(to: Partial<ViewState>, from: Readonly<ViewState>, k: K): void {
  to[k] = from[k];
}

/** Copy every key of the state from `from` onto `to` (a plain object or the Explorer's fields). */
export function assignState(to: Partial<ViewState>, from: Readonly<ViewState>): void {
  for (const k of VIEW_KEYS) copyKey(to, from, k);
}

/** The state's keys read from `from` into a plain object. */
export function pickState(from: Readonly<ViewState>): ViewState {
  const out: Partial<ViewState> = {};
  assignState(out, from);
  return out as ViewState;
}

function defaultOf<K extends keyof ViewState>(out: Partial<ViewState>, k: K): void {
  out[k] = TABLE[k].default;
}

export const DEFAULT_STATE: ViewState = (() => {
  const out: Partial<ViewState> = {};
  for (const k of VIEW_KEYS) defaultOf(out, k);
  return out as ViewState;
})();
