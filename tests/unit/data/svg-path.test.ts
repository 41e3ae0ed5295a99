import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { ringsToPath, svgPath, type Ring } from '../../../src/lib/map/svg-path.ts';
import { pathRings } from './svg.ts';

const ring = (closed: boolean, ...points: [number, number][]): Ring => ({ points, closed });
const WHOLE = { digits: 0, relative: true };

describe('ringsToPath', () => {
  it('rounds absolute positions, then writes each ring as one relative "m"', () => {
    const square = ring(true, [0.4, 0.4], [10.6, 0], [10.4, 9.6], [0, 10]);
    expect(ringsToPath([square], WHOLE)).toBe('m0,0,11,0-1,10-10,0z');
    expect(ringsToPath([square], { digits: 0, relative: false })).toBe('M0,0,11,0,10,10,0,10z');
    // After "z" the pen is back at the ring's start; after an open line, at its end.
    const second = ring(true, [20, 20], [30, 20], [30, 30]);
    expect(ringsToPath([square, second], WHOLE)).toBe('m0,0,11,0-1,10-10,0zm20,20,10,0,0,10z');
    const line = ring(false, [5, 5], [8, 5]);
    expect(ringsToPath([line, line], WHOLE)).toBe('m5,5,3,0m-3,0,3,0');
  });

  it('drops points that rounding merges, and rings that collapse', () => {
    const sliver = ring(true, [0, 0], [0.2, 0.1], [0.4, 0]);
    const triangle = ring(true, [0, 0], [5, 0], [5.2, 0.3], [5, 5], [0, 0]);
    expect(ringsToPath([sliver], WHOLE)).toBe('');
    expect(ringsToPath([sliver, triangle], WHOLE)).toBe('m0,0,5,0,0,5z');
  });

  it('writes decimals briefly and reads back to the same points', () => {
    const r = ring(false, [0.25, 1.5], [1.04, 0.94], [-0.5, -1.56]);
    const d = ringsToPath([r], { digits: 1, relative: true });
    expect(d).toBe('m.3,1.5.7-.6-1.5-2.5');
    expect(pathRings(d)[0]?.points.map(([x, y]) => [+x.toFixed(1), +y.toFixed(1)])).toEqual([
      [0.3, 1.5],
      [1, 0.9],
      [-0.5, -1.6],
    ]);
  });
});

describe('svgPath', () => {
  it('projects GeoJSON with the projection and writes whole units', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 10.4],
          [20.6, 10.4],
          [0, 0],
        ],
      ],
    };
    const d = svgPath(geoIdentity().scale(2), polygon);
    expect(pathRings(d)).toEqual([
      {
        points: [
          [0, 0],
          [0, 21],
          [41, 21],
        ],
        closed: true,
      },
    ]);
  });
});
