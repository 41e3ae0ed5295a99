/**
 * The URL query string <-> ViewState. Decoding never throws: every value is
 * parsed, clamped to its range or dropped, and each such change is reported as
 * a plain-language notice for the page to show.
 */
import {
  COST_EDITIONS,
  DELIVERIES,
  FIRST_PRICE_YEAR,
  FIRST_START_YEAR,
  LAST_PRICE_YEAR,
  LAST_START_YEAR,
  MAX_HORIZON,
  PRESET_IDS,
  PRESETS,
  SERVICES_COUNTED,
  fyLabel,
  isParamId,
  isPresetId,
  paramDef,
  type ParamId,
  type ParamValues,
  type ScenarioSettings,
} from '../model/index.ts';
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
  otherPreset,
  type MetricId,
  type ViewState,
} from './view-state.ts';
import { METRIC_DEFS } from '../metrics.ts';

export interface Decoded {
  state: ViewState;
  notices: string[];
}

/** Query keys that hold screen state; every other key must be a parameter id. */
export const STATE_KEYS = [
  'view',
  'preset',
  'area',
  'metric',
  'diff',
  'map',
  'stack',
  'start',
  'end',
  'pop',
  'prices',
  'delivery',
  'services',
  'costs',
  'draws',
  'seed',
  'present',
  'scene',
  'b',
] as const;

/** Scenario B's parameters are its ids behind this prefix: "b.startRate=0.1". */
export const B_PREFIX = 'b.';

/** Characters that reorder text (bidirectional embeddings, overrides and isolates): a link could use them to make a notice read as something else. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Show untrusted text in a notice safely and briefly (it is rendered as text, never HTML). */
function quote(text: string): string {
  const clean = [...text.replace(BIDI, '')].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

function pickOne<T extends string>(
  value: string,
  allowed: readonly T[],
  fallback: T,
  what: string,
  notices: string[],
  name: (t: T) => string = String,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`Unknown ${what} ${quote(value)}: showing ${name(fallback)} instead.`);
  return fallback;
}

/** A preset as readers know it: "Evidence: central", not "evidence-central". */
const presetName = (id: (typeof PRESET_IDS)[number]) => `"${PRESETS[id].label}"`;
/** A measure as the page names it: "Net present value to the NHS", not "net". */
const metricName = (id: MetricId) => `"${METRIC_DEFS[id].label}"`;

/** Map measures that earlier links named differently. */
const METRIC_ALIASES: Readonly<Record<string, MetricId>> = { roi: 'bcr' };

/** A plain decimal number ("0.12", "-3", "1e9"); not hex, binary, octal, "Infinity" or blank. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A link's (or the CLI's) number, or NaN for anything that is not a plain decimal number. */
export function decimal(raw: string): number {
  const t = raw.trim();
  return DECIMAL.test(t) ? Number(t) : Number.NaN;
}

/** The most notices a link gives; beyond it, one line says how many more there were. */
export const MAX_NOTICES = 10;

/** A whole number from a link, rounded and clamped to [min, max], with a notice when it was changed. */
function wholeNumber(
  raw: string,
  min: number,
  max: number,
  fallback: number,
  what: string,
  notices: string[],
  kind = 'a number',
): number {
  const n = decimal(raw);
  if (!Number.isFinite(n)) {
    notices.push(`The ${what} ${quote(raw)} is not ${kind}: using ${fallback}.`);
    return fallback;
  }
  const v = Math.min(max, Math.max(min, Math.round(n)));
  if (v !== n) notices.push(`The ${what} ${quote(raw)} was changed to ${v}.`);
  return v;
}

/** Round to the parameter's step grid so slider and URL agree. */
export function snapToStep(id: ParamId, x: number): number {
  const d = paramDef(id);
  const snapped = d.min + Math.round((x - d.min) / d.step) * d.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(d.step)) + 2);
  return Math.min(d.max, Math.max(d.min, Number(snapped.toFixed(decimals))));
}

/** A parameter value from a link into `changes`: a number, snapped to its step and clamped, or a notice. */
function readParam(
  id: ParamId,
  raw: string,
  changes: Partial<ParamValues>,
  who: string,
  notices: string[],
): void {
  const def = paramDef(id);
  const label = `${who}${def.label}`;
  const n = decimal(raw);
  if (!Number.isFinite(n)) {
    notices.push(`${label}: ${quote(raw)} is not a number, so the preset value was kept.`);
    return;
  }
  const value = snapToStep(id, n);
  if (n < def.min || n > def.max) {
    notices.push(`${label}: ${quote(raw)} is outside ${def.min} to ${def.max}, so it was set to ${value}.`);
  } else if (value !== n) {
    notices.push(`${label}: ${quote(raw)} was rounded to the slider's step, ${value}.`);
  }
  changes[id] = value;
}

