import type { InnerOuter } from '../../src/lib/data/types.ts';
import type { ColumnRule } from './csv.ts';

/** An ONS vintage as columns of data/boroughs.csv (see data/SOURCES.md). */
export interface VintageColumns {
  id: string;
  label: string;
  baseYear: number;
  /** All-ages columns by mid-year, the base year first. */
  years: readonly number[];
  adults: string;
  older: string;
}

export const VINTAGES: readonly VintageColumns[] = [
  {
    id: 'mid2016',
    label:
      'ONS mid-year estimates as first released, mid-2016 (ages) to mid-2020; the pre-Census-2021 series',
    baseYear: 2016,
    years: [2016, 2017, 2018, 2019, 2020],
    adults: 'pop_18plus_2016',
    older: 'pop_65plus_2016',
  },
  {
    id: 'mid2024',
    label: 'ONS mid-2024 estimates (released 30 July 2025) with ages, and mid-2025 (released 29 July 2026)',
    baseYear: 2024,
    years: [2024, 2025],
    adults: 'pop_18plus_2024',
    older: 'pop_65plus_2024',
  },
];

export const allAgesColumn = (year: number) => `pop_${year}`;
/** Every column that holds a head count and so must add up to an ONS total. */
export const COUNT_COLUMNS = VINTAGES.flatMap((v) => [...v.years.map(allAgesColumn), v.adults, v.older]);

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
  icb_ods: { kind: 'text' },
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

/**
 * London's five integrated care boards (established 1 July 2022) by ONS code, with their
 * NHS ODS codes: the same footprints and E54 codes as the 2016 STPs (data/SOURCES.md).
 */
export const LONDON_STPS: Readonly<Record<string, { name: string; ods: string }>> = {
  E54000027: { name: 'North West London', ods: 'QRV' },
  E54000028: { name: 'North Central London', ods: 'QMJ' },
  E54000029: { name: 'North East London', ods: 'QMF' },
  E54000030: { name: 'South East London', ods: 'QKK' },
  E54000031: { name: 'South West London', ods: 'QWE' },
};
