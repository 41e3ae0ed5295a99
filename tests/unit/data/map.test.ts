import { describe, expect, it } from 'vitest';
import { LONDON_CODES } from '../../../scripts/data/london.ts';
import { buildData } from '../../../scripts/data/build.ts';
import { checkMap } from '../../../scripts/map/check.ts';
import { MAP_WIDTH } from '../../../scripts/map/project.ts';
import type { MapGeometry } from '../../../src/lib/data/types.ts';
import { realInputs } from './fixtures.ts';
import { pathRings, ringArea, type Point } from './svg.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error('the real data must build');
const { dataset, map } = built;
const [width, height] = map.viewBox;
const rings = (d: string) => pathRings(d);
const vertices = (d: string): Point[] => rings(d).flatMap((r) => r.points);
const area = (d: string) => rings(d).reduce((s, r) => s + ringArea(r.points), 0);
const key = ([x, y]: Point) => `${x},${y}`;
const boroughVertices = new Set(map.boroughs.flatMap((b) => vertices(b.d).map(key)));
const areaOf = new Map(map.boroughs.map((b) => [b.code, b.area]));
/** A fresh, mutable copy. */
const copy = (): MapGeometry => JSON.parse(JSON.stringify(map)) as MapGeometry;

describe('the projected map', () => {
  it('fills a space MAP_WIDTH wide, as tall as London is, with whole-unit paths', () => {
    expect(width).toBe(MAP_WIDTH);
    expect(height).toBeGreaterThan(0.6 * width);
    expect(height).toBeLessThan(0.9 * width);
    const all = map.boroughs.flatMap((b) => vertices(b.d));
    expect(all.every(([x, y]) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
    expect(Math.min(...all.map((p) => p[0]))).toBe(0);
    expect(Math.max(...all.map((p) => p[0]))).toBe(width);
    expect(Math.min(...all.map((p) => p[1]))).toBe(0);
    expect(Math.max(...all.map((p) => p[1]))).toBe(Math.round(height));
  });

  it('gives each borough a closed path matching its area, box and centroid', () => {
    expect(map.boroughs.map((b) => b.code)).toEqual(LONDON_CODES);
    for (const b of map.boroughs) {
      const rs = rings(b.d);
      expect(rs.length, b.code).toBeGreaterThan(0);
      expect(rs.every((r) => r.closed && r.points.length >= 3)).toBe(true);
      // Whole units move a small borough's outline by up to half a unit: the City is ~900 units².
      expect(Math.abs(area(b.d) - b.area) / b.area, b.code).toBeLessThan(0.03);
      const [[x0, y0], [x1, y1]] = b.bounds;
      const vs = vertices(b.d);
      expect(Math.abs(Math.min(...vs.map((p) => p[0])) - x0)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(Math.max(...vs.map((p) => p[1])) - y1)).toBeLessThanOrEqual(0.5);
      const [cx, cy] = b.centroid;
      expect(cx > x0 && cx < x1 && cy > y0 && cy < y1, b.code).toBe(true);
    }
  });

  it('draws lines and outlines exactly on the borough borders', () => {
    const lines = [map.stpLines, map.outline, ...Object.values(map.groups)];
    for (const d of lines) {
      const off = vertices(d).filter((p) => !boroughVertices.has(key(p)));
      expect(off).toEqual([]);
    }
    expect(rings(map.outline).every((r) => !r.closed)).toBe(true);
    expect(rings(map.stpLines).every((r) => !r.closed)).toBe(true);
  });

  it('outlines each STP, and Inner and Outer London, around exactly their boroughs', () => {
    const inner = dataset.boroughs.filter((b) => b.innerOuter === 'Inner London').map((b) => b.code);
    const groups: [string, readonly string[]][] = [
      ['inner', inner],
      ['outer', dataset.boroughs.filter((b) => b.innerOuter === 'Outer London').map((b) => b.code)],
      ...[...new Set(dataset.boroughs.map((b) => b.stpCode))]
        .sort()
        .map((code): [string, string[]] => [
          code,
          dataset.boroughs.filter((b) => b.stpCode === code).map((b) => b.code),
        ]),
    ];
    expect(inner).toHaveLength(14);
    expect(Object.keys(map.groups)).toEqual(groups.map(([k]) => k));
    for (const [k, codes] of groups) {
      const members = codes.reduce((s, c) => s + (areaOf.get(c) ?? NaN), 0);
      expect(Math.abs(area(map.groups[k] ?? '') - members) / members, k).toBeLessThan(0.005);
    }
  });
});

describe('checkMap', () => {
  it('passes the real map and names what is wrong with a broken one', () => {
    expect(checkMap(map, dataset)).toEqual([]);
    const cases: [(m: MapGeometry) => void, string][] = [
      [(m) => m.boroughs.pop(), 'has boroughs E09000001'],
      [(m) => ((m.boroughs[4] as { d: string }).d = ''), 'E09000005 has no path'],
      [(m) => ((m.boroughs[2] as { area: number }).area = NaN), 'E09000003 has no finite centroid'],
      [(m) => (m.stpLines = ''), 'the group boundaries are empty'],
      [(m) => Reflect.deleteProperty(m.groups, 'inner'), 'has group outlines'],
      [(m) => Object.assign(m.tiles.tiles[1] ?? {}, m.tiles.tiles[0]), 'the tiles are not one per borough'],
      [(m) => ((m.tiles.tiles[0] as { col: number }).col = 99), 'outside the 7 x 7 grid'],
    ];
    for (const [breakIt, message] of cases) {
      const m = copy();
      breakIt(m);
      expect(checkMap(m, dataset).join('\n')).toContain(message);
    }
  });
});
