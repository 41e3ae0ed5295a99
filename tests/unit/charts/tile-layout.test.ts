import { describe, expect, it } from 'vitest';
import {
  CENTRE_CODES,
  boroughFeatures,
  boroughTiles,
  centreOf,
  planarCentroids,
} from '../../../scripts/map/features.ts';
import { tileLayout } from '../../../scripts/map/tile-layout.ts';
import type { Tile } from '../../../src/lib/data/types.ts';
import { realBuild, realTopology } from './fixtures.ts';

const features = boroughFeatures(realTopology());
const points = planarCentroids(features);
const centre = centreOf(points);
/** The layout the page gets: the data build's output. */
const grid = realBuild().map.tiles;
const tileOf = new Map(grid.tiles.map((t) => [t.code, t]));
const tile = (code: string): Tile => {
  const t = tileOf.get(code);
  if (!t) throw new Error(`no tile for ${code}`);
  return t;
};

/** "Clearly" east/west/north/south: more than ~2 km from the centre on that axis. */
const CLEAR = 0.02;

describe('borough tile layout', () => {
  it('places all 33 boroughs in distinct cells inside the grid', () => {
    expect(grid.tiles).toHaveLength(33);
    expect(new Set(grid.tiles.map((t) => t.code))).toEqual(new Set(features.map((f) => f.id)));
    expect(new Set(grid.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(33);
    for (const t of grid.tiles) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(grid.cols);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(grid.rows);
    }
    // Cropped: every outer row and column holds a tile.
    expect(grid.tiles.some((t) => t.col === 0)).toBe(true);
    expect(grid.tiles.some((t) => t.row === 0)).toBe(true);
    expect(grid.tiles.some((t) => t.col === grid.cols - 1)).toBe(true);
    expect(grid.tiles.some((t) => t.row === grid.rows - 1)).toBe(true);
  });

  it('keeps each borough on its compass side of central London', () => {
    const centreCol = CENTRE_CODES.reduce((s, c) => s + tile(c).col, 0) / CENTRE_CODES.length;
    const centreRow = CENTRE_CODES.reduce((s, c) => s + tile(c).row, 0) / CENTRE_CODES.length;
    let checked = 0;
    const wrong: string[] = [];
    for (const p of points) {
      const t = tile(p.code);
      const dx = p.x - centre.x;
      const dy = p.y - centre.y;
      if (dx > CLEAR && !(t.col > centreCol)) wrong.push(`${p.code} is east but tiled west`);
      if (dx < -CLEAR && !(t.col < centreCol)) wrong.push(`${p.code} is west but tiled east`);
      if (dy > CLEAR && !(t.row < centreRow)) wrong.push(`${p.code} is north but tiled south`);
      if (dy < -CLEAR && !(t.row > centreRow)) wrong.push(`${p.code} is south but tiled north`);
      checked += Number(Math.abs(dx) > CLEAR) + Number(Math.abs(dy) > CLEAR);
    }
    expect(wrong).toEqual([]);
    // Most boroughs are clearly off-centre on at least one axis, so the check bites.
    expect(checked).toBeGreaterThan(45);
  });

  it('leaves no empty cell inside the shape', () => {
    const filled = new Set(grid.tiles.map((t) => `${t.col},${t.row}`));
    const holes: string[] = [];
    for (let row = 0; row < grid.rows; row++) {
      for (let col = 0; col < grid.cols; col++) {
        if (filled.has(`${col},${row}`)) continue;
        const inRow = grid.tiles.filter((t) => t.row === row);
        const inCol = grid.tiles.filter((t) => t.col === col);
        const rowSplit = inRow.some((t) => t.col < col) && inRow.some((t) => t.col > col);
        const colSplit = inCol.some((t) => t.row < row) && inCol.some((t) => t.row > row);
        if (rowSplit || colSplit) holes.push(`${col},${row}`);
      }
    }
    expect(holes).toEqual([]);
  });

  it('is deterministic and does not depend on input order', () => {
    const reversed = tileLayout([...points].reverse(), centre);
    expect(reversed).toEqual(grid);
    expect(boroughTiles(features)).toEqual(grid);
  });

  it('keeps a regular grid of points in the same arrangement', () => {
    const pts = [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => ({ code: `P${r}${c}`, x: c, y: -r })));
    const out = tileLayout(pts, { x: 1, y: -1 }, { cols: 3, rows: 3, exponent: 1, fill: 1 });
    expect(out.cols).toBe(3);
    expect(out.rows).toBe(3);
    for (const t of out.tiles) expect(t.code).toBe(`P${t.row}${t.col}`);
  });

  it('refuses more points than cells and handles none', () => {
    const pts = Array.from({ length: 5 }, (_, i) => ({ code: `P${i}`, x: i, y: 0 }));
    expect(() => tileLayout(pts, { x: 0, y: 0 }, { cols: 2, rows: 2 })).toThrow(/do not fit/);
    expect(tileLayout([], { x: 0, y: 0 })).toEqual({ cols: 0, rows: 0, tiles: [] });
  });
});
