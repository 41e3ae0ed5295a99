/**
 * The map, drawn once at build time: boroughs projected with Mercator into a
 * space MAP_WIDTH wide (y down, height as London's shape needs), the STP
 * boundaries, London's outline, the outline of every group the page can select,
 * and the tile layout. The page only scales it. Pure: no I/O.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { Dataset, MapBorough, MapGeometry } from '../../src/lib/data/types.ts';
import { mainGrouping } from '../../src/lib/data/geography.ts';
import type { BoroughGeometry, BoroughTopology } from '../data/geometry.ts';
import { boroughFeatures, boroughTiles } from './features.ts';
import { DEFAULT_FORMAT, svgPath, type PathFormat } from '../../src/lib/map/svg-path.ts';

export const MAP_WIDTH = 1000;

/** Points and boxes to a tenth of a unit: finer than any screen shows at MAP_WIDTH or less. */
const tenth = (n: number): number => Math.round(n * 10) / 10 || 0;

export function projectMap(
  topology: BoroughTopology,
  dataset: Pick<Dataset, 'boroughs' | 'geography'>,
  format: PathFormat = DEFAULT_FORMAT,
): MapGeometry {
  const object = topology.objects.boroughs;
  const geometries: readonly BoroughGeometry[] = object.geometries;
  const features = boroughFeatures(topology);
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
  const path = geoPath(projection);

  const boroughs = features.map((f): MapBorough => {
    const [cx, cy] = path.centroid(f);
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    return {
      code: f.id,
      d: svgPath(projection, f, format),
      centroid: [tenth(cx), tenth(cy)],
      area: Math.round(path.area(f)),
      bounds: [
        [tenth(x0), tenth(y0)],
        [tenth(x1), tenth(y1)],
      ],
    };
  });

  const members: [string, readonly string[]][] = dataset.geography.groupings.flatMap((g) =>
    g.groups.map((group): [string, string[]] => [group.code, group.members]),
  );
  const main = new Map(
    mainGrouping(dataset.geography).groups.flatMap((g) => g.members.map((code) => [code, g.code])),
  );
  const mainOf = (g: { id?: string | number }) => main.get(String(g.id)) ?? '';
  const groups = Object.fromEntries(
    members.map(([key, codes]) => {
      const merged = merge(
        topology,
        geometries.filter((g) => codes.includes(g.id)),
      );
      return [key, svgPath(projection, merged, format)];
    }),
  );

  const [, [, height]] = path.bounds(collection);
  return {
    viewBox: [MAP_WIDTH, tenth(height)],
    boroughs,
    stpLines: svgPath(
      projection,
      mesh(topology, object, (a, b) => a !== b && mainOf(a) !== mainOf(b)),
      format,
    ),
    outline: svgPath(
      projection,
      mesh(topology, object, (a, b) => a === b),
      format,
    ),
    groups,
    tiles: boroughTiles(features),
  };
}
