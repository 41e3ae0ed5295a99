import { describe, expect, it } from 'vitest';
import { groupEdges, segmentsPath } from '../../../src/lib/charts/map/tile-edges.ts';

// A B
// C .
const tiles = [
  { code: 'A', col: 0, row: 0 },
  { code: 'B', col: 1, row: 0 },
  { code: 'C', col: 0, row: 1 },
];

describe('groupEdges', () => {
  it('draws only the outline when all tiles share a group', () => {
    const edges = groupEdges(tiles, () => 'g');
    // 3 tiles of 4 edges, minus 2 shared edges counted twice.
    expect(edges).toHaveLength(12 - 4);
  });

  it('draws a boundary between groups once', () => {
    const group = (c: string) => (c === 'B' ? 'y' : 'x');
    const edges = groupEdges(tiles, group);
    const between = edges.filter((s) => s.x1 === 1 && s.x2 === 1 && s.y1 === 0 && s.y2 === 1);
    expect(between).toHaveLength(1);
    expect(edges).toHaveLength(8 + 1);
  });

  it('outlines just the tiles in a selected group', () => {
    const edges = groupEdges(tiles, (c) => (c === 'A' ? 'in' : null));
    expect(edges).toHaveLength(4);
  });

  it('scales segments to pixels', () => {
    expect(segmentsPath([{ x1: 0, y1: 0, x2: 1, y2: 0 }], 10, 5, 2)).toBe('M5,2L15,2');
  });
});
