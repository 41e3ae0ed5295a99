/**
 * The assumption register as rows: every parameter with its current and preset
 * value, ranges, source and confidence grade. The CLI (--params) and the page's
 * "Assumptions CSV" both print these rows.
 */
import { PARAM_NOTES, SOURCE_CITATIONS, SOURCE_DETAILS } from '../model/parameter-notes.ts';
import { PARAMS, type ParamValues } from '../model/parameters.ts';
import { SOURCES } from '../model/sources.ts';
import { toCsv, type Cell } from './csv.ts';
import { unitWords } from './unit-words.ts';

export interface RegisterRow {
  id: string;
  group: string;
  label: string;
  unit: string;
  value: number;
  preset_value: number;
  low: number;
  high: number;
  min: number;
  max: number;
  step: number;
  grade: string;
  verified: boolean;
  source: string;
  citation: string;
  url: string;
  detail: string;
}

/** One row per parameter, in register order. */
export function registerRows(values: ParamValues, presetValues: ParamValues): RegisterRow[] {
  return PARAMS.map((p) => ({
    id: p.id,
    group: p.group,
    label: p.label,
    unit: unitWords(p),
    value: values[p.id],
    preset_value: presetValues[p.id],
    low: p.low,
    high: p.high,
    min: p.min,
    max: p.max,
    step: p.step,
    grade: p.grade,
    verified: p.verified,
    source: SOURCES[p.source].short,
    citation: SOURCE_CITATIONS[p.source],
    url: SOURCE_DETAILS[p.source].url ?? '',
    detail: PARAM_NOTES[p.id],
  }));
}

/** Column order of the CSV (and of the CLI's JSON). */
export const REGISTER_COLUMNS: readonly (keyof RegisterRow)[] = [
  'id',
  'group',
  'label',
  'unit',
  'value',
  'preset_value',
  'low',
  'high',
  'min',
  'max',
  'step',
  'grade',
  'verified',
  'source',
  'citation',
  'url',
  'detail',
];

/** The register's rows as cells, in REGISTER_COLUMNS order. */
export function registerCells(rows: RegisterRow[]): Cell[][] {
  return rows.map((r) => REGISTER_COLUMNS.map((k) => r[k]));
}

export function registerCsv(rows: RegisterRow[]): string {
  return toCsv([...REGISTER_COLUMNS], registerCells(rows));
}
