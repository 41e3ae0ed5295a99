/**
 * The London data definition: the one place that knows London's areas are its 33
 * boroughs (E09 codes), grouped into five ICBs (E54 codes) and into Inner and Outer
 * London, and which columns of data/boroughs.csv hold them. Everything downstream
 * reads the levels from the dataset's geography (src/lib/data/types.ts, Geography).
 */
import type { AreaGroup, Geography } from '../../src/lib/data/types.ts';
import type { ColumnRule } from '../../src/lib/data/read/csv.ts';

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

/** The inner_outer column's values, and the id each one's area has. */
export const INNER_OUTER = ['Inner London', 'Outer London'] as const;
export type InnerOuter = (typeof INNER_OUTER)[number];
const INNER_OUTER_ID: Readonly<Record<InnerOuter, string>> = {
  'Inner London': 'inner',
  'Outer London': 'outer',
};

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

/**
 * Three-letter borough labels for the tile map and the map. Letters follow the names so
 * they read without a key (after the common London tile-map conventions); the table and
 * tooltips always give full names.
 */
export const LONDON_SHORT: Readonly<Record<string, string>> = {
  E09000001: 'CTY',
  E09000002: 'BAR',
  E09000003: 'BRN',
  E09000004: 'BXL',
  E09000005: 'BRT',
  E09000006: 'BRM',
  E09000007: 'CAM',
  E09000008: 'CRD',
  E09000009: 'EAL',
  E09000010: 'ENF',
  E09000011: 'GRE',
  E09000012: 'HAC',
  E09000013: 'HMS',
  E09000014: 'HGY',
  E09000015: 'HRW',
  E09000016: 'HAV',
  E09000017: 'HIL',
  E09000018: 'HNS',
  E09000019: 'ISL',
  E09000020: 'KNS',
  E09000021: 'KNG',
  E09000022: 'LAM',
  E09000023: 'LEW',
  E09000024: 'MRT',
  E09000025: 'NWM',
  E09000026: 'RDB',
  E09000027: 'RCH',
  E09000028: 'SWK',
  E09000029: 'STN',
  E09000030: 'TOW',
  E09000031: 'WFO',
  E09000032: 'WND',
  E09000033: 'WST',
};

/** A borough's place in the levels, as data/boroughs.csv gives it. */
export interface BoroughLevels {
  code: string;
  innerOuter: InnerOuter;
  stpCode: string;
  stpName: string;
}

/**
 * London's levels as data: boroughs, grouped into Inner and Outer London (whose sum is
 * London) and into the five ICBs (drawn on the map). Boroughs sorted by code.
 */
export function londonGeography(boroughs: readonly BoroughLevels[]): Geography {
  const members = (keep: (b: BoroughLevels) => boolean) =>
    boroughs
      .filter(keep)
      .map((b) => b.code)
      .sort();
  const icbs: AreaGroup[] = [...new Set(boroughs.map((b) => b.stpCode))].sort().map((code) => {
    const known = LONDON_STPS[code];
    if (!known) throw new Error(`internal: ICB ${code} not validated`);
    const name = boroughs.find((b) => b.stpCode === code)?.stpName ?? known.name;
    return { code, name, ods: known.ods, members: members((b) => b.stpCode === code) };
  });
  return {
    whole: { id: 'london', name: 'London' },
    leaf: { id: 'borough', names: { singular: 'borough', plural: 'boroughs' }, code: 'ONS code' },
    groupings: [
      {
        id: 'inner_outer',
        names: { singular: 'Inner or Outer London', plural: 'Inner and Outer London' },
        title: 'Inner and Outer London',
        groups: INNER_OUTER.map((io) => ({
          code: INNER_OUTER_ID[io],
          name: io,
          members: members((b) => b.innerOuter === io),
        })),
      },
      {
        id: 'icb',
        names: { singular: 'ICB', plural: 'ICBs' },
        title: 'Integrated care boards (ICBs), the 2016 STP footprints',
        groups: icbs,
      },
    ],
    main: 'icb',
  };
}
