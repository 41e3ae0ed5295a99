/**
 * Parsing of the model CLI's arguments. Pure: returns options or throws UsageError.
 * Every value that is also in a link is read by the page's own codec (src/lib/state/), so
 * the same text gives the same value: put on its slider's step (said in a note), the
 * first of a repeated flag used (said too), decimals only. What the page would have had to
 * clamp or replace, the CLI refuses, naming what it takes.
 */
import {
  DEFAULT_PRESET,
  FIELDS,
  MAX_DRAWS,
  MIN_DRAWS,
  PRESET_VALUE,
} from '../../src/lib/state/view-state.ts';
import { SETTINGS } from '../../src/lib/state/settings-field.ts';
import { capNotices, decimal, paramValue, quote, type ValueCodec } from '../../src/lib/state/read.ts';
import {
  COST_EDITIONS,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  DELIVERIES,
  FIRST_PRICE_YEAR,
  FIRST_START_YEAR,
  LAST_PRICE_YEAR,
  LAST_START_YEAR,
  MAX_HORIZON,
  PRESET_IDS,
  SERVICES_COUNTED,
  isParamId,
  paramDef,
  type ParamId,
  type PresetId,
  type ScenarioSettings,
} from '../../src/lib/model/index.ts';

export type Format = 'table' | 'csv' | 'json';

/** The preset the page opens on, and so the CLI's too. */
export const DEFAULT_PRESET_ID: PresetId = DEFAULT_PRESET;

export interface RunOptions {
  mode: 'run';
  preset: PresetId;
  set: Partial<Record<ParamId, number>>;
  areas: string[];
  /** First and last financial years reported (by their first calendar year), e.g. 2017 and 2020 for 2017/18-2020/21. */
  years: [number, number] | null;
  /** Settings that replace the preset's (--start, --prices, --delivery, --services, --unit-costs, --population). */
  settings: Partial<ScenarioSettings>;
  format: Format;
  /** Monte Carlo uncertainty (--uncertainty), or null. */
  uncertainty: { draws: number; seed: number } | null;
  /** One-way sensitivity with switching values (--tornado). */
  tornado: boolean;
  /** A file to write instead of standard output (--out), or null. */
  out: string | null;
  /** A CSV of one's own areas to run on instead of London's boroughs (--data), or null. */
  data: string | null;
}

/** --template: the CSV of one's own areas, London's boroughs filled in. */
export interface TemplateOptions {
  mode: 'template';
  out: string | null;
}

export interface ParamsOptions {
  mode: 'params';
  format: Format;
  out: string | null;
}

export interface HelpOptions {
  mode: 'help';
}

