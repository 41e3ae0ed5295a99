/**
 * The equal-area tile map's layout: one square per borough on a small grid,
 * computed (not hand-typed) from borough centroids.
 *
 * 1. Centroids are pulled towards central London's spacing with a radial power
 *    warp (distance r becomes r^exponent, direction unchanged), because inner
 *    boroughs are small and crowded while outer ones are large and sparse.
 * 2. The warped points are fitted to the grid (north up, aspect kept).
 * 3. Points and cells are matched by a minimum-cost assignment (sum of squared
 *    distances from each target to its cell), which is deterministic and, unlike
 *    a greedy "nearest free cell", never flings the last borough across the map.
 * 4. Empty outer rows and columns are cropped.
 * The defaults were chosen by checking every borough keeps its compass side of
 * central London, no empty cell sits inside the shape, and most geographic
 * neighbours stay adjacent tiles (tests/unit/charts/tile-layout.test.ts).
 */
import type { Tile, TileGrid } from '../../src/lib/data/types.ts';
import { assign } from './assignment.ts';

export interface LayoutPoint {
  code: string;
  /** East is larger x. */
  x: number;
  /** North is larger y. */
  y: number;
}

export interface TileLayoutOptions {
  cols?: number;
  rows?: number;
  /** Radial warp exponent, 0-1; 1 keeps true spacing, smaller spreads the centre. */
  exponent?: number;
  /** Share of the grid the warped centroids span before matching (leaves room at the edges). */
  fill?: number;
}

function warp(points: readonly LayoutPoint[], centre: { x: number; y: number }, exponent: number) {
  return points.map((p) => {
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    const r = Math.hypot(dx, dy);
    const f = r > 0 ? r ** (exponent - 1) : 0;
    return { u: dx * f, v: dy * f };
  });
}

/** Targets in grid units: fitted to cols x rows with one scale, centred on the spare axis. */
function fitToGrid(warped: { u: number; v: number }[], cols: number, rows: number, fill: number) {
  const us = warped.map((w) => w.u);
  const vs = warped.map((w) => w.v);
  const [u0, u1, v0, v1] = [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)];
  const s = fill * Math.min((cols - 1) / (u1 - u0 || 1), (rows - 1) / (v1 - v0 || 1));
  const padC = (cols - 1 - (u1 - u0) * s) / 2;
  const padR = (rows - 1 - (v1 - v0) * s) / 2;
  return warped.map((w) => ({ col: padC + (w.u - u0) * s, row: padR + (v1 - w.v) * s }));
}

/** Drop empty outer rows and columns; tiles in reading order. */
function crop(tiles: Tile[]): TileGrid {
  const c0 = Math.min(...tiles.map((t) => t.col));
  const r0 = Math.min(...tiles.map((t) => t.row));
  const moved = tiles.map((t) => ({ code: t.code, col: t.col - c0, row: t.row - r0 }));
  moved.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    cols: Math.max(...moved.map((t) => t.col)) + 1,
    rows: Math.max(...moved.map((t) => t.row)) + 1,
    tiles: moved,
  };
}

export function tileLayout(
  points: readonly LayoutPoint[],
  centre: { x: number; y: number },
  { cols = 8, rows = 7, exponent = 0.4, fill = 0.7 }: TileLayoutOptions = {},
): TileGrid {
  if (points.length === 0) return { cols: 0, rows: 0, tiles: [] };
  if (points.length > cols * rows)
    throw new Error(`${points.length} tiles do not fit a ${cols} x ${rows} grid`);
  // Code order first, so the layout does not depend on the order points arrive in.
  points = [...points].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const targets = fitToGrid(warp(points, centre, exponent), cols, rows, fill);
  const cost = targets.map((t) =>
    Array.from(
      { length: cols * rows },
      (_, cell) => (Math.floor(cell / cols) - t.row) ** 2 + ((cell % cols) - t.col) ** 2,
    ),
  );
  const cells = assign(cost);
  const tiles = cells.map((cell, point) => ({
    code: points[point]!.code,
    col: cell % cols,
    row: Math.floor(cell / cols),
  }));
  return crop(tiles);
}
