import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/data/build.ts';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { parseDataset, parseMapGeometry } from '../../../src/lib/data/parse.ts';
import { realInputs } from './fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error('the real data must build');
const dataset = built.dataset;
/** A fresh, mutable copy of the generated JSON. */
const json = (): Record<string, unknown> & {
  boroughs: Record<string, unknown>[];
  stps: Record<string, unknown>[];
} => JSON.parse(JSON.stringify(dataset));

describe('parseDataset', () => {
  it('accepts the generated dataset unchanged', () => {
    expect(parseDataset(json())).toEqual(dataset);
  });

  it('names what is wrong', () => {
    const cases: [(j: ReturnType<typeof json>) => void, string][] = [
      [(j) => Reflect.deleteProperty(j, 'boroughs'), 'dataset.boroughs must be an array'],
      [(j) => (j.popYears = [2017]), 'dataset.popYears must start with baseYear 2016'],
      [
        (j) => ((j.boroughs[3] ?? {}).popAllAges = [1, 2]),
        'dataset.boroughs[3].popAllAges has 2 values, popYears has 5',
      ],
      [
        (j) => ((j.boroughs[0] ?? {}).needIndex = { sp_ltc: null }),
        'dataset.boroughs[0].needIndex.sp_ltc must be a finite number',
      ],
      [
        (j) => ((j.boroughs[1] ?? {}).innerOuter = 'Inner'),
        'dataset.boroughs[1].innerOuter must be "Inner London" or "Outer London"',
      ],
      [
        (j) => ((j.boroughs[2] ?? {}).code = 'E08000001'),
        'dataset.boroughs[2].code "E08000001" is not a London borough code',
      ],
      [
        (j) => ((j.stps[0] ?? {}).boroughs = ['E09000099']),
        'dataset.stps[0].boroughs[0] E09000099 is not one of dataset.boroughs',
      ],
    ];
    for (const [breakIt, message] of cases) {
      const j = json();
      breakIt(j);
      expect(() => parseDataset(j)).toThrow(`Invalid borough dataset: ${message}`);
    }
    expect(() => parseDataset(null)).toThrow('Invalid borough dataset: dataset must be an object');
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
      [(j) => ((j.boroughs[5] ?? {}).d = ''), 'map.boroughs[5].d must be a non-empty string'],
      [
        (j) => ((j.boroughs[0] ?? {}).centroid = [1, null]),
        'map.boroughs[0].centroid[1] must be a finite number',
      ],
      [(j) => ((j.boroughs[2] ?? {}).bounds = [[0, 0]]), 'map.boroughs[2].bounds must be two points'],
      [(j) => j.boroughs.reverse(), "map.boroughs are not the dataset's boroughs: run npm run data"],
      [(j) => (j.stpLines = 7), 'map.stpLines must be a non-empty string'],
      [(j) => ((j.tiles.tiles[3] ?? {}).row = 7), 'map.tiles.tiles[3] lies outside the 7 x 7 grid'],
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
      writeFileSync(join(dir, 'boroughs.json'), '{"baseYear":');
      expect(() => loadDatasetFromDisk(dir)).toThrow(/is not valid JSON .*run npm run data/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
