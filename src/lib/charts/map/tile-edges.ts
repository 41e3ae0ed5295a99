/**
 * Lines along tile edges where the group changes (STP boundaries) or where a tile
 * has no neighbour (the outline of London), in grid units. Pure; computed once
 * per layout, or once per selected group.
 */
import type { Tile, TileGrid } from '../../data/types.ts';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const SIDES = [
  { dc: -1, dr: 0, edge: [0, 0, 0, 1] },
  { dc: 1, dr: 0, edge: [1, 0, 1, 1] },
  { dc: 0, dr: -1, edge: [0, 0, 1, 0] },
  { dc: 0, dr: 1, edge: [0, 1, 1, 1] },
] as const;

/**
 * Edges of tiles whose two sides are in different groups. A side with no tile, or
 * whose group is null, is outside; tiles in a null group draw nothing. An edge
 * between two groups is drawn once (by the group that sorts first).
 */
export function groupEdges(tiles: readonly Tile[], groupOf: (code: string) => string | null): Segment[] {
  const groups = new Map(tiles.map((t) => [`${t.col},${t.row}`, groupOf(t.code)]));
  const out: Segment[] = [];
  for (const { col, row, code } of tiles) {
    const g = groupOf(code);
    if (g === null) continue;
    for (const { dc, dr, edge } of SIDES) {
      const other = groups.get(`${col + dc},${row + dr}`) ?? null;
      if (other === g || (other !== null && other < g)) continue;
      out.push({ x1: col + edge[0], y1: row + edge[1], x2: col + edge[2], y2: row + edge[3] });
    }
  }
  return out;
}

/** One SVG path string for segments scaled to `size` pixels per cell. */
export function segmentsPath(segments: readonly Segment[], size: number, x0 = 0, y0 = 0): string {
  return segments
    .map((s) => `M${x0 + s.x1 * size},${y0 + s.y1 * size}L${x0 + s.x2 * size},${y0 + s.y2 * size}`)
    .join('');
}

/** Margin round a tile map, px. */
export const TILE_PAD = 5;

/** Where a grid of square tiles sits in a frame: tile size, left edge, the map's height, px. */
export interface TileFit {
  size: number;
  x0: number;
  height: number;
}

/** Square tiles as large as fit the frame less its margin (at least `min` px), centred across it. */
export function fitTiles(grid: TileGrid, width: number, height: number, min: number): TileFit {
  const size = Math.max(
    min,
    Math.floor(Math.min((width - 2 * TILE_PAD) / grid.cols, (height - 2 * TILE_PAD) / grid.rows)),
  );
  return { size, x0: Math.round((width - size * grid.cols) / 2), height: size * grid.rows + 2 * TILE_PAD };
}

/** The lines where `groupOf` changes from tile to tile, in the frame's pixels. */
export function tileLines(
  tiles: readonly Tile[],
  groupOf: (code: string) => string | null,
  fit: TileFit,
): string {
  return segmentsPath(groupEdges(tiles, groupOf), fit.size, fit.x0, TILE_PAD);
}
