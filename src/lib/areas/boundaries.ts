/**
 * Boundaries for one's own areas, from GeoJSON or TopoJSON: joined to the areas by code
 * (a feature's id, or its area_code or code property; failing that, by name), projected
 * with Mercator into the same space as London's map, with each group's outline and the
 * lines between groups when the file is TopoJSON (GeoJSON has no shared arcs to merge).
 * Every problem named; nothing half-read.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { groupOfArea, mainGrouping } from '../data/geography.ts';
import type { DataIssue } from '../data/read/errors.ts';
import type { Dataset, MapBorough, MapGeometry } from '../data/types.ts';
import { svgPath } from '../map/svg-path.ts';
import { gridMap } from './grid-map.ts';

/** Boundary files are bigger than tables: 50 MB holds some 5,000 detailed LSOAs. */
export const MAX_BOUNDARY_BYTES = 50 * 1024 * 1024;
const WIDTH = 1000;

type Shape = Feature<Polygon | MultiPolygon>;

export type BoundariesResult = { ok: true; geometry: MapGeometry } | { ok: false; issues: DataIssue[] };

const tenth = (n: number): number => Math.round(n * 10) / 10 || 0;

export function readBoundaries(
  file: string,
  text: string,
  data: Pick<Dataset, 'boroughs' | 'geography'>,
): BoundariesResult {
  const fail = (message: string): BoundariesResult => ({ ok: false, issues: [{ file, message }] });
  if (text.length > MAX_BOUNDARY_BYTES)
    return fail(
      `is ${(text.length / 1024 / 1024).toFixed(0)} MB; the page reads boundary files of up to 50 MB`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('is not JSON: boundaries must be GeoJSON or TopoJSON');
  }
  const root = json as { type?: unknown; objects?: Record<string, unknown>; features?: unknown };
  let topology: Topology | null = null;
  let object: GeometryCollection | null = null;
  let features: Feature[];
  if (root.type === 'Topology' && root.objects && typeof root.objects === 'object') {
    topology = json as Topology;
    const first = Object.values(topology.objects).find((o) => o.type === 'GeometryCollection');
    if (!first) return fail('is TopoJSON with no collection of shapes in its objects');
    object = first as GeometryCollection;
    features = (feature(topology, object) as FeatureCollection).features;
  } else if (root.type === 'FeatureCollection' && Array.isArray(root.features)) {
    features = root.features as Feature[];
  } else return fail('is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology)');

  // Which area each shape is.
  const codes = new Set(data.boroughs.map((b) => b.code));
  const byName = new Map(data.boroughs.map((b) => [b.name, b.code]));
  const keyOf = (f: Feature): string => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    return String(f.id ?? p.area_code ?? p.code ?? '');
  };
  const nameKey = (f: Feature): string =>
    String(((f.properties ?? {}) as Record<string, unknown>).name ?? f.id ?? '');
  const byCode = features.some((f) => codes.has(keyOf(f)));
  const codeOf = (f: Feature): string | undefined =>
    byCode ? (codes.has(keyOf(f)) ? keyOf(f) : undefined) : byName.get(nameKey(f));

  const issues: DataIssue[] = [];
  const shapes = new Map<string, Shape>();
  const unmatched: string[] = [];
  features.forEach((f, i) => {
    const code = codeOf(f);
    const g = f.geometry as Geometry | null;
    if (code === undefined) {
      unmatched.push(byCode ? keyOf(f) || `feature ${i + 1}` : nameKey(f) || `feature ${i + 1}`);
      return;
    }
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      issues.push({ file, code, message: `the shape of ${code} is not a polygon` });
      return;
    }
    if (shapes.has(code)) {
      issues.push({ file, code, message: `${code} has two shapes: one each` });
      return;
    }
    shapes.set(code, rewound(f as Shape));
  });
  const some = (xs: string[]) =>
    `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? ` and ${xs.length - 5} more` : ''}`;
  if (unmatched.length > 0)
    issues.push({
      file,
      message: `${unmatched.length} shape${unmatched.length === 1 ? '' : 's'} match no area of the table (by id, area_code or code, or else by name): ${some(unmatched)}`,
    });
  const missing = data.boroughs.filter((b) => !shapes.has(b.code)).map((b) => b.code);
  if (missing.length > 0)
    issues.push({
      file,
      message: `${missing.length} area${missing.length === 1 ? ' has' : 's have'} no shape: ${some(missing)}`,
    });
  if (issues.length > 0) return { ok: false, issues };

  const ordered = data.boroughs.map((b) => shapes.get(b.code) as Shape);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: ordered };
  const projection = geoMercator().fitWidth(WIDTH, collection);
  const path = geoPath(projection);
  const boroughs = data.boroughs.map((b, i): MapBorough => {
    const f = ordered[i] as Shape;
    const [cx, cy] = path.centroid(f);
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    return {
      code: b.code,
      d: svgPath(projection, f),
      centroid: [tenth(cx), tenth(cy)],
      area: Math.round(path.area(f)),
      bounds: [
        [tenth(x0), tenth(y0)],
        [tenth(x1), tenth(y1)],
      ],
    };
  });
  if (boroughs.some((b) => !Number.isFinite(b.centroid[0]) || b.d === ''))
    return fail(
      'has a shape that cannot be drawn (no area, or coordinates that are not longitude and latitude)',
    );
  const [, [, height]] = path.bounds(collection);
  const grid = gridMap(data);
  let groups: Record<string, string> = {};
  let stpLines = '';
  let outline = '';
  if (topology && object) {
    const t = topology;
    const geometries = object.geometries;
    const idOf = (g: { id?: string | number; properties?: unknown }): string | undefined =>
      codeOf({
        type: 'Feature',
        id: g.id,
        properties: (g.properties ?? {}) as Record<string, unknown>,
        geometry: null as unknown as Geometry,
      });
    groups = Object.fromEntries(
      data.geography.groupings.flatMap((grouping) =>
        grouping.groups.map((group) => {
          const members = new Set(group.members);
          const merged = merge(t, geometries.filter((g) => members.has(idOf(g) ?? '')) as never);
          return [group.code, svgPath(projection, merged)];
        }),
      ),
    );
    const mainOf = groupOfArea(mainGrouping(data.geography));
    const groupCode = (g: unknown) => mainOf.get(idOf(g as { id?: string }) ?? '')?.code ?? '';
    stpLines = svgPath(
      projection,
      mesh(t, object, (a, b) => a !== b && groupCode(a) !== groupCode(b)),
    );
    outline = svgPath(
      projection,
      mesh(t, object, (a, b) => a === b),
    );
  }
  return {
    ok: true,
    geometry: { viewBox: [WIDTH, tenth(height)], boroughs, stpLines, outline, groups, tiles: grid.tiles },
  };
}

/**
 * d3-geo reads a ring's winding for which side is inside; RFC 7946 GeoJSON winds the other
 * way. A shape that would cover more than half the globe is the wrong way round: reverse it.
 */
function rewound(f: Shape): Shape {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const rings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rings(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
  return { ...f, geometry };
}
