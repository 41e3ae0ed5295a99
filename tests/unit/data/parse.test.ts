import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, pageDataset } from '../../../scripts/data/build.ts';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { parseDataset, parseMapGeometry } from '../../../src/lib/data/parse.ts';
import { realInputs } from './fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error('the real data must build');
const page = pageDataset(built.dataset);
/** What the page holds after loading: the build's need index, worked out again from the indicators. */
const dataset = {
  ...page,
  boroughs: built.dataset.boroughs.map((b, i) => ({
    ...page.boroughs[i]!,
    populations: b.populations.map(({ allAges, adults18, older65, needIndex }) => ({
      allAges,
      adults18,
      older65,
      needIndex,
    })),
    missingIndicators: b.missingIndicators,
  })),
};
type Json = Record<string, unknown>;
/** A fresh, mutable copy of the generated JSON. */
const json = (): Json & {
  vintages: Json[];
  boroughs: (Json & { populations: Json[]; indicators: Json })[];
  geography: Json & { groupings: (Json & { groups: (Json & { members: string[] })[] })[] };
  deflators: Json & { years: unknown[]; index: unknown[] };
  linkWorkerPay: Json[];
} => JSON.parse(JSON.stringify(page));
/** Element i, which the test's breakage needs to exist. */
function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`test: no element ${i}`);
  return x;
}

describe('parseDataset', () => {
  it('accepts the generated dataset unchanged', () => {
    expect(parseDataset(json())).toEqual(dataset);
  });

  it('names what is wrong', () => {
    const cases: [(j: ReturnType<typeof json>) => void, string][] = [
      [(j) => Reflect.deleteProperty(j, 'boroughs'), 'dataset.boroughs must be an array'],
      [(j) => (j.vintages = []), 'dataset.vintages is empty'],
      [(j) => (nth(j.vintages, 0).years = [2017]), 'dataset.vintages[0].years must start with baseYear 2016'],
      [(j) => (nth(j.vintages, 1).years = [2024, 2026]), 'dataset.vintages[1].years must be consecutive'],
      [
        (j) => Reflect.deleteProperty(nth(j.vintages, 1), 'label'),
        'dataset.vintages[1].label must be a non-empty string',
      ],
      [
        (j) => nth(j.boroughs, 3).populations.pop(),
        'dataset.boroughs[3].populations has 1 entries for 2 vintages',
      ],
      [
        (j) => (nth(nth(j.boroughs, 3).populations, 1).allAges = [1, 2, 3]),
        'dataset.boroughs[3].populations[1].allAges has 3 values, vintage mid2024 has 2 years',
      ],
      [
        (j) => (nth(nth(j.boroughs, 4).populations, 1).older65 = 0),
        'dataset.boroughs[4].populations[1].older65 must be a positive count',
      ],
      [
        (j) => (nth(j.boroughs, 0).indicators.qofDiabetes = '5.7'),
        'dataset.boroughs[0].indicators.qofDiabetes must be a finite number',
      ],
      [(j) => (nth(j.boroughs, 2).short = ''), 'dataset.boroughs[2].short must be a non-empty string'],
      [
        (j) => (nth(j.boroughs, 2).code = 'london'),
        'dataset.boroughs has the code "london", which names the whole',
      ],
      [
        (j) => (j.geography.groupings = []),
        'dataset.geography.groupings is empty: the whole is the sum of the first',
      ],
      [(j) => (j.geography.main = 'stp'), 'dataset.geography.main "stp" is not a grouping\'s id'],
      [
        (j) => (nth(nth(j.geography.groupings, 1).groups, 0).members = ['E09000099']),
        'dataset.geography.groupings[1].groups[0].members[0] E09000099 is not one of dataset.boroughs',
      ],
      [
        // An ICB with no members: the model would have nothing to sum.
        (j) => (nth(nth(j.geography.groupings, 1).groups, 0).members = []),
        'dataset.geography.groupings[1].groups[0].members is empty: a group needs at least one area',
      ],
      [
        (j) => nth(nth(j.geography.groupings, 1).groups, 1).members.push('E09000001'),
        'dataset.geography.groupings[1].groups[2].members[0] E09000001 is in two groups of this grouping',
      ],
      [
        (j) => nth(nth(j.geography.groupings, 0).groups, 0).members.shift(),
        'dataset.geography.groupings[0].groups leave out E09000001: every area needs a group',
      ],
      [
        (j) => (nth(nth(j.geography.groupings, 1).groups, 2).code = 'inner'),
        'dataset.geography.groupings[1].groups[2].code "inner" is already the id of another area',
      ],
      [
        (j) => Reflect.deleteProperty(nth(nth(j.geography.groupings, 1).groups, 2), 'name'),
        'dataset.geography.groupings[1].groups[2].name must be a non-empty string',
      ],
      [
        // Every deprivation score 0: the index would share out nothing.
        (j) => j.boroughs.forEach((b) => (b.indicators.imd2015 = 0)),
        'dataset.boroughs the need indicators cannot be averaged: cannot normalise an indicator whose weighted London mean is 0',
      ],
      [
        (j) => (nth(j.boroughs, 5).indicators.qofCopd = 1e308),
        'dataset.boroughs the need indicators cannot be averaged: cannot normalise an indicator whose weighted London mean is Infinity',
      ],
      [
        (j) => (nth(j.boroughs, 5).indicators.qofCopd = -1),
        'dataset.boroughs[5].indicators.qofCopd must not be negative',
      ],
      [
        (j) => (nth(nth(j.boroughs, 5).populations, 0).adults18 = 1e15),
        'dataset.boroughs[5].populations[0].adults18 is over 100 million: not the population of an area',
      ],
      [(j) => Reflect.deleteProperty(j, 'deflators'), 'dataset.deflators must be an object'],
      [(j) => j.deflators.index.pop(), 'dataset.deflators.index has 15 values for 16 years'],
      [(j) => (j.deflators.years[3] = 2019), 'dataset.deflators.years must be consecutive'],
      [(j) => (j.deflators.index[0] = 0), 'dataset.deflators.index[0] must be positive'],
      [(j) => (j.deflators.forecastFrom = '2025'), 'dataset.deflators.forecastFrom must be a finite number'],
      [(j) => (j.deflators.edition = ''), 'dataset.deflators.edition must be a non-empty string'],
      [(j) => Reflect.set(j, 'linkWorkerPay', {}), 'dataset.linkWorkerPay must be an array'],
      [
        (j) => (nth(j.linkWorkerPay, 1).amount = 35389.5),
        'dataset.linkWorkerPay[1].amount must be a whole number',
      ],
      [(j) => (nth(j.linkWorkerPay, 0).year = null), 'dataset.linkWorkerPay[0].year must be a finite number'],
    ];
    for (const [breakIt, message] of cases) {
      const j = json();
      breakIt(j);
      expect(() => parseDataset(j)).toThrow(`Invalid borough dataset: ${message}`);
    }
    expect(() => parseDataset(null)).toThrow('Invalid borough dataset: dataset must be an object');
  });

  it('accepts a dataset with no forecast years and no link worker amounts', () => {
    const j = json();
    j.deflators.forecastFrom = null;
    j.linkWorkerPay = [];
    const parsed = parseDataset(j);
    expect(parsed.deflators.forecastFrom).toBeNull();
    expect(parsed.linkWorkerPay).toEqual([]);
  });
});