function readMetric(raw: string, fallback: MetricId, what: string, notices: string[]): MetricId {
  const alias = METRIC_ALIASES[raw];
  if (alias) {
    notices.push(`The ${what} "${raw}" is now called ${metricName(alias)}: showing that.`);
    return alias;
  }
  return pickOne(raw, METRICS, fallback, what, notices, metricName);
}

/** A year from a link within [min, max], or the fallback with a notice. */
const readYear = (raw: string, min: number, max: number, fallback: number, what: string, notices: string[]) =>
  wholeNumber(raw, min, max, fallback, what, notices, 'a year');

/** The scenario settings of a link, on top of the preset's; every change is a notice. */
function readSettings(
  get: (key: string) => string | undefined,
  base: ScenarioSettings,
  notices: string[],
): ScenarioSettings {
  const out = { ...base };
  const start = get('start');
  if (start !== undefined)
    out.startYear = readYear(start, FIRST_START_YEAR, LAST_START_YEAR, base.startYear, 'first year', notices);
  const end = get('end');
  const lastEnd = out.startYear + MAX_HORIZON;
  if (end !== undefined) {
    out.endYear = readYear(
      end,
      out.startYear + 1,
      lastEnd,
      out.startYear + (base.endYear - base.startYear),
      'horizon',
      notices,
    );
  } else if (start !== undefined) {
    // A new first year keeps the preset's number of years.
    out.endYear = Math.min(lastEnd, out.startYear + (base.endYear - base.startYear));
  }
  const prices = get('prices');
  if (prices !== undefined)
    out.priceYear = readYear(
      prices,
      FIRST_PRICE_YEAR,
      LAST_PRICE_YEAR,
      base.priceYear,
      'price year',
      notices,
    );
  const pop = get('pop');
  if (pop !== undefined)
    out.population = pickOne(
      pop,
      ['projected', 'observed'] as const,
      base.population,
      'population mode',
      notices,
    );
  const delivery = get('delivery');
  if (delivery !== undefined)
    out.delivery = pickOne(delivery, DELIVERIES, base.delivery, 'delivery', notices);
  const services = get('services');
  if (services !== undefined)
    out.services = pickOne(services, SERVICES_COUNTED, base.services, 'services counted', notices);
  const costs = get('costs');
  if (costs !== undefined)
    out.unitCosts = pickOne(costs, COST_EDITIONS, base.unitCosts, 'unit cost edition', notices);
  if (out.endYear > lastEnd || out.endYear <= out.startYear) {
    out.endYear = Math.min(lastEnd, Math.max(out.startYear + 1, out.endYear));
    notices.push(
      `The horizon was changed to ${fyLabel(out.endYear - 1)}, within ${MAX_HORIZON} years of the first year.`,
    );
  }
  return out;
}

/** Keys that change the scenario: a link holding one but no preset was made for the reconstruction. */
function isLegacyScenarioKey(key: string): boolean {
  return key === 'end' || key === 'pop' || key === 'b' || key.startsWith(B_PREFIX) || isParamId(key);
}

