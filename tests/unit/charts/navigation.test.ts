import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../../src/lib/charts/map/navigation.ts';

// A 3 x 3 grid (screen coordinates, y down) with the centre missing.
const grid = [
  { code: 'NW', x: 0, y: 0 },
  { code: 'N', x: 1, y: 0 },
  { code: 'NE', x: 2, y: 0 },
  { code: 'W', x: 0, y: 1 },
  { code: 'E', x: 2, y: 1 },
  { code: 'SW', x: 0, y: 2 },
  { code: 'S', x: 1, y: 2 },
  { code: 'SE', x: 2, y: 2 },
];

describe('nearestInDirection', () => {
  it('moves along a row or column when it can', () => {
    expect(nearestInDirection(grid, 'NW', 'right')).toBe('N');
    expect(nearestInDirection(grid, 'NW', 'down')).toBe('W');
    expect(nearestInDirection(grid, 'SE', 'left')).toBe('S');
    expect(nearestInDirection(grid, 'SE', 'up')).toBe('E');
  });

  it('steps over a gap, preferring the straight line to a diagonal', () => {
    expect(nearestInDirection(grid, 'W', 'right')).toBe('E');
    expect(nearestInDirection(grid, 'N', 'down')).toBe('S');
  });

  it('stops at the edge', () => {
    expect(nearestInDirection(grid, 'NW', 'left')).toBeNull();
    expect(nearestInDirection(grid, 'NW', 'up')).toBeNull();
    expect(nearestInDirection(grid, 'SE', 'right')).toBeNull();
  });

  it('falls back to the first point for an unknown origin', () => {
    expect(nearestInDirection(grid, 'nowhere', 'left')).toBe('NW');
  });
});
