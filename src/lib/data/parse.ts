import {
  type Borough,
  type CohortId,
  type Dataset,
  type InnerOuter,
  type MapBorough,
  type MapGeometry,
  type NeedIndicator,
  type Stp,
  type Tile,
} from './types.ts';

/**
 * A light structural check of the generated boroughs.json. The build has already
 * validated the facts; this catches a stale, truncated or hand-edited file before the
 * model turns it into NaN. Throws an Error naming the first path that is wrong.
 */
export function parseDataset(json: unknown): Dataset {
  const root = record(json, 'dataset');
  const baseYear = integer(root.baseYear, 'dataset.baseYear');
  const popYears = array(root.popYears, 'dataset.popYears').map((y, i) =>
    integer(y, `dataset.popYears[${i}]`),
  );
  if (popYears[0] !== baseYear) fail('dataset.popYears', `must start with baseYear ${baseYear}`);
  const boroughs = array(root.boroughs, 'dataset.boroughs').map((b, i) =>
    borough(b, `dataset.boroughs[${i}]`, popYears.length),
  );
  if (boroughs.length === 0) fail('dataset.boroughs', 'is empty');
  const codes = new Set(boroughs.map((b) => b.code));
  if (codes.size !== boroughs.length) fail('dataset.boroughs', 'has a duplicated code');
  const stps = array(root.stps, 'dataset.stps').map((s, i) => stp(s, `dataset.stps[${i}]`, codes));
  return { baseYear, popYears, boroughs, stps };
}

const INNER_OUTER: readonly InnerOuter[] = ['Inner London', 'Outer London'];
const NEED_INDICATORS: readonly NeedIndicator[] = [
  'qofDiabetes',
  'qofCopd',
  'qofHypertension',
  'qofDepression',
  'imd2015',
];

function borough(value: unknown, path: string, years: number): Borough {
  const b = record(value, path);
  const code = string(b.code, `${path}.code`);
  if (!/^E09\d{6}$/.test(code)) fail(`${path}.code`, `${JSON.stringify(code)} is not a London borough code`);
  const innerOuter = INNER_OUTER.find((v) => v === b.innerOuter);
  if (!innerOuter) fail(`${path}.innerOuter`, 'must be "Inner London" or "Outer London"');
  const ccg = record(b.ccg2016, `${path}.ccg2016`);
  const popAllAges = array(b.popAllAges, `${path}.popAllAges`).map((p, i) =>
    count(p, `${path}.popAllAges[${i}]`),
  );
  if (popAllAges.length !== years)
    fail(`${path}.popAllAges`, `has ${popAllAges.length} values, popYears has ${years}`);
  const ind = record(b.indicators, `${path}.indicators`);
  const need = record(b.needIndex, `${path}.needIndex`);
  const needOf = (c: CohortId) => nonNegative(need[c], `${path}.needIndex.${c}`);
  const needIndex: Record<CohortId, number> = {
    sp_ltc: needOf('sp_ltc'),
    sp_mh: needOf('sp_mh'),
    sp_iso: needOf('sp_iso'),
    sp_fa: needOf('sp_fa'),
    epp_ltc: needOf('epp_ltc'),
  };
  return {
    code,
    name: string(b.name, `${path}.name`),
    innerOuter,
    stpCode: string(b.stpCode, `${path}.stpCode`),
    ccg2016: {
      name: string(ccg.name, `${path}.ccg2016.name`),
      ods: string(ccg.ods, `${path}.ccg2016.ods`),
      gss: string(ccg.gss, `${path}.ccg2016.gss`),
      note: string(ccg.note, `${path}.ccg2016.note`, true),
    },
    popAllAges,
    adults18: count(b.adults18, `${path}.adults18`),
    older65: count(b.older65, `${path}.older65`),
    indicators: {
      qofDiabetes: nullable(ind.qofDiabetes, `${path}.indicators.qofDiabetes`),
      qofCopd: nullable(ind.qofCopd, `${path}.indicators.qofCopd`),
      qofHypertension: nullable(ind.qofHypertension, `${path}.indicators.qofHypertension`),
      qofDepression: nullable(ind.qofDepression, `${path}.indicators.qofDepression`),
      imd2015: nullable(ind.imd2015, `${path}.indicators.imd2015`),
      imd2015Rank: nullable(ind.imd2015Rank, `${path}.indicators.imd2015Rank`),
    },
    needIndex,
    missingIndicators: array(b.missingIndicators, `${path}.missingIndicators`).map((m, i) => {
      const found = NEED_INDICATORS.find((n) => n === m);
      if (!found) fail(`${path}.missingIndicators[${i}]`, `${JSON.stringify(m)} is not a need indicator`);
      return found;
    }),
    inlandAreaHectares: nullable(b.inlandAreaHectares, `${path}.inlandAreaHectares`),
  };
}

