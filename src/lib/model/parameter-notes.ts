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
    'Growth after the last ONS estimate used. 0.9% is the reconstruction’s starting value (London grew 0.61% a year from 2016 to 2020 in the estimates of the time). Evidence 2026 uses 0.4%: London’s estimates give 9,089,736 for mid-2024 and 9,122,909 for mid-2025 (+0.36%, from two different releases). Range is an assumption.',
  alpha:
    '0 splits each cohort by population alone; 1 scales it fully by the borough need index (QOF 2016-17 prevalence, IMD 2015). Does not change the London total.',
  k: 'Multiplies every cohort. The HLP 2017 reconstruction computes it so that London’s NHS benefits 2017/18-2020/21 come to £533m, within 1% once k is rounded to three significant figures (benefits are linear in k); every other preset uses 1.',
  turnover:
    'Each year this share of a cohort leaves it (recovers, moves away, dies) and as many newcomers join, so the cohort is a flow, not a stock used up in the first years. No measured figure for these cohorts was found: an assumption, set above zero in every preset so that no scenario collapses on a long horizon.',
  reReferralYears:
    'Someone who started can be referred again this many years later, if still in the cohort; a start’s benefit is counted until then at most, so nobody is counted twice at once. 15 means not again within the longest horizon, as the 2017 model assumed. An assumption.',
  firstYearFraction:
    'Benefit counted in the year someone starts: 1 = a full year, 0.5 = starts spread through the year.',
  duration:
    'Years of benefit per start, counting the start year. The evaluations measured about 12 months; no study followed NHS use for longer (Napierala et al. 2022: short-term gains in uncontrolled studies "could largely not be seen … for longer follow-up periods"). 15 is no limit (the reconstruction); the 2017 evidence presets use 2 and 1, Evidence 2026 uses 3 with fading. An assumption beyond the first year.',
  persistence:
    'The share of the effect kept in each year after the first: effect x persistence^n in year n. 1 = no fading (the 2017 presets). Evidence 2026 uses 0.5, halving each year, since no study found effects lasting beyond a year. An assumption.',
  eff_sp_gp:
    'The reconstruction applies HLP’s "a fifth" to every service: the modellers’ summary of the Rotherham pilot, not a measured figure. Controlled evidence disagrees: randomised trials find link workers "may have little or no impact on primary care visits" (Kiely et al. 2022, low certainty), while a difference-in-differences study of 15.7m patients found 1.13 fewer GP appointments a quarter per person referred (Wilding et al. 2025): about 4.5 a year, some 40% of this model’s assumed baselines (8-20 a year). Evidence 2026 takes the midpoint of the two, 20%; range 0-40%.',
  eff_sp_ae:
    'Rotherham (SCIE case study, citing Dayson et al. 2016): A&E attendances fell by 17% (23% under age 80) after referral, before and after without a control group. The 2017 review (Polley et al.) reports 24% on average across 5 studies, all weak. The reconstruction’s 20% is HLP’s "a fifth". Evidence 2026 uses 4.7%: half of the one controlled estimate (Newcastle, secondary care costs 9.4% lower than a matched control, NASP 2024), since the randomised trials could not show any effect on hospital use (Kiely et al. 2022, very low certainty). Range 0-27%.',
  eff_sp_nel:
    'Rotherham (SCIE case study, citing Dayson et al. 2016): non-elective inpatient episodes fell by 7% (19% excluding people over 80), before and after without a control group. The reconstruction’s 20% is HLP’s "a fifth", not Rotherham’s measure. Evidence 2026 uses 4.7%, half of Newcastle’s controlled 9.4% (see A&E). Range 0-25%.',
  eff_sp_op:
    'No outpatient figure from Rotherham was found. The reconstruction’s 20% is HLP’s "a fifth". Evidence 2026 uses 4.7%, half of Newcastle’s controlled 9.4% (see A&E). Range 0-20%.',
  eff_epp_gp:
    'Department of Health data on EPP completers: GP consultations fell 7% (self-reported by about 1,000 completers, no control group; disputed at the time by the trial’s researchers). The randomised trial (Kennedy et al. 2007, 629 people) found no significant fall in routine service use: Evidence 2026 and the conservative preset use 0.',
  eff_epp_ae:
    'Department of Health data on EPP completers: A&E use fell 16% (self-reported). The randomised trial found no significant fall (Kennedy et al. 2007): 0 in Evidence 2026 and the conservative preset.',
  eff_epp_nel:
    'No published figure for an EPP effect on emergency admissions was found; 5% is an assumption of the reconstruction. The randomised trial found no significant change in hospital days.',
  eff_epp_op:
    'Department of Health data on EPP completers: outpatient visits fell 10% (self-reported). The randomised trial (Kennedy et al. 2007) found no significant fall.',
  wellbeingGain:
    'The gain in life satisfaction (ONS, 0-10) of someone while they benefit, counted like the NHS effects (fading, ending when they leave). No study reporting a change in life satisfaction after social prescribing was found. Controlled studies found no difference in wellbeing (Mercer et al. 2019; Carnes et al. 2017) and randomised trials "little or no impact" on quality of life (Kiely et al. 2022); uncontrolled studies report improvements. An assumption; range 0 to 0.3.',
  wellbyValue:
    '£13,000 per WELLBY (low £10,000, high £16,000) "in 2019 prices and values" (HM Treasury wellbeing guidance, July 2021, p.33, as quoted by Simetrica-Jacobs and others; the guidance itself was not read here). 2019 is converted as the financial year 2019/20. Wellbeing is shown apart and never added into NHS benefits.',
  cost_gp:
    'Surgery consultation with a GP, 2015/16 prices. The 2016 manual was not reachable to verify £36: the 2015 edition gave £33-£44 per 11.7-minute visit (2014/15 prices, as quoted by PSNC); whether the 2016 edition had moved to 9.22 minutes could not be seen. Not verified.',
  cost_ae:
    'A&E attendance, 2015/16 prices. The 2015-16 schedule was not readable. £138 and the range’s £114 are exactly the 2013-14 averages for attendances leading to admission and not (National Schedule of Reference Costs 2013-14, as tabled by NICE NG94), and £148 the 2016/17 average (HFMA): the value matches the 2013-14 edition, not the one cited. Not verified.',
  cost_nel:
    'Emergency (non-elective) admission, 2015/16 prices. The 2015-16 schedule was not readable and £1,600 was not found in any source. The range’s £1,590 is the 2016/17 average per episode excluding excess bed days (£313 a day; HFMA), so a whole stay costs more; £2,200 is an assumption. Not verified.',
  cost_op:
    'Outpatient attendance, 2015/16 prices. The 2015-16 schedule was not readable to verify £117; 2016/17 reference costs gave £120 (HFMA). Not verified.',
  cost2324_gp:
    'Per surgery consultation lasting 10 minutes, including direct care staff and qualification costs, 2023/24 prices: £45 (PSSRU Unit Costs of Health and Social Care 2024 Manual, Table 9.4.2, p.73; seen). Low end £33 excludes direct care staff and qualifications. Earlier manuals costed 9.22 minutes.',
  cost2324_ae:
    'Emergency care (A&E) average, 2023/24 prices: £273 (PSSRU 2024 Manual, Table 6.1.1, from the National Cost Collection 2023/24; seen). Low end £177: the commonest low-acuity attendance (VB09Z) in the 2023/24 schedule. The costing method changed since 2016/17 (£148): the two series do not join.',
  cost2324_nel:
    'Non-elective stay, 2023/24 prices: £2,595 is the activity-weighted mean of short stays (£792, 6,365,015 stays) and long stays (£5,134, 4,527,849 stays) in the National Cost Collection 2023/24 schedule (PSSRU 2024 Manual, Table 6.1.1): worked out here from the published totals, not printed there. Range: short to long stay.',
  cost2324_op:
    'Outpatient attendance, 2023/24 prices: £176 is the activity-weighted mean of consultant-led (£198) and non-consultant-led (£129) attendances in the National Cost Collection 2023/24 schedule (PSSRU 2024 Manual, Table 6.1.1): worked out here, not printed there.',
  uplift:
    'Multiplies every unit cost to reflect London prices (NHS market forces factor). 1 uses national averages; no London factor could be read, so the range is an assumption.',
  startRate:
    'Annual share of the eligible cohort referred and starting. The reconstruction uses 25%; the 2017 evidence presets 20% and 8%; Evidence 2026 20%, which with link workers limiting starts sets demand, not starts.',
  rampYears: 'Starts ramp up linearly: year t reaches t / rampYears of the full start rate.',
  uptake:
    'Share of referred people who take part. 100% in all presets; the start rate already describes reach.',
  costPerStart_sp:
    'The 2017 costing: link worker and community support cost per person referred, all in, 2015/16 prices. Published schemes of the period report from about £150 to over £1,000 per person; value and range are assumptions. Not used when link workers are costed.',
  costPerStart_epp:
    "Cost per participant of a lay-led self-management course, 2015/16 prices. Not confirmed from a published source: the only figure found is an average of £400 reported in 2010 by the programme's provider, inside the range.",
  lwCaseload:
    'People a full-time link worker supports in a year: "a typical caseload of 200-250 people per year" over 6-12 contacts each (HEE Roles Explorer and training hubs; seen). 225 is the middle of that range.',
  lwPer10k:
    'Capacity-led delivery: link workers in post per 10,000 adults. London’s primary care networks employ "almost 500 link workers" (Transformation Partners in Health and Care, about 2024; FTE or head count not stated): 500 / 7,173,650 adults (mid-2024) x 10,000 = 0.70. England had 2,781 FTE in July 2024. Range is an assumption.',
  lwOverheads:
    'Costs on top of the ARRS maximum reimbursable amount (which covers salary and employer on-costs at Agenda for Change band 5 and excludes the London high cost area supplement): supervision, training, premises, IT and London weighting. An assumption.',
  activityCost:
    'What the community side spends per person supported (groups, courses, advice), 2024/25 prices. NHS England funds the link worker only; no published cost per person was found. An assumption.',
  discount:
    'HM Treasury Green Book social time preference rate is 3.5% a year for the first 30 years (1.5% for health and life values). Applied to every money flow: year t is multiplied by 1/(1+r)^t. The 2017 presets but the Green Book one show undiscounted values (0%).',
  costOverrun:
    'The Green Book asks appraisers to adjust explicitly for optimism bias; its published uplifts are for capital and works projects, so no figure is set here: 0 in every preset, for the user to set.',
  benefitShortfall:
    'The Green Book asks for explicit optimism-bias adjustments; none is published for benefits of a service like this, so 0 in every preset, for the user to set. Applies to NHS benefits and wellbeing alike.',
  ...(Object.fromEntries(
    COHORTS.map((c) => [
      `share_${c}`,
      `Share of ${BASE_LABEL[COHORT_INFO[c].base]} in the cohort, before the calibration factor. The HLP cohort definitions were not published; value and range are the reconstruction's assumptions.`,
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
    'An assumption of this model: no published figure was found. Shown as an assumption wherever it is used.',
  calibration:
    "Computed so that the reconstruction reproduces Healthy London Partnership's published headline of £533m of NHS savings in London by 2021.",
  hlp2017:
    'Healthy London Partnership (2017). Social prescribing: steps towards implementing self-care, and the slide pack "Social prescribing and expert patient programmes modelling" (i5 Health for HLP): "could save the NHS in London £533 million by 2021", resting on the Rotherham result summarised as hospital use falling "by a fifth".',
  pssru2016:
    'Curtis L, Burns A (2016). Unit Costs of Health and Social Care 2016. Personal Social Services Research Unit, University of Kent. (Not readable here: see each value’s note.)',
  refcosts1516:
    'Department of Health (15 December 2016). Reference Costs 2015-16 and the national schedule of reference costs. (Not readable here: see each value’s note for the editions the values match.)',
  pssru2024:
    'Jones KC, Weatherly H, Birch S et al. (2025). Unit Costs of Health and Social Care 2024 Manual. PSSRU (University of Kent) and Centre for Health Economics (University of York). Table 9.4.2 (GP) and Table 6.1.1 (hospital services, from the National Cost Collection 2023/24). DOI 10.22024/UniKent/01.02.109563.',
  ncc2324:
    'NHS England. National Cost Collection 2023/24, national schedule of NHS costs, as tabled in the PSSRU Unit Costs of Health and Social Care 2024 Manual, Table 6.1.1 (p.43); the weighted means are worked out here from the schedule’s activity and total cost.',
  rotherham:
    'Social Care Institute for Excellence, "Social prescribing – Rotherham" case study, citing Dayson C et al. (2016), evaluation of the Rotherham Social Prescribing Service (CRESR, Sheffield Hallam University): non-elective inpatient episodes -7%, A&E attendances -17%. Also Dayson C, Bashir N (2014), The social and economic impact of the Rotherham Social Prescribing Pilot.',
  polley2017:
    'Polley M, Bertotti M, Kimberlee R, Pilkington K (2017). A review of the evidence assessing impact of social prescribing on healthcare demand and cost implications. University of Westminster. "The quality of that evidence is weak."',
  kiely2022:
    'Kiely B, Croke A, O’Shea M et al. (2022). Effect of social prescribing link workers on health outcomes and costs for adults in primary care and community settings: a systematic review. BMJ Open 12(10):e062951. 8 studies (5 randomised trials, 3 controlled before-after), 6,500 people; GRADE: primary care visits "little or no impact" (low), hospitalisations unknown (very low).',
  wilding2025:
    'Wilding A, Agboraw E, Munford L et al. (2025). Have social prescribing referrals reduced appointment pressures on primary care? Evidence from electronic healthcare records. British Journal of General Practice. Staggered difference-in-differences, 15.7 million patients in 1,461 practices: 1.13 fewer GP appointments a quarter (95% CI 1.03 to 1.21) after referral.',
  gpControlled:
    'Kiely B et al. (2022), BMJ Open 12(10):e062951 (randomised trials: "little or no impact on primary care visits", low certainty) and Wilding A et al. (2025), British Journal of General Practice (difference-in-differences: 1.13 fewer GP appointments a quarter). They disagree; Evidence 2026 takes the midpoint, so the figure is weaker than either study.',
  nasp2024:
    'O’Connell Francischetto E, Bradly J, Knight K (2024). The Impact of Social Prescribing on Health Service Use and Costs: examples of local evaluations in practice. National Academy for Social Prescribing. Newcastle: secondary care costs 9.4% lower than a matched control group.',
  dhEpp:
    'Department of Health data on Expert Patients Programme completers (245 courses, about 1,000 participants; self-reported), as reported in the Health Service Journal, 14 April 2005, and GP Online. No full report was published.',
  kennedy2007:
    'Kennedy A et al. (2007). The effectiveness and cost effectiveness of a national lay-led self care support programme for patients with long-term conditions: a pragmatic randomised controlled trial. J Epidemiol Community Health 61(3):254-261: "no statistically significant reductions in routine health services utilisation".',
  heeSplw:
    'Health Education England, Roles Explorer: social prescribing link worker ("a typical caseload of 200-250 people per year", 6-12 contacts each; the same wording on training-hub pages).',
  tphc2024:
    'Transformation Partners in Health and Care (NHS), "Addressing health inequity in London through personalised care and community-led prevention" (about 2024): "almost 500 link workers … in London’s primary care networks".',
  onsMye:
    'Office for National Statistics, mid-year population estimates: mid-2024 (released 30 July 2025) and mid-2025 (released 29 July 2026). See data/SOURCES.md.',
  greenBook:
    'HM Treasury. The Green Book: appraisal and evaluation in central government: social time preference rate 3.5% a year for the first 30 years; supplementary guidance on optimism bias.',
  greenBookWellbeing:
    'HM Treasury (July 2021). Wellbeing guidance for appraisal: supplementary Green Book guidance. One WELLBY (a one-point change in life satisfaction for a year) is valued at £13,000, range £10,000-£16,000, in 2019 prices and values (p.33).',
};

/** Where each source is, and for evidence of effects the study's design and size in full. */
export interface SourceDetail {
  url: string | null;
  /** The design in a sentence. */
  design?: string;
  /** People (or studies) behind the figure, as the source gives it. */
  n?: string;
}

export const SOURCE_DETAILS: Record<SourceId, SourceDetail> = {
  calibration: { url: null },
  assumption: { url: null, design: 'No study', n: 'none' },
  hlp2017: {
    url: 'https://www.healthylondon.org/personalisation/social-prescribing',
    design: 'A summary of the Rotherham pilot ("a fifth"), not a measured effect',
    n: 'none of its own',
  },
  pssru2016: { url: 'https://www.pssru.ac.uk/project-pages/unit-costs/unit-costs-2016/' },
  refcosts1516: { url: 'https://www.gov.uk/government/publications/nhs-reference-costs-2015-to-2016' },
  pssru2024: { url: 'https://kar.kent.ac.uk/109563/' },
  ncc2324: { url: 'https://www.england.nhs.uk/costing-in-the-nhs/national-cost-collection/' },
  rotherham: {
    url: 'https://www.scie.org.uk/future-of-care/asset-based-places/case-studies/rotherham',
    design: 'Before and after referral, no control group',
    n: 'over 2,000 people referred',
  },
  polley2017: {
    url: 'https://www.artshealthresources.org.uk/docs/a-review-of-the-evidence-assessing-impact-of-social-prescribing-on-healthcare-demand-and-cost-implications/',
    design: 'Review of 14 mostly uncontrolled evaluations',
    n: '14 papers',
  },
  kiely2022: {
    url: 'https://bmjopen.bmj.com/lookup/doi/10.1136/bmjopen-2022-062951',
    design: 'Systematic review of 5 randomised trials and 3 controlled before-after studies',
    n: '6,500 people',
  },
  wilding2025: {
    url: 'https://bjgp.org/',
    design: 'Difference-in-differences on GP records (staggered roll-out)',
    n: '15.7 million patients, 1,461 practices',
  },
  gpControlled: {
    url: 'https://bmjopen.bmj.com/lookup/doi/10.1136/bmjopen-2022-062951',
    design:
      'Midpoint of two controlled estimates that disagree: randomised trials (little or no effect) and a difference-in-differences study (about 40%)',
    n: '6,500 people in trials; 15.7 million patients in the difference-in-differences study',
  },
  nasp2024: {
    url: 'https://socialprescribingacademy.org.uk/resources/new-report-shows-impact-of-social-prescribing-on-health-service-use-and-costs/',
    design: 'Local evaluation against a matched control group, as summarised by NASP',
    n: 'not given in the summary',
  },
  dhEpp: {
    url: 'https://www.hsj.co.uk/home/expert-patient-courses-set-to-expand/15366.article',
    design: 'Self-report by course completers, no control group',
    n: 'about 1,000 people',
  },
  kennedy2007: {
    url: 'https://jech.bmj.com/content/61/3/254',
    design: 'Randomised controlled trial, 6 months',
    n: '629 people',
  },
  heeSplw: {
    url: 'https://www.hee.nhs.uk/our-work/workforce-transformation/spread-adoption/hee-roles-explorer/system-priorities-primary-care/social-prescribing-link-worker',
  },
  tphc2024: {
    url: 'https://www.transformationpartners.nhs.uk/addressing-health-inequity-in-london-through-personalised-care-and-community-led-prevention/',
  },
  onsMye: {
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  },
  greenBook: {
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent',
  },
  greenBookWellbeing: {
    url: 'https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing',
  },
};
