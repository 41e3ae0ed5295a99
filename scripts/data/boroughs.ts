import type { InnerOuter } from '../../src/lib/data/types.ts';
import type { ColumnRule } from './csv.ts';

export const POP_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
export const BASE_YEAR = 2016;

export const POP_COLUMNS = POP_YEARS.map((year) => `pop_${year}`);
export const ADULTS_COLUMN = 'pop_18plus_2016';
export const OLDER_COLUMN = 'pop_65plus_2016';
/** Every column that holds a head count and so must add up to an ONS total. */
export const COUNT_COLUMNS = [...POP_COLUMNS, ADULTS_COLUMN, OLDER_COLUMN];

export const INNER_OUTER: readonly InnerOuter[] = ['Inner London', 'Outer London'];

const count: ColumnRule = { kind: 'number', integer: true, min: 0, minExclusive: true, what: 'a population' };
const percent: ColumnRule = { kind: 'number', blank: 'allowed', min: 0, max: 100, what: 'a percentage' };

/** The columns of data/boroughs.csv and what each cell must look like. */
export const BOROUGH_COLUMNS: Readonly<Record<string, ColumnRule>> = {
  // The code's range and uniqueness are checked across rows, so here it only must be present.
  code: { kind: 'text' },
  name: { kind: 'text' },
  inner_outer: { kind: 'oneOf', values: INNER_OUTER },
  stp_name: { kind: 'text' },
  stp_code: { kind: 'text' },
  ccg_2016_name: { kind: 'text' },
  ccg_2016_ods: { kind: 'text', pattern: /^[0-9A-Z]{3}$/, expected: 'a 3-character ODS code such as 07T' },
  ccg_2016_gss: { kind: 'text', pattern: /^E38\d{6}$/, expected: 'a CCG GSS code such as E38000035' },
  ccg_note: { kind: 'text', blank: 'allowed' },
  ...Object.fromEntries(COUNT_COLUMNS.map((column) => [column, count])),
  imd2015_avg_score: { kind: 'number', blank: 'allowed', min: 0, max: 100, what: 'an IMD average score' },
  imd2015_rank_of_326: {
    kind: 'number',
    blank: 'allowed',
    integer: true,
    min: 1,
    max: 326,
    what: 'a rank of 326',
  },
  qof1617_depression_pct_18plus: percent,
  qof1617_diabetes_pct_17plus: percent,
  qof1617_copd_pct: percent,
  qof1617_hypertension_pct: percent,
  inland_area_hectares: { kind: 'number', blank: 'allowed', min: 0, minExclusive: true, what: 'an area' },
};

export const REQUIRED_BOROUGH_COLUMNS = Object.keys(BOROUGH_COLUMNS);

/** The 33 London local authority codes, E09000001 (City of London) to E09000033. */
export const LONDON_CODES: readonly string[] = Array.from(
  { length: 33 },
  (_, i) => `E09${String(i + 1).padStart(6, '0')}`,
);

/** The five 2016 STP footprints covering London (ONS E54 codes); today's London ICSs. */
export const LONDON_STPS: Readonly<Record<string, string>> = {
  E54000027: 'North West London',
  E54000028: 'North Central London',
  E54000029: 'North East London',
  E54000030: 'South East London',
  E54000031: 'South West London',
};
