import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArea, groupsOf } from '../../../src/lib/model/index.ts';
import {
  PRESET_IDS,
  presetScenario,
  run,
  type AreaResult,
  type RunResult,
} from '../../../src/lib/model/index.ts';
import { scenarioArb } from './arbitraries.ts';
import { data, relClose } from './fixtures.ts';

type Nested = number | Nested[];
const FIELDS = [
  'adults',
  'residents',
  'eligible',
  'demand',
  'starts',
  'active',
  'gross',
  'cost',
  'workforceCost',
  'fte',
  'gpAppointments',
  'wellbys',
  'wellbeing',
  'grossCash',
  'costCash',
] as const;

function addAll(parts: Nested[]): Nested {
  const first = parts[0] as Nested;
  if (typeof first === 'number') return (parts as number[]).reduce((a, b) => a + b, 0);
  return first.map((_, i) => addAll(parts.map((p) => (p as Nested[])[i] as Nested)));
}

function mismatches(a: Nested, b: Nested, path = ''): string[] {
  if (Array.isArray(a) !== Array.isArray(b) || (Array.isArray(a) && a.length !== (b as Nested[]).length)) {
    return [`${path}: shapes differ`];
  }
  if (typeof a === 'number' || typeof b === 'number')
    return relClose(a as number, b as number) ? [] : [`${path}: ${String(a)} vs ${String(b)}`];
  return a.flatMap((x, i) => mismatches(x, b[i] as Nested, `${path}[${i}]`));
}

/** Every output of `whole` equals the sum of `parts`, within 1e-9 relative. */
function checkSum(whole: AreaResult, parts: AreaResult[]): string[] {
  return FIELDS.flatMap((f) =>
    mismatches(whole[f] as Nested, addAll(parts.map((p) => p[f] as Nested)), `${whole.id}.${f}`),
  );
}

function checkAll(r: RunResult): string[] {
  const byCode = new Map(r.boroughs.map((b) => [b.id, b]));
  const members = (a: AreaResult) => a.boroughs.map((c) => byCode.get(c) as AreaResult);
  const icbs = groupsOf(r, 'icb');
  const [inner, outer] = groupsOf(r, 'inner_outer') as [AreaResult, AreaResult];
  return [
    ...icbs.flatMap((s) => checkSum(s, members(s))),
    ...checkSum(r.london, icbs),
    ...checkSum(r.london, [inner, outer]),
    ...checkSum(inner, members(inner)),
    ...checkSum(outer, members(outer)),
    ...checkSum(r.london, r.boroughs),
  ];
}

describe('roll-ups (MODEL.md section 7, item 2)', () => {
  it('has 33 boroughs, 5 ICBs covering each borough once, Inner 14 and Outer 19', () => {
    const r = run(presetScenario('hlp2017', data), data);
    expect(r.boroughs).toHaveLength(33);
    expect(groupsOf(r, 'icb')).toHaveLength(5);
    expect(
      groupsOf(r, 'icb')
        .flatMap((s) => s.boroughs)
        .sort(),
    ).toEqual(r.boroughs.map((b) => b.id).sort());
    expect(findArea(r, 'inner')?.boroughs).toHaveLength(14);
    expect(findArea(r, 'outer')?.boroughs).toHaveLength(19);
  });

  it.each(PRESET_IDS)('boroughs sum to ICBs sum to London for every output: %s', (id) => {
    expect(checkAll(run(presetScenario(id, data), data))).toEqual([]);
  });

  it('boroughs sum to ICBs sum to London for any scenario in range', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => checkAll(run(s, data)).length === 0),
      { numRuns: 60, seed: 20170301 },
    );
  });

  it('a check that can fail: a perturbed borough breaks the sum', () => {
    const r = run(presetScenario('hlp2017', data), data);
    r.boroughs[0]!.grossCash[0]! *= 1.001;
    expect(checkAll(r).length).toBeGreaterThan(0);
  });
});
