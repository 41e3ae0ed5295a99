import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/read/errors.ts';
import { joinBoundaries, parseBoundaries, type BoroughForMap } from '../../../scripts/data/geometry.ts';

const FILES = { boundaries: 'b.json', boroughs: 'x.csv' };

function topology(names: string[]): string {
  return JSON.stringify({
    type: 'Topology',
    transform: { scale: [0.5, 0.5], translate: [1, 2] },
    arcs: [
      [
        [0, 0],
        [1, 1],
      ],
    ],
    objects: {
      boroughs: {
        type: 'GeometryCollection',
        geometries: names.map((id) => ({ type: 'Polygon', arcs: [[0]], id })),
      },
    },
  });
}

const borough = (row: number, code: string, name: string): BoroughForMap => ({
  row,
  code,
  name,
  stp: 'E54000029',
});

function parsed(names: string[]) {
  const { boundaries, issues } = parseBoundaries(topology(names), FILES.boundaries);
  expect(issues).toEqual([]);
  if (!boundaries) throw new Error('no boundaries');
  return boundaries;
}

describe('joinBoundaries', () => {
  it('re-keys polygons by code, keeps arcs and transform, and sorts by code', () => {
    const { topology: out, issues } = joinBoundaries(
      parsed(['Hackney', 'City of London']),
      [borough(1, 'E09000001', 'City of London'), borough(2, 'E09000012', 'Hackney')],
      FILES,
    );
    expect(issues).toEqual([]);
    expect(out?.transform).toEqual({ scale: [0.5, 0.5], translate: [1, 2] });
    expect(out?.arcs).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
    ]);
    expect(out?.objects.boroughs.geometries).toEqual([
      {
        type: 'Polygon',
        arcs: [[0]],
        id: 'E09000001',
        properties: { name: 'City of London', stp: 'E54000029' },
      },
      { type: 'Polygon', arcs: [[0]], id: 'E09000012', properties: { name: 'Hackney', stp: 'E54000029' } },
    ]);
  });

  it('names every unmatched name on either side', () => {
    const { topology: out, issues } = joinBoundaries(
      parsed(['Hackney', 'City of Londn']),
      [borough(1, 'E09000001', 'City of London'), borough(2, 'E09000012', 'Hackney')],
      FILES,
    );
    expect(out).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'b.json: objects.boroughs.geometries[1] has id "City of Londn", which matches no name in x.csv',
      'x.csv row 1 (E09000001), column name: "City of London" has no polygon with that exact id in b.json',
    ]);
  });

  it('refuses two polygons, or two boroughs, with one name', () => {
    const twoPolygons = joinBoundaries(
      parsed(['Hackney', 'Hackney']),
      [borough(1, 'E09000012', 'Hackney')],
      FILES,
    );
    expect(twoPolygons.issues.map(formatIssue)).toEqual([
      'b.json: objects.boroughs.geometries[1]: a second polygon for "Hackney"',
    ]);
    const twoRows = joinBoundaries(
      parsed(['Hackney']),
      [borough(1, 'E09000012', 'Hackney'), borough(2, 'E09000013', 'Hackney')],
      FILES,
    );
    expect(twoRows.issues.map(formatIssue)).toEqual([
      'x.csv row 2 (E09000013), column name: "Hackney" is also the name of row 1, so the boundary join would be ambiguous',
    ]);
  });
});

describe('parseBoundaries', () => {
  it('rejects files that are not the expected TopoJSON', () => {
    expect(parseBoundaries('{', 'b.json').issues[0]?.message).toMatch(/^is not valid JSON/);
    expect(parseBoundaries('{"type":"FeatureCollection"}', 'b.json').issues.map(formatIssue)).toEqual([
      'b.json: is not a TopoJSON Topology with a GeometryCollection at objects.boroughs',
    ]);
    const noId = topology(['Hackney']).replace('"id":"Hackney"', '"id":7');
    expect(parseBoundaries(noId, 'b.json').issues.map(formatIssue)).toEqual([
      'b.json: objects.boroughs.geometries[0] has no borough name as its id',
    ]);
  });
});
