/**
 * Headline figures for one area, derived from its results (MODEL.md 8.4). Three kinds
 * of value stay apart: hospital activity avoided and primary-care capacity released
 * make the NHS benefits ("gross"); wellbeing is never added into them.
 */
import { COHORTS, COHORT_INFO, PROGRAMMES, SERVICES, SERVICE_INFO } from './dimensions.ts';
import type { CohortId, ProgrammeId, ServiceId } from './dimensions.ts';
import type { AreaResult } from './results.ts';

export interface AreaSummary {
  /** People who could benefit: everyone eligible in the first modelled year, all cohorts. */
  peopleCouldBenefit: number;
  perThousandAdults: number;
  /** People supported: starts over the horizon (someone who starts twice counts twice). */
  peopleSupported: number;
  peopleSupportedByYear: number[];
  /** Starts wanted but not made for lack of link workers (capacity-led delivery). */
  unmetNeed: number;
  unmetNeedByYear: number[];
  /** Starts wanted: people supported plus unmet need. */
  demandByYear: number[];
  /** Link workers (full-time equivalent) each year, and the most in any one year. */
  fteByYear: number[];
  ftePeak: number;
  /** NHS benefits: hospital activity avoided and primary-care capacity released (£). */
  hospital: number;
  primaryCare: number;
  gross: number;
  hospitalByYear: number[];
  primaryCareByYear: number[];
  grossByYear: number[];
  /** GP appointments released, counted whether or not GP time is valued. */
  gpAppointments: number;
  gpAppointmentsByYear: number[];
  /** Wellbeing, apart from NHS benefits. */
  wellbys: number;
  wellbeing: number;
  wellbeingByYear: number[];
  costByYear: number[];
  /** NHS net present value each year, and summed to each year. */
  netByYear: number[];
  cumulativeNet: number[];
  cost: number;
  /** Link worker pay and overheads, part of cost. */
  workforceCost: number;
  /** Net present value to the NHS: NHS benefits minus cost. */
  net: number;
  /** Net present value to society: NHS benefits and wellbeing minus cost. */
  netSocietal: number;
  /** Benefit-cost ratios; null when there is no cost. */
  bcrNhs: number | null;
  bcrSocietal: number | null;
  /** Return on investment to the NHS, (benefits - cost) / cost; null when there is no cost. */
  roiNhs: number | null;
  /** Index of the first year with cumulative NHS net >= 0 (and some benefits), or null. */
  paybackIndex: number | null;
  netPerHead: number;
  grossByCohort: Record<CohortId, number>;
  grossByService: Record<ServiceId, number>;
  grossByProgramme: Record<ProgrammeId, number>;
  costByProgramme: Record<ProgrammeId, number>;
  /** GP time is capacity released, not cash; acute savings are hospital activity. */
  grossByPayer: { primary: number; acute: number };
  grossCash: number;
  costCash: number;
}

