/**
 * Checks the projected map before it is written: every borough of the dataset
 * once, in code order, with a path, a finite centroid, area and box; the lines
 * and group outlines drawn; one tile per borough, in distinct cells of the grid.
 */
import type { Dataset, MapGeometry } from '../../src/lib/data/types.ts';

const finite = (...ns: number[]): boolean => ns.every(Number.isFinite);
const isPath = (d: string): boolean => /^[mM][\d.-]/.test(d);

/** Problems found, as sentences; empty when the map is sound. */
export function checkMap(map: MapGeometry, dataset: Pick<Dataset, 'boroughs' | 'geography'>): string[] {
  const problems: string[] = [];
  const codes = dataset.boroughs.map((b) => b.code);
  const [w, h] = map.viewBox;
  if (!finite(w, h) || w <= 0 || h <= 0) problems.push(`viewBox ${w} x ${h} is not a positive size`);

  const mapCodes = map.boroughs.map((b) => b.code);
  if (mapCodes.join() !== codes.join()) {
    problems.push(`has boroughs ${mapCodes.join(' ')}, but the dataset has ${codes.join(' ')}`);
  }
  for (const b of map.boroughs) {
    const [[x0, y0], [x1, y1]] = b.bounds;
    if (!isPath(b.d)) problems.push(`${b.code} has no path`);
    if (!finite(...b.centroid, b.area, x0, y0, x1, y1) || b.area <= 0 || x1 <= x0 || y1 <= y0) {
      problems.push(`${b.code} has no finite centroid, area and bounding box`);
    }
  }

  if (!isPath(map.stpLines)) problems.push('the group boundaries are empty');
  if (!isPath(map.outline)) problems.push("London's outline is empty");
  const groupKeys = dataset.geography.groupings.flatMap((g) => g.groups.map((group) => group.code));
  if (Object.keys(map.groups).join() !== groupKeys.join()) {
    problems.push(`has group outlines ${Object.keys(map.groups).join(' ')}, expected ${groupKeys.join(' ')}`);
  }
  for (const [key, d] of Object.entries(map.groups))
    if (!isPath(d)) problems.push(`the outline of ${key} is empty`);

  const { cols, rows, tiles } = map.tiles;
  const tileCodes = tiles.map((t) => t.code).sort();
  if (tileCodes.join() !== codes.join()) problems.push('the tiles are not one per borough');
  const cells = new Set(tiles.map((t) => `${t.col},${t.row}`));
  if (cells.size !== tiles.length) problems.push('two tiles share a cell');
  if (tiles.some((t) => t.col < 0 || t.col >= cols || t.row < 0 || t.row >= rows)) {
    problems.push(`a tile lies outside the ${cols} x ${rows} grid`);
  }
  return problems;
}
