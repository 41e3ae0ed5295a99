/**
 * The columns of a file of one's own areas (the "Use your own areas" template), declared
 * once: the reader checks a file against them, the template is written in their order,
 * and the page and README list them with what each one means.
 */
import type { ColumnRule } from '../data/read/csv.ts';
import type { NeedIndicator } from '../data/types.ts';

export interface AreaColumn {
  /** The column's name, or its pattern with YYYY for a year. */
  name: string;
  required: boolean;
  rule: ColumnRule;
  about: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const idRule = (what: string): ColumnRule => ({
  kind: 'text',
  pattern: ID,
  expected: `${what}: up to 40 letters, digits, "-", "_" or ".", starting with a letter or digit`,
});
const nameRule: ColumnRule = {
  kind: 'text',
  pattern: /^[^\n\r]{1,80}$/,
  expected: 'a name of 1 to 80 characters',
};
const levelRule: ColumnRule = {
  kind: 'text',
  blank: 'allowed',
  pattern: /^[^\n\r]{1,40}$/,
  expected: 'a word or two, up to 40 characters',
};
export const COUNT: ColumnRule = {
  kind: 'number',
  integer: true,
  min: 0,
  minExclusive: true,
  max: 100_000_000,
  what: 'a population',
};
const percent: ColumnRule = { kind: 'number', blank: 'allowed', min: 0, max: 100, what: 'a percentage' };

/** Columns with a fixed name. */
export const FIXED_COLUMNS: readonly AreaColumn[] = [
  {
    name: 'area_code',
    required: true,
    rule: idRule('a code'),
    about:
      "Your area's code, once per file: an ONS code (E09000007, an LSOA's E01...), an ODS code (a PCN's U12345) or any short code. Links and exports use it.",
  },
  { name: 'area_name', required: true, rule: nameRule, about: 'Its name, as the page shows it.' },
  {
    name: 'short_name',
    required: false,
    rule: { kind: 'text', blank: 'allowed', pattern: /^\S{1,4}$/, expected: 'a label of 1 to 4 characters' },
    about: 'A label of up to 4 characters for the tile map. Blank: the last 3 characters of the code.',
  },
  {
    name: 'group_code',
    required: true,
    rule: idRule('a group code'),
    about:
      "The code of the group the area is in (its ICB, borough or PCN). The page adds up each group's areas.",
  },
  {
    name: 'group_name',
    required: true,
    rule: nameRule,
    about: "The group's name: the same on every row of the group.",
  },
  {
    name: 'area_level',
    required: false,
    rule: levelRule,
    about: 'What one area is called ("PCN", "LSOA", "borough"), the same on every row. Blank: "area".',
  },
  {
    name: 'group_level',
    required: false,
    rule: levelRule,
    about: 'What one group is called ("ICB", "borough"), the same on every row. Blank: "group".',
  },
  {
    name: 'whole_name',
    required: false,
    rule: levelRule,
    about:
      'The name of all the areas together ("North East London"), the same on every row. Blank: "All areas".',
  },
];

/** Need indicators: each optional; a blank cell counts as the average (MODEL.md section 5). */
export const NEED_COLUMNS: readonly (AreaColumn & { indicator: NeedIndicator })[] = [
  {
    name: 'qof_diabetes_pct',
    indicator: 'qofDiabetes',
    required: false,
    rule: percent,
    about:
      'Recorded prevalence of diabetes, % (QOF). Used with COPD and hypertension for long-term conditions.',
  },
  {
    name: 'qof_copd_pct',
    indicator: 'qofCopd',
    required: false,
    rule: percent,
    about: 'Recorded prevalence of COPD, % (QOF).',
  },
  {
    name: 'qof_hypertension_pct',
    indicator: 'qofHypertension',
    required: false,
    rule: percent,
    about: 'Recorded prevalence of hypertension, % (QOF).',
  },
  {
    name: 'qof_depression_pct',
    indicator: 'qofDepression',
    required: false,
    rule: percent,
    about:
      'Recorded prevalence of depression, % of those 18+ (QOF). Used with deprivation for mental health.',
  },
  {
    name: 'imd_score',
    indicator: 'imd2015',
    required: false,
    rule: { kind: 'number', blank: 'allowed', min: 0, max: 100, what: 'an IMD average score' },
    about: 'Index of Multiple Deprivation average score. Used for financial advice and mental health.',
  },
];

/** Population columns, by year. One set of the first three for each base year. */
export const POPULATION_COLUMNS: readonly AreaColumn[] = [
  {
    name: 'pop_18plus_YYYY',
    required: true,
    rule: COUNT,
    about:
      'Adults aged 18 and over at mid-year YYYY: the base year the model starts from. At least one base year.',
  },
  {
    name: 'pop_65plus_YYYY',
    required: true,
    rule: COUNT,
    about: 'Residents aged 65 and over at mid-year YYYY, for each base year.',
  },
  {
    name: 'pop_YYYY',
    required: true,
    rule: COUNT,
    about:
      'Residents of all ages at mid-year YYYY, for each base year; later years (YYYY+1, ...) are optional and make the population follow them.',
  },
];

/** Patients registered with the area's practices: optional, for every area or none. */
export const REGISTERED_COLUMN: AreaColumn = {
  name: 'registered_patients',
  required: false,
  rule: { ...COUNT, blank: 'allowed', what: 'a count of registered patients' },
  about:
    "Patients registered with the area's GP practices (NHS England's monthly counts, say), for every area or none. Given, link workers in post are shared among the areas by registered patients rather than by adults; the whole's link workers per 10,000 adults stay as set. Blank: by adults.",
};

export const ALL_COLUMNS: readonly AreaColumn[] = [
  ...FIXED_COLUMNS,
  ...NEED_COLUMNS,
  REGISTERED_COLUMN,
  ...POPULATION_COLUMNS,
];

export const ADULTS = /^pop_18plus_(\d{4})$/;
export const OLDER = /^pop_65plus_(\d{4})$/;
export const ALL_AGES = /^pop_(\d{4})$/;
