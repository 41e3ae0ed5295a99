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

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function summarise(area: AreaResult): AreaSummary {
  const T = area.grossCash.length;
  const years = Array.from({ length: T }, (_, t) => t);
  const grossByYear = years.map((t) =>
    sum(area.gross.flatMap((byService) => byService.map((ys) => ys[t] as number))),
  );
  const costByYear = years.map((t) => sum(area.cost.map((ys) => ys[t] as number)));
  const netByYear = years.map((t) => (grossByYear[t] as number) - (costByYear[t] as number));
  let running = 0;
  const cumulativeNet = netByYear.map((n) => (running += n));
  let runningGross = 0;
  const cumulativeGross = grossByYear.map((g) => (runningGross += g));
  const paybackAt = cumulativeNet.findIndex((n, t) => n >= 0 && (cumulativeGross[t] as number) > 0);
  const gross = sum(grossByYear);
  const cost = sum(costByYear);
  const peopleCouldBenefit = sum(area.eligible.map((ys) => ys[0] ?? 0));

  const grossByCohort = Object.fromEntries(
    COHORTS.map((c, ci) => [c, sum((area.gross[ci] as number[][]).map(sum))]),
  ) as Record<CohortId, number>;
  const grossByService = Object.fromEntries(
    SERVICES.map((s, si) => [s, sum(area.gross.map((byService) => sum(byService[si] as number[])))]),
  ) as Record<ServiceId, number>;
  const byProgramme = (values: (ci: number) => number) =>
    Object.fromEntries(
      PROGRAMMES.map((p) => [
        p,
        sum(COHORTS.map((c, ci) => (COHORT_INFO[c].programme === p ? values(ci) : 0))),
      ]),
    ) as Record<ProgrammeId, number>;

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
    paybackIndex: paybackAt >= 0 ? paybackAt : null,
    netPerHead: area.residents > 0 ? (gross - cost) / area.residents : 0,
    grossByCohort,
    grossByService,
    grossByProgramme: byProgramme((ci) => grossByCohort[COHORTS[ci] as CohortId]),
    costByProgramme: byProgramme((ci) => sum(area.cost[ci] as number[])),
    grossByPayer: {
      primary: sum(SERVICES.filter((s) => SERVICE_INFO[s].payer === 'primary').map((s) => grossByService[s])),
      acute: sum(SERVICES.filter((s) => SERVICE_INFO[s].payer === 'acute').map((s) => grossByService[s])),
    },
    grossCash: sum(area.grossCash),
    costCash: sum(area.costCash),
  };
}
