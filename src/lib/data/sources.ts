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
    caveat:
      'The base populations of the cohorts for scenarios starting up to 2024. London: 6,803,159 adults and 1,021,124 aged 65+.',
  },
  {
    what: 'Population, all ages, and adults 18+ and residents 65+, mid-2024',
    source:
      'ONS, Estimates of the population for England and Wales, mid-2024 (mye24tablesew.xlsx), MYE2 Persons; ages summed from single years',
    vintage: 'Released 30 July 2025 (first release)',
    caveat:
      'The base populations for scenarios starting in 2025 or later. ONS revised mid-2024 on 29 July 2026; the revised borough figures were not found. Read from a third-party copy of the ONS sheet. London: 9,089,736 people, 7,173,650 adults and 1,115,497 aged 65+.',
  },
  {
    what: 'Population, all ages, mid-2025',
    source:
      'ONS, Estimates of the population for England and Wales, mid-2025, MYE2 Persons (also Nomis NM_2002_1)',
    vintage: 'Released 29 July 2026',
    caveat:
      'Seen only in a third-party copy; the London total, 9,122,909, as quoted by two third-party files, not in an ONS table. Mid-2024 comes from the earlier release, so the 2024 to 2025 change mixes two releases and is not all growth. No age bands.',
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
    caveat:
      "The five STP footprints, with the same E54 codes, are today's five London integrated care boards.",
  },
  {
    what: 'Integrated care boards: names, ODS and ONS codes',
    source:
      'NHS England (ICBs established 1 July 2022); ONS ICB (July 2022) codes and NHS ODS codes, as copied in public code files',
    vintage: 'July 2022, unchanged for London since',
    caveat:
      'North West London QRV (E54000027), North Central London QMJ (E54000028), North East London QMF (E54000029), South East London QKK (E54000030), South West London QWE (E54000031). The ONS and ODS files themselves were not seen. North Central and North West London ICBs have approved a merger, reported for 2026: their codes may change.',
  },
  {
    what: 'Prices: GDP deflators by financial year',
    source:
      'HM Treasury, GDP deflators at market prices, and money GDP, March 2026 (Quarterly National Accounts)',
    vintage: 'Published 31 March 2026; 2024-25 = 100; outturn to 2024-25 (ONS L8GG)',
    caveat:
      'Read from third-party copies that agree to 4 decimal places, not the HMT file. 2025-26 to 2030-31 are OBR forecasts (Spring Statement, 3 March 2026), whose index levels the copies chained from the OBR % changes. The December 2025 edition differs by about 0.01%.',
  },
  {
    what: 'Link worker cost: ARRS maximum reimbursable amount per whole-time link worker',
    source:
      "NHS England, Network Contract DES, Additional Roles Reimbursement Scheme, as reported by Pulse, the RCGP, Greater Manchester Training Hub and Management in Practice (NHS England's annex not seen)",
    vintage:
      '2019/20 £34,113; 2020/21 £35,389; 2022/23 £36,428; 2023/24 £40,159 (from 1 July 2023; £38,187 before)',
    caveat:
      'Salary plus employer National Insurance and pension, Agenda for Change band 5, excluding the London High Cost Area Supplement, so London posts may cost more. Years not found are not filled: the latest earlier amount is used, converted with the deflators.',
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
  'The revised ONS mid-2023 and mid-2024 borough estimates (July 2025 and July 2026 releases): not found, so mid-2024 is the first release.',
  'Borough adults 18+ and residents 65+ for mid-2025: not found, so the mid-2024 age bands are the latest base.',
  'ARRS link worker amounts for 2021/22, 2024/25 and 2025/26: not found (for the last two, only the uplifts were reported), so those years use the previous amount in real terms.',
  'A London-weighted (HCAS) link worker amount: not found.',
  "Link workers in post in each London ICB: published by NHS Digital (Primary Care Network Workforce) but not obtained; London as a whole had 'almost 500' around 2024.",
];