export type CliOptions = RunOptions | ParamsOptions | TemplateOptions | HelpOptions;

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  npm run model -- --preset ID [--set PARAM=VALUE ...] [--area AREA ...] [--years 2026-2040]
                   [--start YEAR] [--prices YEAR] [--population projected|observed]
                   [--delivery ${DELIVERIES.join('|')}] [--services ${SERVICES_COUNTED.join('|')}]
                   [--unit-costs ${COST_EDITIONS.join('|')}] [--format table|csv|json]
                   [--uncertainty [--draws N] [--seed S]] [--tornado] [--data FILE.csv] [--out FILE]
  npm run model -- --params [--format table|csv|json] [--out FILE]
  npm run model -- --template [--out FILE]

  ID:    ${PRESET_IDS.join(', ')} (default ${DEFAULT_PRESET_ID})
  AREA:  london, inner, outer, an ICB code (E54000027-E54000031) or a borough code (E09000001-E09000033);
         with --data, london (all the file's areas), a group_code or an area_code of the file
  PARAM: a parameter id from --params, in model units (percentages as fractions: 0.2 = 20%)
  --years A-B: report financial years A/A+1 to B/B+1; the scenario runs to B/B+1, from its start year
  --start YEAR: the first financial year, ${FIRST_START_YEAR} to ${LAST_START_YEAR} (default: the preset's); horizon up to ${MAX_HORIZON} years
  --prices YEAR: show money at YEAR/YEAR+1 prices, ${FIRST_PRICE_YEAR} to ${LAST_PRICE_YEAR} (default: the preset's)
  --delivery: perStart (one cost per start), demandLed (link workers needed) or capacityLed (link workers in post)
  --services: which services count as NHS benefits, hospital only or all (hospital and GP)
  --uncertainty: Monte Carlo percentiles (p5/p50/p95) of gross, cost, net and ROI
  --draws N: ${MIN_DRAWS} to ${MAX_DRAWS} draws (default ${DEFAULT_DRAWS}); --seed S: an integer (default ${DEFAULT_SEED})
  --tornado: net savings with each parameter at its low and high, and switching values
  --data FILE.csv: run on one's own areas (the columns of --template), checked as the page checks them
  --template: print the CSV of one's own areas, London's 33 boroughs filled in, to fill or replace
  --out FILE: write to FILE rather than standard output (npm prints its own lines there unless run with -s)`;

function takeValue(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return v;
}

/**
 * A flag's value read by the page's codec: taken as given, or put on its step with a note;
 * anything the page would clamp or replace is refused, saying what the flag takes.
 */
function readFlag<T>(flag: string, raw: string, codec: ValueCodec<T>, notes: string[], why = ''): T {
  const r = codec.read(raw);
  if (r.kind === 'exact') return r.value;
  if (r.kind === 'stepped') {
    notes.push(`${flag} ${quote(raw)} was put on its step, ${codec.write(r.value)}, as the page does`);
    return r.value;
  }
  throw new UsageError(`${flag} ${codec.expects}${why}, not ${quote(raw)}`);
}

/** The parameter id of PARAM=VALUE. */
function setId(text: string): ParamId {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set expects PARAM=VALUE, got ${quote(text)}`);
  const id = text.slice(0, eq);
  if (!isParamId(id)) throw new UsageError(`unknown parameter ${quote(id)} (see --params for the list)`);
  return id;
}

/** The value of PARAM=VALUE, read as a link's: put on its slider's step (said in `notes`), never clamped. */
function setValue(id: ParamId, text: string, notes: string[]): number {
  const raw = text.slice(text.indexOf('=') + 1);
  const r = paramValue(id).read(raw);
  const def = paramDef(id);
  switch (r.kind) {
    case 'invalid':
      throw new UsageError(`${id}: ${quote(raw)} is not a number`);
    case 'changed':
      throw new UsageError(`${id} = ${decimal(raw)} is out of range (${def.min} to ${def.max})`);
    case 'stepped':
      notes.push(`${id} = ${decimal(raw)} was rounded to the slider's step, ${r.value}, as the page does`);
      return r.value;
    case 'exact':
      return r.value;
  }
}

function parseYears(text: string): [number, number] {
  const m = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (!m) throw new UsageError(`--years expects START-END, e.g. 2026-2040, got ${quote(text)}`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from > to) throw new UsageError(`--years ${text}: the first year is after the last`);
  return [from, to];
}

function parseFormat(text: string): Format {
  if (text === 'table' || text === 'csv' || text === 'json') return text;
  throw new UsageError(`unknown format ${quote(text)} (table, csv or json)`);
}

/** The settings flags, each read by its setting's codec in the link. */
const SETTING_FLAGS: Readonly<Record<string, keyof ScenarioSettings>> = {
  '--start': 'startYear',
  '--prices': 'priceYear',
  '--population': 'population',
  '--delivery': 'delivery',
  '--services': 'services',
  '--unit-costs': 'unitCosts',
};

function readSetting<K extends keyof ScenarioSettings>(
  flag: string,
  id: K,
  raw: string,
  settings: Partial<ScenarioSettings>,
  notes: string[],
): void {
  // Only the horizon's range depends on the settings before it, and it has no flag.
  settings[id] = readFlag(flag, raw, SETTINGS[id].value(FIELDS.settings.default), notes);
}

/**
 * The options of a command line. Anything changed on the way, as the page changes a link
 * (a value put on its step, a repeated flag), is said in `notes`, at most as many as a link's.
 */
export function parseArgs(argv: string[], notes: string[] = []): CliOptions {
  const said: string[] = [];
  const opts = parse(argv, said);
  notes.push(...capNotices(said, 'notes on the command line'));
  return opts;
}

function parse(argv: string[], notes: string[]): CliOptions {
  let preset: PresetId = DEFAULT_PRESET_ID;
  let format: Format = 'table';
  let params = false;
  const settings: Partial<ScenarioSettings> = {};
  let years: [number, number] | null = null;
  const set: Partial<Record<ParamId, number>> = {};
  const areas: string[] = [];
  let uncertainty = false;
  let tornado = false;
  let draws: number | null = null;
  let seed: number | null = null;
  let out: string | null = null;
  let data: string | null = null;
  let template = false;
  // As a link's repeated key: the first value is used, and a note says so once.
  const given = new Set<string>();
  const repeated = new Set<string>();
  const first = (name: string): boolean => {
    if (!given.has(name)) {
      given.add(name);
      return true;
    }
    if (!repeated.has(name)) {
      repeated.add(name);
      notes.push(`${name} is given more than once: the first value was used, as the page does`);
    }
    return false;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const setting = Object.hasOwn(SETTING_FLAGS, arg) ? SETTING_FLAGS[arg] : undefined;
    if (setting !== undefined) {
      const v = takeValue(argv, i++, arg);
      if (first(arg)) readSetting(arg, setting, v, settings, notes);
      continue;
    }
    switch (arg) {
      case '--help':
      case '-h':
        return { mode: 'help' };
      case '--params':
        params = true;
        break;
      case '--preset': {
        const v = takeValue(argv, i++, arg);
        if (!first(arg)) break;
        const r = PRESET_VALUE.read(v);
        if (r.kind !== 'exact')
          throw new UsageError(`unknown preset ${quote(v)} (one of ${PRESET_IDS.join(', ')})`);
        preset = r.value;
        break;
      }
      case '--set': {
        const text = takeValue(argv, i++, arg);
        const id = setId(text);
        if (first(`--set ${id}`)) set[id] = setValue(id, text, notes);
        break;
      }
      case '--area':
        areas.push(takeValue(argv, i++, arg));
        break;
      case '--years': {
        const v = takeValue(argv, i++, arg);
        if (first(arg)) years = parseYears(v);
        break;
      }
      case '--format': {
        const v = takeValue(argv, i++, arg);
        if (first(arg)) format = parseFormat(v);
        break;
      }
      case '--out': {
        const v = takeValue(argv, i++, arg);
        if (first(arg)) out = v;
        break;
      }
      case '--data': {
        const v = takeValue(argv, i++, arg);
        if (first(arg)) data = v;
        break;
      }
      case '--template':
        template = true;
        break;
      case '--uncertainty':
        uncertainty = true;
        break;
      case '--tornado':
        tornado = true;
        break;
      case '--draws': {
        const v = takeValue(argv, i++, arg);
        if (first(arg)) draws = readFlag(arg, v, FIELDS.draws.value, notes);
        break;
      }
      case '--seed': {
        // Not takeValue: a negative seed starts with '-' (and is refused as a link's would be changed).
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError('--seed needs a value');
        i++;
        if (first(arg)) seed = readFlag(arg, v, FIELDS.seed.value, notes, ', as in a link');
        break;
      }
      default:
        throw new UsageError(`unknown option ${quote(arg)}`);
    }
  }
  if (template) return { mode: 'template', out };
  if (params) return { mode: 'params', format, out };
  if (format === 'csv' && (uncertainty || tornado))
    throw new UsageError(
      `${uncertainty ? '--uncertainty' : '--tornado'} is shown in table or json format, not csv`,
    );
  if (!uncertainty && (draws !== null || seed !== null))
    throw new UsageError(`${draws !== null ? '--draws' : '--seed'} is only used with --uncertainty`);
  return {
    mode: 'run',
    preset,
    set,
    areas: areas.length > 0 ? areas : ['london'],
    years,
    settings,
    format,
    uncertainty: uncertainty ? { draws: draws ?? DEFAULT_DRAWS, seed: seed ?? DEFAULT_SEED } : null,
    tornado,
    out,
    data,
  };
}
