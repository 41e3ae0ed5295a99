import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildData, pageDataset } from '../../../scripts/data/build.ts';
import { areasTemplate } from '../../../scripts/data/template.ts';
import { readBoundaries } from '../../../src/lib/areas/boundaries.ts';
import { readAreas } from '../../../src/lib/areas/read-areas.ts';
import { formatIssue } from '../../../src/lib/data/read/errors.ts';
import { parseDataset } from '../../../src/lib/data/parse.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { BOUNDARIES_JSON, realInputs } from '../data/fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error('the real data must build');
const london = parseDataset(pageDataset(built.dataset));

function own(text: string): Dataset {
  const r = readAreas({ file: 'mine.csv', text, base: london });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.dataset;
}
const small = own(readFileSync('tests/e2e/fixtures/own-areas-small.csv', 'utf8'));

/** A square of side 0.01 degrees at (x, y), wound as RFC 7946 asks (anticlockwise). */
const square = (id: string, x: number, y: number) => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 0.01, y],
        [x + 0.01, y + 0.01],
        [x, y + 0.01],
        [x, y],
      ],
    ],
  },
});
const squares = (ids: string[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: ids.map((id, i) => square(id, -0.1 + i * 0.01, 51.5)),
  });

describe("boundaries of one's own areas", () => {
  it('reads GeoJSON wound either way, one shape per area, side by side in the order given', () => {
    const r = readBoundaries('pcns.geojson', squares(['P01', 'P02', 'P03', 'P04', 'P05']), small);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const { boroughs, viewBox } = r.geometry;
    expect(boroughs.map((b) => b.code)).toEqual(['P01', 'P02', 'P03', 'P04', 'P05']);
    expect(viewBox[0]).toBe(1000);
    // Five equal squares in a row: each a fifth of the width, left to right.
    const xs = boroughs.map((b) => b.centroid[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const b of boroughs) expect(b.bounds[1][0] - b.bounds[0][0]).toBeCloseTo(200, 0);
    // GeoJSON has no shared arcs: no group outlines or lines between groups.
    expect(r.geometry.stpLines).toBe('');
    expect(r.geometry.tiles.tiles).toHaveLength(5);
  });

  it("joins London's TopoJSON (ids are names) to the template by name, with each ICB's outline", () => {
    const template = own(areasTemplate(built.dataset));
    const r = readBoundaries('london.topojson', readFileSync(BOUNDARIES_JSON, 'utf8'), template);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.geometry.boroughs).toHaveLength(33);
    expect(Object.keys(r.geometry.groups)).toEqual(
      template.geography.groupings[0]!.groups.map((g) => g.code),
    );
    expect(r.geometry.stpLines).toMatch(/^[mM]\d/);
    expect(r.geometry.outline).toMatch(/^[mM]\d/);
  });

  const cases: [string, string, string][] = [
    [
      'a shape whose id matches no area',
      squares(['P01', 'P02', 'P03', 'P04', 'P99']),
      '1 shape match no area of the table (by id, area_code or code, or else by name): P99',
    ],
    ['an area with no shape', squares(['P01', 'P02', 'P03', 'P04', 'P99']), '1 area has no shape: P05'],
    [
      'two shapes for one area',
      squares(['P01', 'P02', 'P03', 'P04', 'P05', 'P05']),
      'P05 has two shapes: one each',
    ],
    [
      'a point for a shape',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'P01', properties: {}, geometry: { type: 'Point', coordinates: [0, 51] } },
        ],
      }),
      'the shape of P01 is not a polygon',
    ],
    ['text that is not JSON', 'P01,P02', 'is not JSON: boundaries must be GeoJSON or TopoJSON'],
    ['a web page', '<!doctype html><html></html>', 'is not JSON'],
    [
      'JSON of something else',
      '{"type":"Feature"}',
      'is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology)',
    ],
  ];
  it.each(cases)('%s: says so', (_, text, message) => {
    const r = readBoundaries('pcns.geojson', text, small);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(formatIssue).join('\n')).toContain(message);
  });
});
