/** Headline figures for one area, derived from its results (MODEL.md section 3, last lines). */
import { COHORTS, COHORT_INFO, PROGRAMMES, SERVICES, SERVICE_INFO } from './dimensions.ts';
import type { CohortId, ProgrammeId, ServiceId } from './dimensions.ts';
import type { AreaResult } from './results.ts';

export interface AreaSummary {
  /** People who could benefit: everyone eligible in the first modelled year, all cohorts. */
  peopleCouldBenefit: number;
  perThousandAdults: number;
  grossByYear: number[];
  costByYear: number[];
  netByYear: number[];
  cumulativeNet: number[];
  gross: number;
  cost: number;
  net: number;
  /** Gross / cost; null when there is no cost. */
  roi: number | null;
  /** Index of the first year with cumulative net >= 0 (and some savings), or null. */
  paybackIndex: number | null;
  netPerHead: number;
  grossByCohort: Record<CohortId, number>;
  grossByService: Record<ServiceId, number>;
  grossByProgramme: Record<ProgrammeId, number>;
  costByProgramme: Record<ProgrammeId, number>;
  /** GP time is capacity released, not cash; acute savings are potentially cashable. */
  grossByPayer: { primary: number; acute: number };
  grossCash: number;
  costCash: number;
}

const sum = (xs: number[]) => {
  let total = 0;
  for (const x of xs) total += x;
  return total;
};

/** One pass over the area's arrays: this runs for every area on every input. */
export function summarise(area: AreaResult): AreaSummary {
  const T = area.grossCash.length;
  const grossByYear = new Array<number>(T).fill(0);
  const costByYear = new Array<number>(T).fill(0);
  const grossByCohort = {} as Record<CohortId, number>;
  const grossByService = Object.fromEntries(SERVICES.map((s) => [s, 0])) as Record<ServiceId, number>;
  const grossByProgramme = Object.fromEntries(PROGRAMMES.map((p) => [p, 0])) as Record<ProgrammeId, number>;
  const costByProgramme = Object.fromEntries(PROGRAMMES.map((p) => [p, 0])) as Record<ProgrammeId, number>;
  let peopleCouldBenefit = 0;

  COHORTS.forEach((c, ci) => {
    const programme = COHORT_INFO[c].programme;
    const byService = area.gross[ci] as number[][];
    let cohortGross = 0;
    SERVICES.forEach((s, si) => {
      const ys = byService[si] as number[];
      let serviceGross = 0;
      for (let t = 0; t < T; t++) {
        const g = ys[t] as number;
        grossByYear[t] = (grossByYear[t] as number) + g;
        serviceGross += g;
      }
      grossByService[s] += serviceGross;
      cohortGross += serviceGross;
    });
    grossByCohort[c] = cohortGross;
    grossByProgramme[programme] += cohortGross;
    const costs = area.cost[ci] as number[];
    let cohortCost = 0;
    for (let t = 0; t < T; t++) {
      costByYear[t] = (costByYear[t] as number) + (costs[t] as number);
      cohortCost += costs[t] as number;
    }
    costByProgramme[programme] += cohortCost;
    peopleCouldBenefit += area.eligible[ci]?.[0] ?? 0;
  });

  const netByYear = new Array<number>(T);
  const cumulativeNet = new Array<number>(T);
  let runningNet = 0;
  let runningGross = 0;
  let paybackIndex: number | null = null;
  for (let t = 0; t < T; t++) {
    const net = (grossByYear[t] as number) - (costByYear[t] as number);
    netByYear[t] = net;
    runningNet += net;
    runningGross += grossByYear[t] as number;
    cumulativeNet[t] = runningNet;
    if (paybackIndex === null && runningNet >= 0 && runningGross > 0) paybackIndex = t;
  }
  const gross = sum(grossByYear);
  const cost = sum(costByYear);
  let primary = 0;
  let acute = 0;
  for (const s of SERVICES) {
    if (SERVICE_INFO[s].payer === 'primary') primary += grossByService[s];
    else acute += grossByService[s];
  }

  return {
    peopleCouldBenefit,
    perThousandAdults: area.adults > 0 ? (peopleCouldBenefit / area.adults) * 1000 : 0,
    grossByYear,
    costByYear,
    netByYear,
    cumulativeNet,
    gross,
    cost,
    net: gross - cost,
    roi: cost > 0 ? gross / cost : null,
    paybackIndex,
    netPerHead: area.residents > 0 ? (gross - cost) / area.residents : 0,
    grossByCohort,
    grossByService,
    grossByProgramme,
    costByProgramme,
    grossByPayer: { primary, acute },
    grossCash: sum(area.grossCash),
    costCash: sum(area.costCash),
  };
}
