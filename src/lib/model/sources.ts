/**
 * Publications cited by the parameter register: short names, links and, for
 * evidence of effects, the study design behind them. The full citations are in
 * parameter-notes.ts, loaded on demand (see also data/SOURCES.md).
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
  design: string;
  /** People (or studies) behind the figure, as the source gives it. */
  n: string;
  controlled: boolean;
  padlocks: 0 | 1 | 2 | 3 | 4 | 5;
}

export interface Source {
  /** Short form shown beside a value. */
  short: string;
  url: string | null;
  /** For sources of effects: the design and size of the study. */
  evidence?: Evidence;
}

export const SOURCES: Record<SourceId, Source> = {
  assumption: {
    short: 'Assumption',
    url: null,
    evidence: { kind: 'none', design: 'No study', n: 'none', controlled: false, padlocks: 0 },
  },
  calibration: { short: 'Calibration', url: null },
  hlp2017: {
    short: 'HLP 2017 (modellers’ summary)',
    url: 'https://www.healthylondon.org/personalisation/social-prescribing',
    evidence: {
      kind: 'modellers’ summary',
      design: 'A summary of the Rotherham pilot ("a fifth"), not a measured effect',
      n: 'none of its own',
      controlled: false,
      padlocks: 0,
    },
  },
  pssru2016: {
    short: 'PSSRU 2016',
    url: 'https://www.pssru.ac.uk/project-pages/unit-costs/unit-costs-2016/',
  },
  refcosts1516: {
    short: 'NHS Reference Costs 2015-16',
    url: 'https://www.gov.uk/government/publications/nhs-reference-costs-2015-to-2016',
  },
  pssru2024: {
    short: 'PSSRU 2024, Table 9.4.2',
    url: 'https://kar.kent.ac.uk/109563/',
  },
  ncc2324: {
    short: 'National Cost Collection 2023/24',
    url: 'https://www.england.nhs.uk/costing-in-the-nhs/national-cost-collection/',
  },
  rotherham: {
    short: 'Rotherham evaluation',
    url: 'https://www.scie.org.uk/future-of-care/asset-based-places/case-studies/rotherham',
    evidence: {
      kind: 'before and after',
      design: 'Before and after referral, no control group',
      n: 'over 2,000 people referred',
      controlled: false,
      padlocks: 1,
    },
  },
  polley2017: {
    short: 'Polley et al. 2017',
    url: 'https://www.artshealthresources.org.uk/docs/a-review-of-the-evidence-assessing-impact-of-social-prescribing-on-healthcare-demand-and-cost-implications/',
    evidence: {
      kind: 'review, mostly uncontrolled',
      design: 'Review of 14 mostly uncontrolled evaluations',
      n: '14 papers',
      controlled: false,
      padlocks: 1,
    },
  },
  kiely2022: {
    short: 'Kiely et al. 2022',
    url: 'https://bmjopen.bmj.com/lookup/doi/10.1136/bmjopen-2022-062951',
    evidence: {
      kind: 'review of trials',
      design: 'Systematic review of 5 randomised trials and 3 controlled before-after studies',
      n: '6,500 people',
      controlled: true,
      padlocks: 4,
    },
  },
  wilding2025: {
    short: 'Wilding et al. 2025',
    url: 'https://bjgp.org/',
    evidence: {
      kind: 'difference-in-differences',
      design: 'Difference-in-differences on GP records (staggered roll-out)',
      n: '15.7 million patients, 1,461 practices',
      controlled: true,
      padlocks: 3,
    },
  },
  gpControlled: {
    short: 'Kiely et al. 2022 and Wilding et al. 2025',
    url: 'https://bmjopen.bmj.com/lookup/doi/10.1136/bmjopen-2022-062951',
    evidence: {
      kind: 'midpoint of two controlled studies',
      design:
        'Midpoint of two controlled estimates that disagree: randomised trials (little or no effect) and a difference-in-differences study (about 40%)',
      n: '6,500 people in trials; 15.7 million patients in the difference-in-differences study',
      controlled: true,
      padlocks: 2,
    },
  },
  nasp2024: {
    short: 'NASP 2024 (Newcastle)',
    url: 'https://socialprescribingacademy.org.uk/resources/new-report-shows-impact-of-social-prescribing-on-health-service-use-and-costs/',
    evidence: {
      kind: 'matched control',
      design: 'Local evaluation against a matched control group, as summarised by NASP',
      n: 'not given in the summary',
      controlled: true,
      padlocks: 2,
    },
  },
  dhEpp: {
    short: 'DH EPP data',
    url: 'https://www.hsj.co.uk/home/expert-patient-courses-set-to-expand/15366.article',
    evidence: {
      kind: 'self-report',
      design: 'Self-report by course completers, no control group',
      n: 'about 1,000 people',
      controlled: false,
      padlocks: 1,
    },
  },
  kennedy2007: {
    short: 'Kennedy et al. 2007',
    url: 'https://jech.bmj.com/content/61/3/254',
    evidence: {
      kind: 'randomised trial',
      design: 'Randomised controlled trial, 6 months',
      n: '629 people',
      controlled: true,
      padlocks: 4,
    },
  },
  heeSplw: {
    short: 'HEE Roles Explorer',
    url: 'https://www.hee.nhs.uk/our-work/workforce-transformation/spread-adoption/hee-roles-explorer/system-priorities-primary-care/social-prescribing-link-worker',
  },
  tphc2024: {
    short: 'Transformation Partners in Health and Care',
    url: 'https://www.transformationpartners.nhs.uk/addressing-health-inequity-in-london-through-personalised-care-and-community-led-prevention/',
  },
  onsMye: {
    short: 'ONS mid-year estimates',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  },
  greenBook: {
    short: 'HM Treasury Green Book',
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent',
  },
  greenBookWellbeing: {
    short: 'Green Book wellbeing guidance 2021',
    url: 'https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing',
  },
};
