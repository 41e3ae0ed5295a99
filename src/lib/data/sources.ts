/** The borough data's sources, for the methodology page. Full detail: data/SOURCES.md. */

export interface DataSource {
  what: string;
  source: string;
  vintage: string;
  caveat: string;
}

export const DATA_SOURCES: DataSource[] = [
  {
    what: 'Population, all ages, 2016-2020',
    source:
      'ONS, Population estimates for the UK, England and Wales, Scotland and Northern Ireland, table MYE2',
    vintage: 'Mid-2016 (released 22 June 2017) to mid-2020 (25 June 2021), each from its first release',
    caveat:
      'Pre-Census 2021 estimates, since revised. ONS revised the 2012-2016 estimates in March 2018, so part of the 2016 to 2017 change is revision, not growth (City of London and Haringey most).',
  },
  {
    what: 'Adults 18+ and residents 65+, 2016',
    source: 'ONS mid-2016 estimates, MYE2 by single year of age',
    vintage: 'Released 22 June 2017',
    caveat: 'The base populations of the cohorts. London: 6,803,159 adults and 1,021,124 aged 65+.',
  },
  {
    what: 'Recorded prevalence: diabetes, COPD, hypertension, depression',
    source: 'NHS Digital, Quality and Outcomes Framework 2016-17, CCG level',
    vintage: 'Published 26 October 2017',
    caveat:
      "CCG values, not borough values: City of London and Hackney share one; Kensington and Chelsea carries West London CCG's. Recorded among registered patients, crude (not age-standardised).",
  },
  {
    what: 'Deprivation: IMD 2015 average score',
    source: 'DCLG, English Indices of Deprivation 2015, local authority summaries',
    vintage: 'Released 30 September 2015',
    caveat:
      'Recomputed from the official small-area scores with the published method; matches all 27 London ranks found published.',
  },
  {
    what: 'Inner/Outer London, STP footprints, CCGs',
    source:
      'GLA London Borough Profiles 2017; NHS STP footprints (E54) as mapped in NHS Digital QOF 2016-17 reference data',
    vintage: 'Footprints of 2016; CCGs in force April 2013 to March 2020',
    caveat: "The five STPs are today's London integrated care systems.",
  },
  {
    what: 'Borough boundaries',
    source: 'London Datastore statistical GIS boundary files, simplified (npm package vega-datasets 3.2.1)',
    vintage: '2011 boundaries',
    caveat:
      'Contains National Statistics and Ordnance Survey data © Crown copyright and database right 2015. For display only.',
  },
];

export const NOT_AVAILABLE: string[] = [
  '2016-based borough population projections to 2021: not obtained, so the model grows the 2016 base at a chosen rate, or follows the observed estimates to 2020.',
  'A borough measure of older people living alone or of loneliness: none found, so the isolated-older-people cohort is split by the 65+ population alone.',
  "HLP's own cohort definitions, inputs and borough tables: never published.",
];