describe('parseMapGeometry', () => {
  const codes = dataset.boroughs.map((b) => b.code);
  const mapJson = (): Record<string, unknown> & {
    boroughs: Record<string, unknown>[];
    tiles: { tiles: Record<string, unknown>[] };
  } => JSON.parse(JSON.stringify(built.map));

  it('accepts the generated map unchanged', () => {
    expect(parseMapGeometry(mapJson(), codes)).toEqual(built.map);
  });

  it('names what is wrong', () => {
    const cases: [(j: ReturnType<typeof mapJson>) => void, string][] = [
      [(j) => (j.viewBox = [1000]), 'map.viewBox must be two numbers'],
      [(j) => (nth(j.boroughs, 5).d = ''), 'map.boroughs[5].d must be a non-empty string'],
      [
        (j) => (nth(j.boroughs, 0).centroid = [1, null]),
        'map.boroughs[0].centroid[1] must be a finite number',
      ],
      [(j) => (nth(j.boroughs, 2).bounds = [[0, 0]]), 'map.boroughs[2].bounds must be two points'],
      [(j) => j.boroughs.reverse(), "map.boroughs are not the dataset's boroughs: run npm run data"],
      [(j) => (j.stpLines = 7), 'map.stpLines must be a non-empty string'],
      [(j) => (nth(j.tiles.tiles, 3).row = 7), 'map.tiles.tiles[3] lies outside the 7 x 7 grid'],
      [(j) => j.tiles.tiles.pop(), 'map.tiles.tiles has 32 tiles for 33 boroughs'],
    ];
    for (const [breakIt, message] of cases) {
      const j = mapJson();
      breakIt(j);
      expect(() => parseMapGeometry(j, codes)).toThrow(`Invalid map geometry: ${message}`);
    }
    expect(() => parseMapGeometry([], codes)).toThrow('Invalid map geometry: map must be an object');
  });
});

describe('loadDatasetFromDisk', () => {
  it('says how to create a missing file', () => {
    expect(() => loadDatasetFromDisk('no/such/dir')).toThrow(
      'no/such/dir/boroughs.json not found: run npm run data first',
    );
  });

  it('reads and checks a file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lspe-load-'));
    try {
      writeFileSync(join(dir, 'boroughs.json'), JSON.stringify(dataset));
      expect(loadDatasetFromDisk(dir)).toEqual(dataset);
      writeFileSync(join(dir, 'boroughs.json'), '{"vintages":');
      expect(() => loadDatasetFromDisk(dir)).toThrow(/is not valid JSON .*run npm run data/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
