/** Roll-ups: an area's results are the element-wise sums of its boroughs'. */
import type { AreaKind, AreaResult } from './results.ts';

type Nested = number | Nested[];

function sumNested<T extends Nested>(parts: T[]): T {
  const first = parts[0] as T;
  if (typeof first === 'number') return (parts as number[]).reduce((a, b) => a + b, 0) as T;
  return (first as Nested[]).map((_, i) => sumNested(parts.map((p) => (p as Nested[])[i] as Nested))) as T;
}

export function rollUp(id: string, name: string, kind: AreaKind, parts: AreaResult[]): AreaResult {
  if (parts.length === 0) throw new Error(`Roll-up ${id} has no boroughs`);
  return {
    id,
    name,
    kind,
    boroughs: parts.flatMap((p) => p.boroughs),
    adults: sumNested(parts.map((p) => p.adults)),
    residents: sumNested(parts.map((p) => p.residents)),
    eligible: sumNested(parts.map((p) => p.eligible)),
    starts: sumNested(parts.map((p) => p.starts)),
    active: sumNested(parts.map((p) => p.active)),
    gross: sumNested(parts.map((p) => p.gross)),
    cost: sumNested(parts.map((p) => p.cost)),
    grossCash: sumNested(parts.map((p) => p.grossCash)),
    costCash: sumNested(parts.map((p) => p.costCash)),
  };
}