function stp(value: unknown, path: string, codes: ReadonlySet<string>): Stp {
  const s = record(value, path);
  const boroughs = array(s.boroughs, `${path}.boroughs`).map((c, i) => {
    const code = string(c, `${path}.boroughs[${i}]`);
    if (!codes.has(code)) fail(`${path}.boroughs[${i}]`, `${code} is not one of dataset.boroughs`);
    return code;
  });
  return { code: string(s.code, `${path}.code`), name: string(s.name, `${path}.name`), boroughs };
}

/**
 * A light structural check of the generated map.json: the boroughs are the
 * dataset's (`codes`, in order), and every path, point and tile the page draws
 * is there. The build has already checked the geometry itself.
 */
export function parseMapGeometry(json: unknown, codes: readonly string[]): MapGeometry {
  const root = record(json, 'map');
  const boroughs = array(root.boroughs, 'map.boroughs').map((b, i) => mapBorough(b, `map.boroughs[${i}]`));
  if (boroughs.map((b) => b.code).join() !== codes.join()) {
    fail('map.boroughs', "are not the dataset's boroughs: run npm run data to rebuild both");
  }
  const groups = Object.fromEntries(
    Object.entries(record(root.groups, 'map.groups')).map(([key, d]) => [
      key,
      string(d, `map.groups.${key}`),
    ]),
  );
  const grid = record(root.tiles, 'map.tiles');
  const cols = integer(grid.cols, 'map.tiles.cols');
  const rows = integer(grid.rows, 'map.tiles.rows');
  const tiles = array(grid.tiles, 'map.tiles.tiles').map((t, i) =>
    tile(t, `map.tiles.tiles[${i}]`, cols, rows),
  );
  if (tiles.length !== codes.length)
    fail('map.tiles.tiles', `has ${tiles.length} tiles for ${codes.length} boroughs`);
  return {
    viewBox: point(root.viewBox, 'map.viewBox'),
    boroughs,
    stpLines: string(root.stpLines, 'map.stpLines'),
    outline: string(root.outline, 'map.outline'),
    groups,
    tiles: { cols, rows, tiles },
  };
}

function mapBorough(value: unknown, path: string): MapBorough {
  const b = record(value, path);
  const bounds = array(b.bounds, `${path}.bounds`);
  if (bounds.length !== 2) fail(`${path}.bounds`, 'must be two points');
  return {
    code: string(b.code, `${path}.code`),
    d: string(b.d, `${path}.d`),
    centroid: point(b.centroid, `${path}.centroid`),
    area: nonNegative(b.area, `${path}.area`),
    bounds: [point(bounds[0], `${path}.bounds[0]`), point(bounds[1], `${path}.bounds[1]`)],
  };
}

function tile(value: unknown, path: string, cols: number, rows: number): Tile {
  const t = record(value, path);
  const col = integer(t.col, `${path}.col`);
  const row = integer(t.row, `${path}.row`);
  if (col < 0 || col >= cols || row < 0 || row >= rows) fail(path, `lies outside the ${cols} x ${rows} grid`);
  return { code: string(t.code, `${path}.code`), col, row };
}

function point(value: unknown, path: string): [number, number] {
  const p = array(value, path);
  if (p.length !== 2) fail(path, 'must be two numbers');
  return [finite(p[0], `${path}[0]`), finite(p[1], `${path}[1]`)];
}

const SUBJECTS: Readonly<Record<string, string>> = { dataset: 'borough dataset', map: 'map geometry' };

function fail(path: string, problem: string): never {
  const root = /^\w+/.exec(path)?.[0] ?? '';
  throw new Error(`Invalid ${SUBJECTS[root] ?? root}: ${path} ${problem}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

function string(value: unknown, path: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) fail(path, 'must be a non-empty string');
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
  return value;
}

function integer(value: unknown, path: string): number {
  const n = finite(value, path);
  if (!Number.isInteger(n)) fail(path, 'must be a whole number');
  return n;
}

function count(value: unknown, path: string): number {
  const n = integer(value, path);
  if (n <= 0) fail(path, 'must be a positive count');
  return n;
}

function nonNegative(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < 0) fail(path, 'must not be negative');
  return n;
}

function nullable(value: unknown, path: string): number | null {
  return value === null ? null : finite(value, path);
}
