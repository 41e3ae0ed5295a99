/** Restrict an area's results to a window of years (e.g. to report 2019/20-2020/21 only). */
import type { AreaResult } from './results.ts';

/** Years from index `from` to `to` inclusive (0-based). */
export function sliceYears(area: AreaResult, from: number, to: number): AreaResult {
  const cut = (ys: number[]) => ys.slice(from, to + 1);
  return {
    ...area,
    eligible: area.eligible.map(cut),
    demand: area.demand.map(cut),
    starts: area.starts.map(cut),
    active: area.active.map(cut),
    gross: area.gross.map((bySvc) => bySvc.map(cut)),
    cost: area.cost.map(cut),
    workforceCost: cut(area.workforceCost),
    fte: cut(area.fte),
    gpAppointments: cut(area.gpAppointments),
    wellbys: cut(area.wellbys),
    wellbeing: cut(area.wellbeing),
    grossCash: cut(area.grossCash),
    costCash: cut(area.costCash),
  };
}
