/**
 * Publications cited by the parameter register: short names and, for evidence of
 * effects, how strong the design behind them is. Links, the designs in full and the
 * citations are in parameter-notes.ts, loaded on demand (see also data/SOURCES.md).
 */

export type SourceId =
  | 'assumption'
  | 'calibration'
  | 'hlp2017'
  | 'pssru2016'
  | 'refcosts1516'
  | 'pssru2024'
  | 'ncc2324'
  | 'rotherham'
  | 'polley2017'
  | 'kiely2022'
  | 'wilding2025'
  | 'gpControlled'
  | 'nasp2024'
  | 'dhEpp'
  | 'kennedy2007'
  | 'heeSplw'
  | 'tphc2024'
  | 'onsMye'
  | 'greenBook'
  | 'greenBookWellbeing';

/**
 * How strong the design behind a figure is, in the manner of the EEF toolkit's
 * padlocks: 0 (none: an assumption or a summary without a study) to 5.
 */
export interface Evidence {
  /** The design in two or three words, shown beside the value: "randomised trial". */
  kind: string;
  controlled: boolean;
  padlocks: 0 | 1 | 2 | 3 | 4 | 5;
}

export interface Source {
  /** Short form shown beside a value. */
  short: string;
  /** For sources of effects: how strong the study's design is. */
  evidence?: Evidence;
}

export const SOURCES: Record<SourceId, Source> = {
  assumption: {
    short: 'Assumption',
    evidence: { kind: 'none', controlled: false, padlocks: 0 },
  },
  calibration: { short: 'Calibration' },
  hlp2017: {
    short: 'HLP 2017 (modellers’ summary)',
    evidence: {
      kind: 'modellers’ summary',
      controlled: false,
      padlocks: 0,
    },
  },
  pssru2016: {
    short: 'PSSRU 2016',
  },
  refcosts1516: {
    short: 'NHS Reference Costs 2015-16',
  },
  pssru2024: {
    short: 'PSSRU 2024, Table 9.4.2',
  },
  ncc2324: {
    short: 'National Cost Collection 2023/24',
  },
  rotherham: {
    short: 'Rotherham evaluation',
    evidence: {
      kind: 'before and after',
      controlled: false,
      padlocks: 1,
    },
  },
  polley2017: {
    short: 'Polley et al. 2017',
    evidence: {
      kind: 'review, mostly uncontrolled',
      controlled: false,
      padlocks: 1,
    },
  },
  kiely2022: {
    short: 'Kiely et al. 2022',
    evidence: {
      kind: 'review of trials',
      controlled: true,
      padlocks: 4,
    },
  },
  wilding2025: {
    short: 'Wilding et al. 2025',
    evidence: {
      kind: 'difference-in-differences',
      controlled: true,
      padlocks: 3,
    },
  },
  gpControlled: {
    short: 'Kiely et al. 2022 and Wilding et al. 2025',
    evidence: {
      kind: 'midpoint of two controlled studies',
      controlled: true,
      padlocks: 2,
    },
  },
  nasp2024: {
    short: 'NASP 2024 (Newcastle)',
    evidence: {
      kind: 'matched control',
      controlled: true,
      padlocks: 2,
    },
  },
  dhEpp: {
    short: 'DH EPP data',
    evidence: {
      kind: 'self-report',
      controlled: false,
      padlocks: 1,
    },
  },
  kennedy2007: {
    short: 'Kennedy et al. 2007',
    evidence: {
      kind: 'randomised trial',
      controlled: true,
      padlocks: 4,
    },
  },
  heeSplw: {
    short: 'HEE Roles Explorer',
  },
  tphc2024: {
    short: 'Transformation Partners in Health and Care',
  },
  onsMye: {
    short: 'ONS mid-year estimates',
  },
  greenBook: {
    short: 'HM Treasury Green Book',
  },
  greenBookWellbeing: {
    short: 'Green Book wellbeing guidance 2021',
  },
};
