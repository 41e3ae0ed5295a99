/** Publications cited by the parameter register (see also data/SOURCES.md for borough data). */

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
  /** Full citation. */
  citation: string;
  url: string | null;
}

export const SOURCES: Record<SourceId, Source> = {
  assumption: {
    short: 'Assumption',
    citation:
      'An assumption of this reconstruction: the published HLP modelling did not release its inputs, and no published figure was found.',
    url: null,
  },
  calibration: {
    short: 'Calibration',
    citation:
      "Computed so that the reconstruction reproduces Healthy London Partnership's published headline of £533m gross NHS savings in London by 2021.",
    url: null,
  },
  hlp2017: {
    short: 'HLP 2017',
    citation:
      'Healthy London Partnership (2017). Social prescribing: steps towards implementing self-care, and the slide pack "Social prescribing and expert patient programmes modelling" (i5 Health for HLP): "could save the NHS in London £533 million by 2021".',
    url: 'https://www.healthylondon.org/personalisation/social-prescribing',
  },
  pssru2016: {
    short: 'PSSRU 2016',
    citation:
      'Curtis L, Burns A (2016). Unit Costs of Health and Social Care 2016. Personal Social Services Research Unit, University of Kent.',
    url: 'https://www.pssru.ac.uk/project-pages/unit-costs/unit-costs-2016/',
  },
  refcosts1516: {
    short: 'NHS Reference Costs 2015-16',
    citation:
      'Department of Health (15 December 2016). Reference Costs 2015-16 and the national schedule of reference costs.',
    url: 'https://www.gov.uk/government/publications/nhs-reference-costs-2015-to-2016',
  },
  rotherham2014: {
    short: 'Rotherham evaluation',
    citation:
      'Dayson C, Bashir N (September 2014). The social and economic impact of the Rotherham Social Prescribing Pilot: main evaluation report. CRESR, Sheffield Hallam University; and Dayson C et al. (2016), the 2012-15 service evaluation.',
    url: 'https://www.scie.org.uk/future-of-care/asset-based-places/case-studies/rotherham',
  },
  polley2017: {
    short: 'Polley et al. 2017',
    citation:
      'Polley M, Bertotti M, Kimberlee R, Pilkington K (2017). A review of the evidence assessing impact of social prescribing on healthcare demand and cost implications. University of Westminster. "The quality of that evidence is weak."',
    url: 'https://www.artshealthresources.org.uk/docs/a-review-of-the-evidence-assessing-impact-of-social-prescribing-on-healthcare-demand-and-cost-implications/',
  },
  dhEpp: {
    short: 'DH EPP data',
    citation:
      'Department of Health data on Expert Patients Programme completers (245 courses, about 1,000 participants; self-reported), as reported in the Health Service Journal, 14 April 2005 and again in 2007. No full report was published.',
    url: 'https://www.hsj.co.uk/home/expert-patient-courses-set-to-expand/15366.article',
  },
  kennedy2007: {
    short: 'Kennedy et al. 2007',
    citation:
      'Kennedy A et al. (2007). The effectiveness and cost effectiveness of a national lay-led self care support programme for patients with long-term conditions: a pragmatic randomised controlled trial. J Epidemiol Community Health 61(3):254-261; and Richardson G et al. (2008), JECH 62(4):361-367.',
    url: 'https://jech.bmj.com/content/61/3/254',
  },
  greenBook: {
    short: 'HM Treasury Green Book',
    citation:
      'HM Treasury. The Green Book: appraisal and evaluation in central government (2003, updated 2011): social time preference rate 3.5% a year for the first 30 years; supplementary guidance on optimism bias.',
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent',
  },
};
