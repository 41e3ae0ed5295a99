/** Parsing of the model CLI's arguments. Pure: returns options or throws UsageError. */
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  FIRST_END_YEAR,
  LAST_END_YEAR,
  PRESET_IDS,
  isParamId,
  isPresetId,
  paramDef,
  type ParamId,
  type PopulationMode,
  type PresetId,
} from '../../src/lib/model/index.ts';

export type Format = 'table' | 'csv' | 'json';

export interface RunOptions {
  mode: 'run';
  preset: PresetId;
  set: Partial<Record<ParamId, number>>;
  areas: string[];
  /** First and last financial start years, e.g. 2017 and 2020 for 2017/18-2020/21. */
  years: [number, number] | null;
  population: PopulationMode;
  format: Format;
  /** Monte Carlo uncertainty (--uncertainty), or null. */
  uncertainty: { draws: number; seed: number } | null;
  /** One-way sensitivity with switching values (--tornado). */
  tornado: boolean;
}

export interface ParamsOptions {
  mode: 'params';
  format: Format;
}

export interface HelpOptions {
  mode: 'help';
}

export type CliOptions = RunOptions | ParamsOptions | HelpOptions;

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const MIN_DRAWS = 100;
export const MAX_DRAWS = 100_000;

export const USAGE = `Usage:
  npm run model -- --preset ID [--set PARAM=VALUE ...] [--area AREA ...] [--years 2017-2020]
                   [--population projected|observed] [--format table|csv|json]
                   [--uncertainty [--draws N] [--seed S]] [--tornado]
  npm run model -- --params [--format table|csv|json]

  ID:    ${PRESET_IDS.join(', ')}
  AREA:  london, inner, outer, an STP code (E54000027-E54000031) or a borough code (E09000001-E09000033)
  PARAM: a parameter id from --params, in model units (percentages as fractions: 0.2 = 20%)
  --years A-B: financial years A/A+1 to B/B+1, from 2017 to ${LAST_END_YEAR - 1}
  --uncertainty: Monte Carlo percentiles (p5/p50/p95) of gross, cost, net and ROI
  --draws N: ${MIN_DRAWS} to ${MAX_DRAWS} draws (default ${DEFAULT_DRAWS}); --seed S: an integer (default ${DEFAULT_SEED})
  --tornado: net savings with each parameter at its low and high, and switching values`;

function takeValue(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return v;
}

function parseNumber(text: string, what: string): number {
  const trimmed = text.trim();
  const n = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(n)) throw new UsageError(`${what}: "${text}" is not a number`);
  return n;
}

function parseSet(text: string): [ParamId, number] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set expects PARAM=VALUE, got "${text}"`);
  const id = text.slice(0, eq);
  if (!isParamId(id)) throw new UsageError(`unknown parameter "${id}" (see --params for the list)`);
  const value = parseNumber(text.slice(eq + 1), id);
  const def = paramDef(id);
  if (value < def.min || value > def.max) {
    throw new UsageError(`${id} = ${value} is out of range (${def.min} to ${def.max})`);
  }
  return [id, value];
}

function parseYears(text: string): [number, number] {
  const m = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (!m) throw new UsageError(`--years expects START-END, e.g. 2017-2020, got "${text}"`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from < FIRST_END_YEAR - 1 || to > LAST_END_YEAR - 1 || from > to) {
    throw new UsageError(
      `--years ${text} is out of range (financial years from 2017 to ${LAST_END_YEAR - 1})`,
    );
  }
  return [from, to];
}

function parseDraws(text: string): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < MIN_DRAWS || n > MAX_DRAWS)
    throw new UsageError(`--draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS}, not "${text}"`);
  return n;
}

function parseSeed(text: string): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isSafeInteger(n))
    throw new UsageError(`--seed must be an integer, not "${text}"`);
  return n;
}

function parseFormat(text: string): Format {
  if (text === 'table' || text === 'csv' || text === 'json') return text;
  throw new UsageError(`unknown format "${text}" (table, csv or json)`);
}

export function parseArgs(argv: string[]): CliOptions {
  let preset: PresetId = 'hlp2017';
  let format: Format = 'table';
  let params = false;
  let population: PopulationMode = 'projected';
  let years: [number, number] | null = null;
  const set: Partial<Record<ParamId, number>> = {};
  const areas: string[] = [];
  let uncertainty = false;
  let tornado = false;
  let draws: number | null = null;
  let seed: number | null = null;
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
        const [id, value] = parseSet(takeValue(argv, i++, arg));
        set[id] = value;
        break;
      }
      case '--area':
        areas.push(takeValue(argv, i++, arg));
        break;
      case '--years':
        years = parseYears(takeValue(argv, i++, arg));
        break;
      case '--population': {
        const v = takeValue(argv, i++, arg);
        if (v !== 'projected' && v !== 'observed')
          throw new UsageError(`--population is projected or observed, not "${v}"`);
        population = v;
        break;
      }
      case '--format':
        format = parseFormat(takeValue(argv, i++, arg));
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
  if (params) return { mode: 'params', format };
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
    population,
    format,
    uncertainty: uncertainty ? { draws: draws ?? DEFAULT_DRAWS, seed: seed ?? DEFAULT_SEED } : null,
    tornado,
  };
}
