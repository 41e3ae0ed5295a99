/**
 * What each parameter's value rests on, in words, and the full citations. Kept apart from the register so
 * the page loads it only when someone asks (a source toggle, the methodology view);
 * the CLI and tests import it directly.
 */
import { COHORTS, COHORT_INFO, SERVICES } from './dimensions.ts';
import type { ParamId } from './parameters.ts';
import type { SourceId } from './sources.ts';

const BASE_LABEL = { adults18: 'adults 18+', older65: 'residents 65+' } as const;

export const PARAM_NOTES: Record<ParamId, string> = {
  growth:
    'Starting value of the reconstruction. For comparison, ONS mid-year estimates give London 8,787,892 (2016) to 9,002,488 (2020): 0.61% a year. Range is an assumption.',
  alpha:
    '0 splits each cohort by population alone; 1 scales it fully by the borough need index (QOF 2016-17 prevalence, IMD 2015). Does not change the London total.',
  k: 'Multiplies every cohort. The HLP 2017 reconstruction sets it so that London gross savings 2017/18-2020/21 come to £533m, within 1% once k is rounded to three significant figures (gross savings are linear in k); the evidence presets use 1.',
  eff_sp_gp:
    'The reconstruction applies the Rotherham "fifth" to every service. The 2017 evidence review found GP demand fell by 28% on average across 7 studies, all uncontrolled; the authors call the evidence weak. Range 0-40%.',
  eff_sp_ae:
    'Rotherham 2012-15 service evaluation: A&E attendances fell by 17% (23% under age 80) after referral, before/after without a control group. The 2017 review reports 24% on average across 5 studies. Range 0-27%.',
  eff_sp_nel:
    'Rotherham 2012-15 service evaluation: non-elective inpatient episodes fell by 7% (19% excluding people over 80), before/after without a control group. HLP\'s modellers summarised the 2014 pilot as cutting hospital use "by a fifth". Range 0-25%.',
  eff_sp_op:
    'The reconstruction applies the Rotherham "fifth". No published outpatient figure from Rotherham was found to confirm it. Range 0-20%.',
  eff_epp_gp:
    'Department of Health data on EPP completers: GP consultations fell 7% (self-reported, no control group). The randomised trial (Kennedy et al. 2007) found no significant fall in routine service use, hence the low end of 0.',
  eff_epp_ae:
    'Department of Health data on EPP completers: A&E use fell 16% (self-reported). Low end 0 from the randomised trial (Kennedy et al. 2007).',
  eff_epp_nel:
    'No published figure for an EPP effect on emergency admissions was found; 5% is an assumption of the reconstruction.',
  eff_epp_op:
    'Department of Health data on EPP completers: outpatient visits fell 10% (self-reported). The randomised trial (Kennedy et al. 2007) found no significant fall.',
  cost_gp:
    'Surgery consultation with a GP. The 2016 table was not reachable to verify £36; the 2015 edition gives £33-£44 per 11.7-minute surgery visit, depending on whether qualification and direct care staff costs are included.',
  cost_ae:
    'National average A&E attendance. The 2015-16 figure was not reachable to verify £138, so it is graded B, not A, until checked against the national schedule. For scale: 2013-14 reference costs gave £114 (not admitted) and £138 (admitted); 2016-17 gave £148 on average.',
  cost_nel:
    'National average non-elective inpatient stay. The 2015-16 figure was not reachable to verify £1,600, so it is graded B, not A, until checked against the national schedule. For scale: 2016-17 reference costs gave £1,590 per episode excluding excess bed days (£313 each), so a whole stay costs more.',
  cost_op:
    'National average outpatient attendance. The 2015-16 figure was not reachable to verify £117 (graded B, not A, until checked); 2016-17 reference costs gave £120.',
  uplift:
    'Multiplies every unit cost to reflect London prices (NHS market forces factor). 1 uses national averages; range is an assumption.',
  startRate:
    'Annual share of the eligible cohort referred and starting, once fully rolled out. The reconstruction uses 25%; the evidence presets 20% and 8%.',
  rampYears: 'Starts ramp up linearly: year t reaches t / rampYears of the full start rate.',
  uptake:
    'Share of referred people who take part. 100% in all presets; the start rate already describes reach.',
  firstYearFraction:
    'Benefit counted in the year someone starts: 1 = a full year, 0.5 = starts spread through the year.',
  duration:
    'Years of reduced NHS use per participant, counting the start year. 14 covers the longest horizon, i.e. no limit (the reconstruction); the evidence presets use 2 and 1 (Rotherham measured 12 months).',
  costPerStart_sp:
    'Link worker and community support cost per person referred. Published schemes of the period report from about £150 to over £1,000 per person; value and range are assumptions.',
  costPerStart_epp:
    "Cost per participant of a lay-led self-management course. Not confirmed from a published source: the only figure found is an average of £400 reported in 2010 by the programme's provider, inside the range.",
  discount:
    'HM Treasury Green Book social time preference rate is 3.5% a year for the first 30 years. Applied to gross and cost: year t is multiplied by 1/(1+r)^t. The other presets show cash (0%).',
  costOverrun:
    'The Green Book asks appraisers to adjust explicitly for optimism bias; its published uplifts are for capital and works projects, so no figure is set here: 0 in every preset, for the user to set.',
  benefitShortfall:
    'The Green Book asks for explicit optimism-bias adjustments; none is published for benefits of a service like this, so 0 in every preset, for the user to set.',
  ...(Object.fromEntries(
    COHORTS.map((c) => [
      `share_${c}`,
      `Share of ${BASE_LABEL[COHORT_INFO[c].base]} (ONS mid-2016) in the cohort, before the calibration factor. The HLP cohort definitions were not published; value and range are the reconstruction's assumptions.`,
    ]),
  ) as Record<`share_${(typeof COHORTS)[number]}`, string>),
  ...(Object.fromEntries(
    COHORTS.flatMap((c) =>
      SERVICES.map((s) => [
        `use_${c}_${s}`,
        'Baseline use per person-year before the programme. An assumption consistent with high-risk cohorts, not a measured figure; range ±50%.',
      ]),
    ),
  ) as Record<`use_${(typeof COHORTS)[number]}_${(typeof SERVICES)[number]}`, string>),
};

