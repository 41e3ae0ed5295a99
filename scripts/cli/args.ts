/** Parsing of the model CLI's arguments. Pure: returns options or throws UsageError. */
import { decimal, snapToStep } from '../../src/lib/state/url.ts';
import { MAX_SEED } from '../../src/lib/state/view-state.ts';
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
  isPresetId,
  paramDef,
  type ParamId,
  type PresetId,
  type ScenarioSettings,
} from '../../src/lib/model/index.ts';

export type Format = 'table' | 'csv' | 'json';

/** The preset the page opens on, and so the CLI's too. */
export const DEFAULT_PRESET_ID: PresetId = 'evidence-2026';

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

export const MIN_DRAWS = 100;
export const MAX_DRAWS = 100_000;

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

/** A plain decimal number, as a link takes it: not hex, binary or octal. */
function parseNumber(text: string, what: string): number {
  const n = decimal(text);
  if (!Number.isFinite(n)) throw new UsageError(`${what}: "${text}" is not a number`);
  return n;
}

/** PARAM=VALUE, the value put on its slider's step as the page does (said in `notes`). */
function parseSet(text: string, notes: string[]): [ParamId, number] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set expects PARAM=VALUE, got "${text}"`);
  const id = text.slice(0, eq);
  if (!isParamId(id)) throw new UsageError(`unknown parameter "${id}" (see --params for the list)`);
  const value = parseNumber(text.slice(eq + 1), id);
  const def = paramDef(id);
  if (value < def.min || value > def.max) {
    throw new UsageError(`${id} = ${value} is out of range (${def.min} to ${def.max})`);
  }
  const snapped = snapToStep(id, value);
  if (snapped !== value)
    notes.push(`${id} = ${value} was rounded to the slider's step, ${snapped}, as the page does`);
  return [id, snapped];
}

function parseYears(text: string): [number, number] {
  const m = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (!m) throw new UsageError(`--years expects START-END, e.g. 2026-2040, got "${text}"`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from > to) throw new UsageError(`--years ${text}: the first year is after the last`);
  return [from, to];
}

function parseYear(text: string, flag: string, min: number, max: number): number {
  const t = text.trim();
  const n = /^\d{4}$/.test(t) ? Number(t) : NaN;
  if (!(n >= min && n <= max))
    throw new UsageError(`${flag} must be a year from ${min} to ${max}, not "${text}"`);
  return n;
}

function oneOf<T extends string>(text: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${flag} is one of ${allowed.join(', ')}, not "${text}"`);
}

function parseDraws(text: string): number {
  const n = decimal(text);
  if (!Number.isInteger(n) || n < MIN_DRAWS || n > MAX_DRAWS)
    throw new UsageError(`--draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS}, not "${text}"`);
  return n;
}

function parseSeed(text: string): number {
  const n = decimal(text);
  if (!Number.isInteger(n) || n < 0 || n > MAX_SEED)
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}, as in a link, not "${text}"`);
  return n;
}

function parseFormat(text: string): Format {
  if (text === 'table' || text === 'csv' || text === 'json') return text;
  throw new UsageError(`unknown format "${text}" (table, csv or json)`);
}

/**
 * The options of a command line. Anything changed on the way, as the page changes a link
 * (a value put on its step, a repeated --set), is said in `notes`.
 */
export function parseArgs(argv: string[], notes: string[] = []): CliOptions {
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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    switch (arg) {
      case '--help':
      case '-h':
        return { mode: 'help' };
      case '--params':
        params = true;
        break;
      case '--preset': {
        const v = takeValue(argv, i++, arg);
        if (!isPresetId(v)) throw new UsageError(`unknown preset "${v}" (one of ${PRESET_IDS.join(', ')})`);
        preset = v;
        break;
      }
      case '--set': {
        const [id, value] = parseSet(takeValue(argv, i++, arg), notes);
        // As a link's repeated key: the first value is used.
        if (id in set)
          notes.push(`--set ${id} is given more than once: the first value was used, as the page does`);
        else set[id] = value;
        break;
      }
      case '--area':
        areas.push(takeValue(argv, i++, arg));
        break;
      case '--years':
        years = parseYears(takeValue(argv, i++, arg));
        break;
      case '--population':
        settings.population = oneOf(takeValue(argv, i++, arg), ['projected', 'observed'] as const, arg);
        break;
      case '--start':
        settings.startYear = parseYear(takeValue(argv, i++, arg), arg, FIRST_START_YEAR, LAST_START_YEAR);
        break;
      case '--prices':
        settings.priceYear = parseYear(takeValue(argv, i++, arg), arg, FIRST_PRICE_YEAR, LAST_PRICE_YEAR);
        break;
      case '--delivery':
        settings.delivery = oneOf(takeValue(argv, i++, arg), DELIVERIES, arg);
        break;
      case '--services':
        settings.services = oneOf(takeValue(argv, i++, arg), SERVICES_COUNTED, arg);
        break;
      case '--unit-costs':
        settings.unitCosts = oneOf(takeValue(argv, i++, arg), COST_EDITIONS, arg);
        break;
      case '--format':
        format = parseFormat(takeValue(argv, i++, arg));
        break;
      case '--out':
        out = takeValue(argv, i++, arg);
        break;
      case '--data':
        data = takeValue(argv, i++, arg);
        break;
      case '--template':
        template = true;
        break;
      case '--uncertainty':
        uncertainty = true;
        break;
      case '--tornado':
        tornado = true;
        break;
      case '--draws':
        draws = parseDraws(takeValue(argv, i++, arg));
        break;
      case '--seed': {
        // Not takeValue: a negative seed starts with '-'.
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError('--seed needs a value');
        seed = parseSeed(v);
        i++;
        break;
      }
      default:
        throw new UsageError(`unknown option "${arg}"`);
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
