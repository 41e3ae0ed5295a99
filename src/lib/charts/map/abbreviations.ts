/**
 * Three-letter borough abbreviations, one place for the tile map and the geographic
 * map's labels. Letters follow the names so they read without a key (after the
 * common London tile-map conventions); the table and tooltips always give full names.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
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

/** The abbreviation, or the code's last three digits for an unknown code (never blank). */
export function abbreviation(code: string): string {
  return ABBREVIATIONS[code] ?? code.slice(-3);
}
