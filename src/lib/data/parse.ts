import {
  type AreaGroup,
  type Borough,
  type BoroughPopulation,
  type Dataset,
  type Geography,
  type Grouping,
  type LevelNames,
  type LinkWorkerPay,
  type MapBorough,
  type MapGeometry,
  type NeedIndicator,
  type PopulationVintage,
  type PriceIndex,
  type Tile,
} from './types.ts';
import { WHOLE_ID } from './geography.ts';
import { computeNeedIndex, NEED_INDICATORS, type NeedOutput } from './read/need-index.ts';

/**
 * A light structural check of the generated boroughs.json. The build has already
 * validated the facts; this catches a stale, truncated or hand-edited file before the
 * model turns it into NaN. Throws an Error naming the first path that is wrong.
 */
export function parseDataset(json: unknown): Dataset {
  const root = record(json, 'dataset');
  const vintages = array(root.vintages, 'dataset.vintages').map((v, i) =>
    vintage(v, `dataset.vintages[${i}]`),
  );
  if (vintages.length === 0) fail('dataset.vintages', 'is empty');
  const boroughs = withNeed(
    array(root.boroughs, 'dataset.boroughs').map((b, i) => borough(b, `dataset.boroughs[${i}]`, vintages)),
    vintages,
  );
  if (boroughs.length === 0) fail('dataset.boroughs', 'is empty');
  const registered = boroughs.filter((b) => b.registered !== undefined).length;
  if (registered > 0 && registered < boroughs.length)
    fail(
      'dataset.boroughs',
      `give registered patients for every area or for none: ${boroughs.length - registered} of ${boroughs.length} have none`,
    );
  const codes = new Set(boroughs.map((b) => b.code));
  if (codes.size !== boroughs.length) fail('dataset.boroughs', 'has a duplicated code');
  if (codes.has(WHOLE_ID)) fail('dataset.boroughs', `has the code "${WHOLE_ID}", which names the whole`);
  const geography = geographyOf(root.geography, 'dataset.geography', codes);
  const deflators = priceIndex(root.deflators, 'dataset.deflators');
  const linkWorkerPay = array(root.linkWorkerPay, 'dataset.linkWorkerPay').map((p, i) =>
    pay(p, `dataset.linkWorkerPay[${i}]`),
  );
  return { vintages, boroughs, geography, deflators, linkWorkerPay };
}

function vintage(value: unknown, path: string): PopulationVintage {
  const v = record(value, path);
  const baseYear = integer(v.baseYear, `${path}.baseYear`);
  const years = array(v.years, `${path}.years`).map((y, i) => integer(y, `${path}.years[${i}]`));
  if (years[0] !== baseYear) fail(`${path}.years`, `must start with baseYear ${baseYear}`);
  if (years.some((y, i) => i > 0 && y !== baseYear + i)) fail(`${path}.years`, 'must be consecutive');
  return { id: string(v.id, `${path}.id`), label: string(v.label, `${path}.label`), baseYear, years };
}

function priceIndex(value: unknown, path: string): PriceIndex {
  const p = record(value, path);
  const years = array(p.years, `${path}.years`).map((y, i) => integer(y, `${path}.years[${i}]`));
  const index = array(p.index, `${path}.index`).map((x, i) => {
    const n = finite(x, `${path}.index[${i}]`);
    if (n <= 0) fail(`${path}.index[${i}]`, 'must be positive');
    return n;
  });
  if (years.length === 0 || years.length !== index.length)
    fail(`${path}.index`, `has ${index.length} values for ${years.length} years`);
  if (years.some((y, i) => i > 0 && y !== (years[0] as number) + i))
    fail(`${path}.years`, 'must be consecutive');
  const forecastFrom = p.forecastFrom === null ? null : integer(p.forecastFrom, `${path}.forecastFrom`);
  return { edition: string(p.edition, `${path}.edition`), years, index, forecastFrom };
}

function pay(value: unknown, path: string): LinkWorkerPay {
  const p = record(value, path);
  return {
    year: integer(p.year, `${path}.year`),
    amount: count(p.amount, `${path}.amount`),
    appliesFrom: string(p.appliesFrom, `${path}.appliesFrom`),
  };
}

type Population = Omit<BoroughPopulation, 'needIndex'>;

function population(value: unknown, path: string, v: PopulationVintage): Population {
  const p = record(value, path);
  const allAges = array(p.allAges, `${path}.allAges`).map((n, i) => count(n, `${path}.allAges[${i}]`));
  if (allAges.length !== v.years.length)
    fail(`${path}.allAges`, `has ${allAges.length} values, vintage ${v.id} has ${v.years.length} years`);
  return {
    allAges,
    adults18: count(p.adults18, `${path}.adults18`),
    older65: count(p.older65, `${path}.older65`),
  };
}

