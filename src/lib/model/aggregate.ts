/** Roll-ups: an area's results are the element-wise sums of its boroughs'. */
import type { AreaKind, AreaResult } from './results.ts';

/** target[i] += source[i] for every i. Loops, not closures: this runs on every input. */
function addInto(target: number[], source: number[]): void {
  for (let i = 0; i < source.length; i++) target[i] = (target[i] as number) + (source[i] as number);
}

function add2(target: number[][], source: number[][]): void {
  for (let i = 0; i < source.length; i++) addInto(target[i] as number[], source[i] as number[]);
}

function add3(target: number[][][], source: number[][][]): void {
  for (let i = 0; i < source.length; i++) add2(target[i] as number[][], source[i] as number[][]);
}

const copy2 = (x: number[][]) => x.map((r) => r.slice());
const copy3 = (x: number[][][]) => x.map(copy2);

export function rollUp(id: string, name: string, kind: AreaKind, parts: AreaResult[]): AreaResult {
  const first = parts[0];
  if (!first) throw new Error(`Roll-up ${id} has no boroughs`);
  const out: AreaResult = {
    id,
    name,
    kind,
    boroughs: parts.flatMap((p) => p.boroughs),
    adults: 0,
    residents: 0,
    eligible: copy2(first.eligible),
    demand: copy2(first.demand),
    starts: copy2(first.starts),
    active: copy2(first.active),
    gross: copy3(first.gross),
    cost: copy2(first.cost),
    workforceCost: first.workforceCost.slice(),
    fte: first.fte.slice(),
    gpAppointments: first.gpAppointments.slice(),
    wellbys: first.wellbys.slice(),
    wellbeing: first.wellbeing.slice(),
    grossCash: first.grossCash.slice(),
    costCash: first.costCash.slice(),
  };
  for (const p of parts) {
    out.adults += p.adults;
    out.residents += p.residents;
    if (p === first) continue;
    add2(out.eligible, p.eligible);
    add2(out.demand, p.demand);
    add2(out.starts, p.starts);
    add2(out.active, p.active);
    add3(out.gross, p.gross);
    add2(out.cost, p.cost);
    addInto(out.workforceCost, p.workforceCost);
    addInto(out.fte, p.fte);
    addInto(out.gpAppointments, p.gpAppointments);
    addInto(out.wellbys, p.wellbys);
    addInto(out.wellbeing, p.wellbeing);
    addInto(out.grossCash, p.grossCash);
    addInto(out.costCash, p.costCash);
  }
  return out;
}
