/**
 * The scenario's settings in a link: seven query keys on top of the preset's settings.
 * Each is declared once here, with the codec the CLI's flags read through too.
 */
import {
  COST_EDITIONS,
  DELIVERIES,
  FIRST_PRICE_YEAR,
  FIRST_START_YEAR,
  LAST_PRICE_YEAR,
  LAST_START_YEAR,
  MAX_HORIZON,
  PRESETS,
  SERVICES_COUNTED,
  fyLabel,
  type PresetId,
  type ScenarioSettings,
} from '../model/index.ts';
import { noticeFor, type Field } from './codec.ts';
import { choiceValue, wholeValue, type ValueCodec } from './read.ts';

interface Setting<K extends keyof ScenarioSettings> {
  key: string;
  /** What a notice calls it. */
  what: string;
  /** Its codec, given the settings read before it (the horizon's range follows the first year). */
  value: (before: ScenarioSettings) => ValueCodec<ScenarioSettings[K]>;
}

/** Every setting, in the order a link lists them. */
export const SETTINGS: { [K in keyof ScenarioSettings]: Setting<K> } = {
  startYear: {
    key: 'start',
    what: 'first year',
    value: () => wholeValue(FIRST_START_YEAR, LAST_START_YEAR, 'year'),
  },
  endYear: {
    key: 'end',
    what: 'horizon',
    value: (s) => wholeValue(s.startYear + 1, s.startYear + MAX_HORIZON, 'year'),
  },
  population: {
    key: 'pop',
    what: 'population mode',
    value: () => choiceValue(['projected', 'observed'] as const),
  },
  priceYear: {
    key: 'prices',
    what: 'price year',
    value: () => wholeValue(FIRST_PRICE_YEAR, LAST_PRICE_YEAR, 'year'),
  },
  delivery: { key: 'delivery', what: 'delivery', value: () => choiceValue(DELIVERIES) },
  services: { key: 'services', what: 'services counted', value: () => choiceValue(SERVICES_COUNTED) },
  unitCosts: { key: 'costs', what: 'unit cost edition', value: () => choiceValue(COST_EDITIONS) },
};

const SETTING_IDS = Object.keys(SETTINGS) as (keyof ScenarioSettings)[];

/** One setting from a link into `out`, or the fallback with a notice. */
function readSetting<K extends keyof ScenarioSettings>(
  id: K,
  raw: string,
  out: ScenarioSettings,
  fallback: ScenarioSettings[K],
  notices: string[],
): void {
  const { what, value } = SETTINGS[id];
  const codec = value(out);
  const r = codec.read(raw);
  const notice = noticeFor(what, raw, r, codec, codec.write(fallback));
  if (notice) notices.push(notice);
  out[id] = r.kind === 'invalid' ? fallback : r.value;
}

/** The settings field: the preset's settings, with what a link changes; the horizon moves with the first year. */
export function settingsField<S extends { preset: PresetId }>(
  defaults: ScenarioSettings,
): Field<ScenarioSettings, S> {
  return {
    keys: SETTING_IDS.map((id) => SETTINGS[id].key),
    default: defaults,
    decode(q, before, notices) {
      const base = PRESETS[before.preset].settings;
      const years = base.endYear - base.startYear;
      const out = { ...base };
      for (const id of SETTING_IDS) {
        const raw = q.get(SETTINGS[id].key);
        if (id === 'endYear' && raw === undefined && q.get(SETTINGS.startYear.key) !== undefined) {
          // A new first year keeps the preset's number of years.
          out.endYear = Math.min(out.startYear + MAX_HORIZON, out.startYear + years);
        }
        if (raw === undefined) continue;
        const fallback = id === 'endYear' ? out.startYear + years : base[id];
        readSetting(id, raw, out, fallback, notices);
      }
      const lastEnd = out.startYear + MAX_HORIZON;
      if (out.endYear > lastEnd || out.endYear <= out.startYear) {
        out.endYear = Math.min(lastEnd, Math.max(out.startYear + 1, out.endYear));
        notices.push(
          `The horizon was changed to ${fyLabel(out.endYear - 1)}, within ${MAX_HORIZON} years of the first year.`,
        );
      }
      return out;
    },
    encode(s, state) {
      const base = PRESETS[state.preset].settings;
      // A first year moves the horizon with it, so a link that sets one always sets the other.
      const moved = s.startYear !== base.startYear;
      return SETTING_IDS.filter((id) => s[id] !== base[id] || (id === 'endYear' && moved)).map((id) => [
        SETTINGS[id].key,
        String(s[id]),
      ]);
    },
  };
}