function borough(
  value: unknown,
  path: string,
  vintages: readonly PopulationVintage[],
): Omit<Borough, 'populations' | 'missingIndicators'> & { populations: Population[] } {
  const b = record(value, path);
  const code = string(b.code, `${path}.code`);
  const populations = array(b.populations, `${path}.populations`);
  if (populations.length !== vintages.length)
    fail(`${path}.populations`, `has ${populations.length} entries for ${vintages.length} vintages`);
  const ind = record(b.indicators, `${path}.indicators`);
  const indicators = Object.fromEntries(
    NEED_INDICATORS.map((n) => [n, ind[n] === null ? null : nonNegative(ind[n], `${path}.indicators.${n}`)]),
  ) as Record<NeedIndicator, number | null>;
  return {
    code,
    name: string(b.name, `${path}.name`),
    short: string(b.short, `${path}.short`),
    populations: populations.map((p, i) =>
      population(p, `${path}.populations[${i}]`, vintages[i] as PopulationVintage),
    ),
    indicators,
    ...(b.registered === undefined ? {} : { registered: count(b.registered, `${path}.registered`) }),
  };
}

/**
 * Each area's need index in each vintage, from its indicators weighted with that vintage's
 * populations (MODEL.md section 5): the same arithmetic as the data build's.
 */
function withNeed(
  areas: readonly (Omit<Borough, 'populations' | 'missingIndicators'> & { populations: Population[] })[],
  vintages: readonly PopulationVintage[],
): Borough[] {
  let need: NeedOutput[][];
  try {
    need = vintages.map((_, vi) =>
      computeNeedIndex(
        areas.map((a) => ({ code: a.code, ...(a.populations[vi] as Population), indicators: a.indicators })),
      ),
    );
  } catch (err) {
    fail('dataset.boroughs', `the need indicators cannot be averaged: ${(err as Error).message}`);
  }
  return areas.map((a, i) => ({
    ...a,
    populations: a.populations.map((p, vi) => ({ ...p, needIndex: (need[vi]?.[i] as NeedOutput).needIndex })),
    missingIndicators: need[0]?.[i]?.missingIndicators ?? [],
  }));
}

function names(value: unknown, path: string): LevelNames {
  const n = record(value, path);
  return { singular: string(n.singular, `${path}.singular`), plural: string(n.plural, `${path}.plural`) };
}

/**
 * The levels: every grouping holds every area exactly once in groups that are not
 * empty, and no two areas or groups share an id.
 */
function geographyOf(value: unknown, path: string, codes: ReadonlySet<string>): Geography {
  const g = record(value, path);
  const whole = record(g.whole, `${path}.whole`);
  const leaf = record(g.leaf, `${path}.leaf`);
  const ids = new Set([WHOLE_ID, ...codes]);
  const groupings = array(g.groupings, `${path}.groupings`).map((x, i) =>
    grouping(x, `${path}.groupings[${i}]`, codes, ids),
  );
  if (groupings.length === 0) fail(`${path}.groupings`, 'is empty: the whole is the sum of the first');
  const main = string(g.main, `${path}.main`);
  if (!groupings.some((x) => x.id === main)) fail(`${path}.main`, `"${main}" is not a grouping's id`);
  return {
    whole: { id: string(whole.id, `${path}.whole.id`), name: string(whole.name, `${path}.whole.name`) },
    leaf: {
      id: string(leaf.id, `${path}.leaf.id`),
      names: names(leaf.names, `${path}.leaf.names`),
      code: string(leaf.code, `${path}.leaf.code`),
    },
    groupings,
    main,
  };
}

function grouping(value: unknown, path: string, codes: ReadonlySet<string>, ids: Set<string>): Grouping {
  const g = record(value, path);
  const placed = new Set<string>();
  const groups = array(g.groups, `${path}.groups`).map((x, i): AreaGroup => {
    const at = `${path}.groups[${i}]`;
    const group = record(x, at);
    const code = string(group.code, `${at}.code`);
    if (ids.has(code)) fail(`${at}.code`, `${JSON.stringify(code)} is already the id of another area`);
    ids.add(code);
    const members = array(group.members, `${at}.members`).map((c, j) => {
      const member = string(c, `${at}.members[${j}]`);
      if (!codes.has(member)) fail(`${at}.members[${j}]`, `${member} is not one of dataset.boroughs`);
      if (placed.has(member)) fail(`${at}.members[${j}]`, `${member} is in two groups of this grouping`);
      placed.add(member);
      return member;
    });
    if (members.length === 0) fail(`${at}.members`, 'is empty: a group needs at least one area');
    const ods = group.ods === undefined ? {} : { ods: string(group.ods, `${at}.ods`) };
    return { code, name: string(group.name, `${at}.name`), ...ods, members };
  });
  if (groups.length === 0) fail(`${path}.groups`, 'is empty');
  const outside = [...codes].filter((c) => !placed.has(c));
  if (outside.length > 0)
    fail(`${path}.groups`, `leave out ${outside.slice(0, 3).join(', ')}: every area needs a group`);
  return {
    id: string(g.id, `${path}.id`),
    names: names(g.names, `${path}.names`),
    title: string(g.title, `${path}.title`),
    groups,
  };
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

/** A head count: above 0 and at most 100 million, so no sum can overflow to infinity. */
function count(value: unknown, path: string): number {
  const n = integer(value, path);
  if (n <= 0) fail(path, 'must be a positive count');
  if (n > 100_000_000) fail(path, 'is over 100 million: not the population of an area');
  return n;
}

function nonNegative(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < 0) fail(path, 'must not be negative');
  return n;
}
