import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { quote, type DataIssue } from '../../src/lib/data/read/errors.ts';

export interface BoundaryProperties {
  name: string;
  /** STP code (E54...), so the map can colour or outline footprints without a lookup. */
  stp: string;
}

export type BoroughGeometry = (Polygon<BoundaryProperties> | MultiPolygon<BoundaryProperties>) & {
  /** GSS code, E09...: the page joins geometry to data on this. */
  id: string;
};

export type BoroughTopology = Topology<{ boroughs: GeometryCollection<BoundaryProperties> }> & {
  objects: { boroughs: { geometries: BoroughGeometry[] } };
};

type SourceGeometry = Polygon | MultiPolygon;

interface SourceBoundaries {
  topology: Topology;
  /** The borough polygons in file order, each with its name id. */
  geometries: { index: number; name: string; geometry: SourceGeometry }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPolygonal(value: unknown): value is SourceGeometry {
  return (
    isRecord(value) &&
    (value.type === 'Polygon' || value.type === 'MultiPolygon') &&
    Array.isArray(value.arcs)
  );
}

/**
 * Reads vega-datasets' londonBoroughs.json: a Topology whose objects.boroughs holds one
 * polygon per borough with the ONS name as id.
 */
export function parseBoundaries(
  text: string,
  file: string,
): { boundaries: SourceBoundaries | null; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { boundaries: null, issues: [{ file, message: `is not valid JSON (${(err as Error).message})` }] };
  }
  const boroughs = isRecord(json) && isRecord(json.objects) ? json.objects.boroughs : undefined;
  if (
    !isRecord(json) ||
    json.type !== 'Topology' ||
    !Array.isArray(json.arcs) ||
    !isRecord(boroughs) ||
    boroughs.type !== 'GeometryCollection' ||
    !Array.isArray(boroughs.geometries)
  ) {
    return {
      boundaries: null,
      issues: [{ file, message: 'is not a TopoJSON Topology with a GeometryCollection at objects.boroughs' }],
    };
  }
  const issues: DataIssue[] = [];
  const geometries: SourceBoundaries['geometries'] = [];
  boroughs.geometries.forEach((geometry: unknown, i: number) => {
    const where = `objects.boroughs.geometries[${i}]`;
    if (!isPolygonal(geometry)) {
      issues.push({ file, message: `${where} is not a Polygon or MultiPolygon with arcs` });
    } else if (typeof geometry.id !== 'string' || geometry.id === '') {
      issues.push({ file, message: `${where} has no borough name as its id` });
    } else {
      geometries.push({ index: i, name: geometry.id, geometry });
    }
  });
  // The checks above make the cast safe: only the fields we read or copy are relied on.
  return { boundaries: { topology: json as unknown as Topology, geometries }, issues };
}

export interface BoroughForMap {
  row: number;
  code: string | null;
  name: string | null;
  stp: string | null;
}

/**
 * Joins polygons to boroughs by exact name, once, and re-keys them by GSS code so that
 * nothing downstream ever joins on a name.
 */
export function joinBoundaries(
  boundaries: SourceBoundaries,
  boroughs: readonly BoroughForMap[],
  files: { boundaries: string; boroughs: string },
): { topology: BoroughTopology | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const byName = new Map<string, BoroughForMap>();
  for (const b of boroughs) {
    if (b.name === null) continue;
    const first = byName.get(b.name);
    if (first === undefined) byName.set(b.name, b);
    else {
      issues.push({
        file: files.boroughs,
        row: b.row,
        ...(b.code ? { code: b.code } : {}),
        column: 'name',
        message: `${quote(b.name)} is also the name of row ${first.row}, so the boundary join would be ambiguous`,
      });
    }
  }

  const matched = new Set<string>();
  const out: BoroughGeometry[] = [];
  for (const { index, name, geometry } of boundaries.geometries) {
    const where = `objects.boroughs.geometries[${index}]`;
    const borough = byName.get(name);
    if (!borough) {
      issues.push({
        file: files.boundaries,
        message: `${where} has id ${quote(name)}, which matches no name in ${files.boroughs}`,
      });
      continue;
    }
    if (matched.has(name)) {
      issues.push({ file: files.boundaries, message: `${where}: a second polygon for ${quote(name)}` });
      continue;
    }
    matched.add(name);
    if (borough.code !== null && borough.stp !== null) {
      out.push({ ...geometry, id: borough.code, properties: { name, stp: borough.stp } });
    }
  }
  for (const b of boroughs) {
    if (b.name !== null && !matched.has(b.name)) {
      issues.push({
        file: files.boroughs,
        row: b.row,
        ...(b.code ? { code: b.code } : {}),
        column: 'name',
        message: `${quote(b.name)} has no polygon with that exact id in ${files.boundaries}`,
      });
    }
  }
  if (issues.length > 0) return { topology: null, issues };

  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { topology } = boundaries;
  const { objects: _objects, ...rest } = topology;
  return {
    topology: { ...rest, objects: { boroughs: { type: 'GeometryCollection', geometries: out } } },
    issues,
  };
}