/** Full citations of the register's sources (short names and links stay in sources.ts). */
export const SOURCE_CITATIONS: Record<SourceId, string> = {
  assumption:
    'An assumption of this reconstruction: the published HLP modelling did not release its inputs, and no published figure was found.',
  calibration:
    "Computed so that the reconstruction reproduces Healthy London Partnership's published headline of £533m gross NHS savings in London by 2021.",
  hlp2017:
    'Healthy London Partnership (2017). Social prescribing: steps towards implementing self-care, and the slide pack "Social prescribing and expert patient programmes modelling" (i5 Health for HLP): "could save the NHS in London £533 million by 2021".',
  pssru2016:
    'Curtis L, Burns A (2016). Unit Costs of Health and Social Care 2016. Personal Social Services Research Unit, University of Kent.',
  refcosts1516:
    'Department of Health (15 December 2016). Reference Costs 2015-16 and the national schedule of reference costs.',
  rotherham2014:
    'Dayson C, Bashir N (September 2014). The social and economic impact of the Rotherham Social Prescribing Pilot: main evaluation report. CRESR, Sheffield Hallam University; and Dayson C et al. (2016), the 2012-15 service evaluation.',
  polley2017:
    'Polley M, Bertotti M, Kimberlee R, Pilkington K (2017). A review of the evidence assessing impact of social prescribing on healthcare demand and cost implications. University of Westminster. "The quality of that evidence is weak."',
  dhEpp:
    'Department of Health data on Expert Patients Programme completers (245 courses, about 1,000 participants; self-reported), as reported in the Health Service Journal, 14 April 2005 and again in 2007. No full report was published.',
  kennedy2007:
    'Kennedy A et al. (2007). The effectiveness and cost effectiveness of a national lay-led self care support programme for patients with long-term conditions: a pragmatic randomised controlled trial. J Epidemiol Community Health 61(3):254-261; and Richardson G et al. (2008), JECH 62(4):361-367.',
  greenBook:
    'HM Treasury. The Green Book: appraisal and evaluation in central government (2003, updated 2011): social time preference rate 3.5% a year for the first 30 years; supplementary guidance on optimism bias.',
};