/** Parse a query string (with or without "?") into a valid state and notices. */
export function decodeQuery(query: string, areaIds: ReadonlySet<string>): Decoded {
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE, changes: {} };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { state, notices: ['The link could not be read: showing the default view.'] };
  }
  const seen = new Set<string>();
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      if (!notices.some((n) => n.includes(`"${key}"`)))
        notices.push(`The link repeats ${quote(key)}: the first value was used.`);
      continue;
    }
    seen.add(key);
    values.set(key, value);
  }

  const get = (k: string) => values.get(k);
  const view = get('view');
  if (view !== undefined) state.view = pickOne(view, VIEWS, DEFAULT_STATE.view, 'view', notices);
  const preset = get('preset');
  if (preset !== undefined) {
    state.preset = isPresetId(preset)
      ? preset
      : pickOne(preset, PRESET_IDS, DEFAULT_STATE.preset, 'preset', notices, presetName);
  } else if ([...values.keys()].some(isLegacyScenarioKey)) {
    // Links made before the planning preset was the default name no preset: they mean the reconstruction.
    state.preset = 'hlp2017';
    notices.push(
      `This link names no preset, as links made before ${PRESETS[DEFAULT_STATE.preset].label} was the default did: it opens ${PRESETS.hlp2017.label}, as it did then.`,
    );
  }
  state.settings = readSettings(get, PRESETS[state.preset].settings, notices);
  const area = get('area');
  if (area !== undefined) {
    if (areaIds.has(area)) state.area = area;
    else notices.push(`Unknown area ${quote(area)}: showing London instead.`);
  }
  const metric = get('metric');
  if (metric !== undefined) state.metric = readMetric(metric, DEFAULT_STATE.metric, 'map measure', notices);
  const diff = get('diff');
  if (diff !== undefined)
    state.diff = readMetric(diff, DEFAULT_STATE.diff, 'measure of the difference map', notices);
  const map = get('map');
  if (map !== undefined) state.map = pickOne(map, MAP_FORMS, DEFAULT_STATE.map, 'map form', notices);
  const stack = get('stack');
  if (stack !== undefined)
    state.stack = pickOne(stack, STACKS, DEFAULT_STATE.stack, 'chart grouping', notices);
  const draws = get('draws');
  if (draws !== undefined)
    state.draws = wholeNumber(draws, MIN_DRAWS, MAX_DRAWS, DEFAULT_STATE.draws, 'number of runs', notices);
  const seed = get('seed');
  if (seed !== undefined)
    state.seed = wholeNumber(seed, 0, MAX_SEED, DEFAULT_STATE.seed, 'random seed', notices);
  const present = get('present');
  if (present !== undefined) {
    if (present === '1' || present === '0') state.present = present === '1';
    else notices.push(`Unknown presenter mode ${quote(present)}: use present=1 to start presenting.`);
  }
  const scene = get('scene');
  if (scene !== undefined)
    state.scene = wholeNumber(scene, 1, SCENE_COUNT, DEFAULT_STATE.scene, 'presenter scene', notices);

  const b = get('b');
  const bKeys = [...values.keys()].some((k) => k.startsWith(B_PREFIX));
  if (b !== undefined || bKeys) {
    const fallback = otherPreset(state.preset);
    if (b === undefined) {
      notices.push(
        `The link changes scenario B without naming its preset: B starts from ${PRESETS[fallback].label}.`,
      );
    }
    state.b = {
      preset:
        b === undefined
          ? fallback
          : pickOne(b, PRESET_IDS, fallback, 'preset for scenario B', notices, presetName),
      changes: {},
    };
  }

  // The Compare view always has a B, so a link to it without one names the default.
  if (state.view === 'compare' && state.b === null)
    state.b = { preset: otherPreset(state.preset), changes: {} };

  for (const [key, raw] of values) {
    if ((STATE_KEYS as readonly string[]).includes(key)) continue;
    const forB = key.startsWith(B_PREFIX);
    const id = forB ? key.slice(B_PREFIX.length) : key;
    if (!isParamId(id)) {
      notices.push(`Ignored the unknown setting ${quote(key)}.`);
      continue;
    }
    const changes = forB ? (state.b as NonNullable<ViewState['b']>).changes : state.changes;
    readParam(id, raw, changes, forB ? 'Scenario B: ' : '', notices);
  }
  if (notices.length > MAX_NOTICES) {
    const more = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, notices.length, `…and ${more} more changes to the link.`);
  }
  return { state, notices };
}

function sameSettings(a: ScenarioSettings, b: ScenarioSettings): boolean {
  return (Object.keys(a) as (keyof ScenarioSettings)[]).every((k) => a[k] === b[k]);
}

/** The query string for a state, listing only what differs from the defaults ("" for the default view). */
export function encodeQuery(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.view !== d.view) params.set('view', state.view);
  // The preset is named whenever the scenario differs from it, so the link never depends on the default.
  const scenarioKeys =
    state.b !== null ||
    Object.keys(state.changes).length > 0 ||
    !sameSettings(state.settings, PRESETS[state.preset].settings);
  if (state.preset !== d.preset || scenarioKeys) params.set('preset', state.preset);
  if (state.area !== d.area) params.set('area', state.area);
  if (state.metric !== d.metric) params.set('metric', state.metric);
  if (state.diff !== d.diff) params.set('diff', state.diff);
  if (state.map !== d.map) params.set('map', state.map);
  if (state.stack !== d.stack) params.set('stack', state.stack);
  const base = PRESETS[state.preset].settings;
  const s = state.settings;
  if (s.startYear !== base.startYear) params.set('start', String(s.startYear));
  // A first year moves the horizon with it, so a link that sets one always sets the other.
  if (s.endYear !== base.endYear || s.startYear !== base.startYear) params.set('end', String(s.endYear));
  if (s.population !== base.population) params.set('pop', s.population);
  if (s.priceYear !== base.priceYear) params.set('prices', String(s.priceYear));
  if (s.delivery !== base.delivery) params.set('delivery', s.delivery);
  if (s.services !== base.services) params.set('services', s.services);
  if (s.unitCosts !== base.unitCosts) params.set('costs', s.unitCosts);
  if (state.draws !== d.draws) params.set('draws', String(state.draws));
  if (state.seed !== d.seed) params.set('seed', String(state.seed));
  if (state.present !== d.present) params.set('present', state.present ? '1' : '0');
  if (state.scene !== d.scene) params.set('scene', String(state.scene));
  if (state.b) params.set('b', state.b.preset);
  for (const [id, v] of Object.entries(state.changes)) {
    if (v !== undefined) params.set(id, String(v));
  }
  for (const [id, v] of Object.entries(state.b?.changes ?? {})) {
    if (v !== undefined) params.set(`${B_PREFIX}${id}`, String(v));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
