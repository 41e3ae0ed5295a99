import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../../src/lib/model/index.ts';
import { stpRows, stpSubtitle, stpTable, stpTitle, type StpRow } from '../../../src/lib/charts/stp/stp.ts';
import { close, result, summaries } from './fixtures.ts';

const ICBS = { singular: 'ICB', plural: 'ICBs' };
const row = (net: number): StpRow => ({ code: 'x', name: 'x', gross: 1, cost: 1 - net, net, bcr: null });

describe('stpRows', () => {
  it('gives the five ICBs with totals that add up to London', () => {
    const r = result('evidence-central');
    const sums = summaries(r);
    const rows = stpRows(groupsOf(r, 'icb'), sums);
    expect(rows).toHaveLength(5);
    const london = sums.get('london')!;
    expect(
      close(
        rows.reduce((a, x) => a + x.gross, 0),
        london.gross,
      ),
    ).toBe(true);
    expect(
      close(
        rows.reduce((a, x) => a + x.cost, 0),
        london.cost,
      ),
    ).toBe(true);
    rows.forEach((x) => expect(close(x.net, x.gross - x.cost)).toBe(true));
    expect(stpTitle(rows, ICBS)).toBe('NHS benefits exceed the cost in none of the five ICBs');
    expect(rows[0]!.bcr).toBeCloseTo(sums.get(rows[0]!.code)!.bcrNhs!, 12);
    const table = stpTable(rows, rows[0]!.code, 'ICB');
    expect(table.highlight).toBe(rows[0]!.code);
    expect(table.rows).toHaveLength(5);
  });

  it('states in how many ICBs NHS benefits exceed the cost', () => {
    expect(stpTitle([row(1), row(-1), row(-1), row(-1), row(-1)], ICBS)).toBe(
      'NHS benefits exceed the cost in one of the five ICBs',
    );
    expect(stpTitle([row(1), row(1), row(1), row(-1), row(-1)], ICBS)).toBe(
      'NHS benefits exceed the cost in three of the five ICBs',
    );
    expect(stpTitle([row(1), row(1), row(1), row(1), row(1)], ICBS)).toBe(
      'NHS benefits exceed the cost in all five ICBs',
    );
  });

  it('matches the evidence-central scenario', () => {
    const r = result('evidence-central', 2031);
    const rows = stpRows(groupsOf(r, 'icb'), summaries(r));
    expect(rows.every((x) => x.net < 0)).toBe(true);
    expect(stpTitle(rows, ICBS)).toBe('NHS benefits exceed the cost in none of the five ICBs');
  });

  it('gives units, years and discounting', () => {
    expect(stpSubtitle(['2017/18', '2020/21'], 0.035)).toBe(
      'NHS benefits and cost in £, total 2017/18 to 2020/21, present values at 3.5%',
    );
  });
});
