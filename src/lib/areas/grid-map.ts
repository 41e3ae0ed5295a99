/**
 * A map for areas that came without boundaries: no shapes, and one equal square per area
 * in a grid, each group's areas side by side (groups by code, areas by name), so the tile
 * map shows every area and its group's edges.
 */
import { byName } from '../by-name.ts';
import { groupOfArea, mainGrouping } from '../data/geography.ts';
import type { Dataset, MapGeometry } from '../data/types.ts';

export function gridMap(data: Pick<Dataset, 'boroughs' | 'geography'>): MapGeometry {
  const groupOf = groupOfArea(mainGrouping(data.geography));
  const group = (code: string) => groupOf.get(code)?.code ?? '';
  const order = [...data.boroughs].sort((a, b) =>
    group(a.code) < group(b.code) ? -1 : group(a.code) > group(b.code) ? 1 : byName(a, b),
  );
  const n = order.length;
  // A little wider than tall, as a screen is.
  const cols = Math.max(1, Math.ceil(Math.sqrt(n * 1.4)));
  const rows = Math.max(1, Math.ceil(n / cols));
  return {
    viewBox: [cols, rows],
    boroughs: [],
    stpLines: '',
    outline: '',
    groups: {},
    tiles: {
      cols,
      rows,
      tiles: order.map((b, i) => ({ code: b.code, col: i % cols, row: Math.floor(i / cols) })),
    },
  };
}
