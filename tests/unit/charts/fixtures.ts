/** The real build's map, and the borough features it was projected from, for map tests. */
import { buildData } from '../../../scripts/data/build.ts';
import { joinBoundaries, parseBoundaries, type BoroughTopology } from '../../../scripts/data/geometry.ts';
import { BOROUGHS_CSV, BOUNDARIES_JSON, realInputs } from '../data/fixtures.ts';

export function realBuild() {
  const built = buildData(realInputs());
  if (!built.ok) throw new Error('the real data must build');
  return built;
}

/** The boundaries joined to borough codes, as the build joins them before projecting. */
export function realTopology(): BoroughTopology {
  const { dataset } = realBuild();
  const { boundaries } = parseBoundaries(realInputs().boundaries.text, BOUNDARIES_JSON);
  if (!boundaries) throw new Error('the real boundaries must parse');
  const { topology } = joinBoundaries(
    boundaries,
    dataset.boroughs.map((b, i) => ({ row: i + 1, code: b.code, name: b.name, stp: b.stpCode })),
    { boundaries: BOUNDARIES_JSON, boroughs: BOROUGHS_CSV },
  );
  if (!topology) throw new Error('the real boundaries must join');
  return topology;
}