const sum = (xs: readonly number[]) => {
  let total = 0;
  for (const x of xs) total += x;
  return total;
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** One pass over the area's arrays: this runs for every area on every input. */
export function summarise(area: AreaResult): AreaSummary {
  const T = area.grossCash.length;
  const hospitalByYear = new Array<number>(T).fill(0);
  const primaryCareByYear = new Array<number>(T).fill(0);
  const costByYear = area.workforceCost.slice();
  const peopleSupportedByYear = new Array<number>(T).fill(0);
  const demandByYear = new Array<number>(T).fill(0);
  const grossByCohort = {} as Record<CohortId, number>;
  const grossByService = Object.fromEntries(SERVICES.map((s) => [s, 0])) as Record<ServiceId, number>;
  const grossByProgramme = Object.fromEntries(PROGRAMMES.map((p) => [p, 0])) as Record<ProgrammeId, number>;
  const costByProgramme = Object.fromEntries(PROGRAMMES.map((p) => [p, 0])) as Record<ProgrammeId, number>;
  costByProgramme.sp = sum(area.workforceCost);
  let peopleCouldBenefit = 0;

  COHORTS.forEach((c, ci) => {
    const programme = COHORT_INFO[c].programme;
    const byService = area.gross[ci] as number[][];
    let cohortGross = 0;
    SERVICES.forEach((s, si) => {
      const ys = byService[si] as number[];
      const target = SERVICE_INFO[s].payer === 'primary' ? primaryCareByYear : hospitalByYear;
      let serviceGross = 0;
      for (let t = 0; t < T; t++) {
        const g = ys[t] as number;
        target[t] = (target[t] as number) + g;
        serviceGross += g;
      }
      grossByService[s] += serviceGross;
      cohortGross += serviceGross;
    });
    grossByCohort[c] = cohortGross;
    grossByProgramme[programme] += cohortGross;
    const costs = area.cost[ci] as number[];
    const starts = area.starts[ci] as number[];
    const demand = area.demand[ci] as number[];
    let cohortCost = 0;
    for (let t = 0; t < T; t++) {
      costByYear[t] = (costByYear[t] as number) + (costs[t] as number);
      cohortCost += costs[t] as number;
      peopleSupportedByYear[t] = (peopleSupportedByYear[t] as number) + (starts[t] as number);
      demandByYear[t] = (demandByYear[t] as number) + (demand[t] as number);
    }
    costByProgramme[programme] += cohortCost;
    peopleCouldBenefit += area.eligible[ci]?.[0] ?? 0;
  });

  const grossByYear = new Array<number>(T);
  const netByYear = new Array<number>(T);
  const cumulativeNet = new Array<number>(T);
  const unmetNeedByYear = new Array<number>(T);
  let runningNet = 0;
  let runningGross = 0;
  let paybackIndex: number | null = null;
  for (let t = 0; t < T; t++) {
    const g = (hospitalByYear[t] as number) + (primaryCareByYear[t] as number);
    grossByYear[t] = g;
    const net = g - (costByYear[t] as number);
    netByYear[t] = net;
    runningNet += net;
    runningGross += g;
    cumulativeNet[t] = runningNet;
    if (paybackIndex === null && runningNet >= 0 && runningGross > 0) paybackIndex = t;
    const unmet = (demandByYear[t] as number) - (peopleSupportedByYear[t] as number);
    unmetNeedByYear[t] = unmet > 0 ? unmet : 0;
  }
  const hospital = sum(hospitalByYear);
  const primaryCare = sum(primaryCareByYear);
  const gross = hospital + primaryCare;
  const cost = sum(costByYear);
  const wellbeing = sum(area.wellbeing);

  return {
    peopleCouldBenefit,
    perThousandAdults: area.adults > 0 ? (peopleCouldBenefit / area.adults) * 1000 : 0,
    peopleSupported: sum(peopleSupportedByYear),
    peopleSupportedByYear,
    unmetNeed: sum(unmetNeedByYear),
    unmetNeedByYear,
    demandByYear,
    fteByYear: area.fte,
    ftePeak: Math.max(0, ...area.fte),
    hospital,
    primaryCare,
    gross,
    hospitalByYear,
    primaryCareByYear,
    grossByYear,
    gpAppointments: sum(area.gpAppointments),
    gpAppointmentsByYear: area.gpAppointments,
    wellbys: sum(area.wellbys),
    wellbeing,
    wellbeingByYear: area.wellbeing,
    costByYear,
    netByYear,
    cumulativeNet,
    cost,
    workforceCost: sum(area.workforceCost),
    net: gross - cost,
    netSocietal: gross + wellbeing - cost,
    bcrNhs: ratio(gross, cost),
    bcrSocietal: ratio(gross + wellbeing, cost),
    roiNhs: ratio(gross - cost, cost),
    paybackIndex,
    netPerHead: area.residents > 0 ? (gross - cost) / area.residents : 0,
    grossByCohort,
    grossByService,
    grossByProgramme,
    costByProgramme,
    grossByPayer: { primary: primaryCare, acute: hospital },
    grossCash: sum(area.grossCash),
    costCash: sum(area.costCash),
  };
}
