/**
 * Publications cited by the parameter register: short names and links. The full
 * citations are in parameter-notes.ts, loaded on demand (see also data/SOURCES.md).
 */

export type SourceId =
  | 'assumption'
  | 'calibration'
  | 'hlp2017'
  | 'pssru2016'
  | 'refcosts1516'
  | 'rotherham2014'
  | 'polley2017'
  | 'dhEpp'
  | 'kennedy2007'
  | 'greenBook';

export interface Source {
  /** Short form shown beside a value. */
  short: string;
  url: string | null;
}

export const SOURCES: Record<SourceId, Source> = {
  assumption: {
    short: 'Assumption',
    url: null,
  },
  calibration: {
    short: 'Calibration',
    url: null,
  },
  hlp2017: {
    short: 'HLP 2017',
    url: 'https://www.healthylondon.org/personalisation/social-prescribing',
  },
  pssru2016: {
    short: 'PSSRU 2016',
    url: 'https://www.pssru.ac.uk/project-pages/unit-costs/unit-costs-2016/',
  },
  refcosts1516: {
    short: 'NHS Reference Costs 2015-16',
    url: 'https://www.gov.uk/government/publications/nhs-reference-costs-2015-to-2016',
  },
  rotherham2014: {
    short: 'Rotherham evaluation',
    url: 'https://www.scie.org.uk/future-of-care/asset-based-places/case-studies/rotherham',
  },
  polley2017: {
    short: 'Polley et al. 2017',
    url: 'https://www.artshealthresources.org.uk/docs/a-review-of-the-evidence-assessing-impact-of-social-prescribing-on-healthcare-demand-and-cost-implications/',
  },
  dhEpp: {
    short: 'DH EPP data',
    url: 'https://www.hsj.co.uk/home/expert-patient-courses-set-to-expand/15366.article',
  },
  kennedy2007: {
    short: 'Kennedy et al. 2007',
    url: 'https://jech.bmj.com/content/61/3/254',
  },
  greenBook: {
    short: 'HM Treasury Green Book',
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent',
  },
};
